package dev.fridgechef.diet;

import dev.fridgechef.TestFoods;
import dev.fridgechef.food.Food;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.profile.Goal;
import dev.fridgechef.profile.Profile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Dislikes name whole foods: "olives" is about olives, not olive oil. */
class DietRulesTest {
    private static Food food(String id) {
        return TestFoods.get().byId(id).orElseThrow();
    }

    private static DietRules disliking(String... dislikes) {
        return new DietRules(new Profile(null, null, null, null, null, Goal.MAINTAIN, null, Diet.OMNIVORE, Set.of(), Set.of(),
                List.of(dislikes)));
    }

    @Test
    void olivesBanOlivesNotOliveOil() {
        DietRules rules = disliking("olives");
        assertThat(rules.allows(food("09195"))).as("green olives").isFalse();
        assertThat(rules.allows(food("09193"))).as("black olives").isFalse();
        assertThat(rules.allows(food("04053"))).as("olive oil").isTrue();
        assertThat(disliking("оливки").allows(food("04053"))).as("оливковое масло").isTrue();
        assertThat(disliking("оливки").allows(food("09195"))).isFalse();
    }

    @Test
    void aDislikedOilIsBannedWhenNamed() {
        assertThat(disliking("olive oil").allows(food("04053"))).isFalse();
        assertThat(disliking("оливковое масло").allows(food("04053"))).isFalse();
        assertThat(disliking("sunflower").allows(food("04506"))).as("sunflower oil").isTrue();
        assertThat(disliking("sunflower").allows(food("12036"))).as("sunflower seeds").isFalse();
    }

    @Test
    void russianDislikesBanTheFood() {
        DietRules rules = disliking("грибы");
        assertThat(rules.allows(food("11260"))).as("mushrooms").isFalse();
        assertThat(rules.allows(food("11264"))).as("canned mushrooms").isFalse();
        assertThat(rules.allows(food("11282"))).as("onion").isTrue();
        assertThat(disliking("mushrooms").allows(food("11268"))).as("shiitake").isFalse();
    }

    @Test
    void dislikesAreWholeWordsNotPrefixes() {
        // "egg" must not ban eggplant, "pea" not peanuts, "ham" not hamburger buns
        assertThat(disliking("egg").allows(food("11209"))).isTrue();
        assertThat(disliking("egg").allows(food("01123"))).isFalse();
        assertThat(disliking("pea").allows(food("16098"))).isTrue();
        assertThat(disliking("ham").allows(food("18350"))).isTrue();
        assertThat(disliking("ham").allows(food("07029"))).isFalse();
        assertThat(disliking("cilantro").violations(food("11165"))).extracting(DietRules.Violation::rule)
                .containsExactly(DietRules.Rule.DISLIKE);
    }
}
