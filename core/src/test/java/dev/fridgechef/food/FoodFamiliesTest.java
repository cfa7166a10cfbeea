package dev.fridgechef.food;

import dev.fridgechef.TestFoods;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which stock may stand in for a recipe's food: the same kind in the same state, never across kinds. */
class FoodFamiliesTest {
    private final FoodDatabase foods = TestFoods.get();

    private String family(String name) {
        Food food = foods.search().resolve(name).orElseThrow(() -> new AssertionError("no food for " + name));
        return FoodFamilies.familyOf(food);
    }

    @Test
    void cutsOfOneRawMeatServeOneAnother() {
        assertThat(family("chicken thighs")).isEqualTo(family("chicken breast"));
        assertThat(family("ground beef 80/20")).isEqualTo(family("ground beef 85/15"));
    }

    @Test
    void oneKindIsNeverAnother() {
        assertThat(family("cheddar")).isNotEqualTo(family("cottage cheese"));
        assertThat(family("cream cheese")).isNotEqualTo(family("mozzarella"));
        assertThat(family("milk")).isNotEqualTo(family("kefir"));
        assertThat(family("chicken breast")).isNotEqualTo(family("ground beef"));
    }

    @Test
    void aPreparedFoodIsNeverTheRawOne() {
        assertThat(family("frozen french fries")).isNotEqualTo(family("potatoes"));
        assertThat(family("canned tomatoes")).isNotEqualTo(family("tomatoes"));
    }

    @Test
    void perishablesAreMeatFishDairyAndGreens() {
        assertThat(FoodFamilies.perishable(foods.search().resolve("chicken breast").orElseThrow())).isTrue();
        assertThat(FoodFamilies.meatFishDairy(foods.search().resolve("milk").orElseThrow())).isTrue();
        assertThat(FoodFamilies.perishable(foods.search().resolve("rice").orElseThrow())).isFalse();
    }
}
