package dev.fridgechef.supplements;

import dev.fridgechef.TestFoods;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.profile.ActivityLevel;
import dev.fridgechef.profile.Condition;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.profile.Goal;
import dev.fridgechef.profile.HealthRecord;
import dev.fridgechef.profile.Medication;
import dev.fridgechef.profile.Profile;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.fridgechef.supplements.SupplementFixtures.YEAR;
import static dev.fridgechef.supplements.SupplementFixtures.advise;
import static dev.fridgechef.supplements.SupplementFixtures.contraindicated;
import static org.assertj.core.api.Assertions.assertThat;

/** Random people, health records, gaps and food at hand: the advice stays safe and consistent. */
class SupplementPropertyTest {

    @Property(tries = 2000, seed = "20261130")
    void aContraindicatedSupplementIsNeverSuggested(@ForAll("people") Profile p, @ForAll("health") HealthRecord h,
                                                     @ForAll("gaps") Map<Nutrient, Double> gaps, @ForAll boolean foodAtHand) {
        Advice advice = advise(p, h, gaps, foodAtHand ? oneFood() : FoodSources.NONE);
        for (Advice.Suggestion s : advice.suggested()) {
            assertThat(contraindicated(s.rule(), p, h)).as("%s suggested to %s with %s", s.rule().id(), p, h).isFalse();
        }
        for (SupplementRule rule : SupplementFixtures.RULES) {
            if (contraindicated(rule, p, h)) {
                assertThat(advice.foodFirst()).noneMatch(f -> f.rule() == rule);
            }
        }
    }

    @Property(tries = 1000, seed = "20261130")
    void dosesStayWithinTheUpperLimitAndEachRuleAppearsOnce(@ForAll("people") Profile p, @ForAll("health") HealthRecord h,
                                                            @ForAll("gaps") Map<Nutrient, Double> gaps, @ForAll boolean foodAtHand) {
        Advice advice = advise(p, h, gaps, foodAtHand ? oneFood() : FoodSources.NONE);
        for (Advice.Suggestion s : advice.suggested()) {
            assertThat(s.dose().amount()).as(s.rule().id()).isPositive();
            if (s.limit() != null) assertThat(s.dose().amount()).as(s.rule().id()).isLessThanOrEqualTo(s.limit());
            assertThat(s.because()).as(s.rule().id()).isNotEmpty();
            if (foodAtHand) assertThat(s.because()).noneMatch(r -> r.basis() == Advice.Basis.GAP);
        }
        List<String> ids = new java.util.ArrayList<>(SupplementFixtures.suggestedIds(advice));
        ids.addAll(SupplementFixtures.excludedIds(advice));
        assertThat(ids).doesNotHaveDuplicates();
    }

    /** Food at hand that closes any gap. */
    private static FoodSources oneFood() {
        Food lentils = TestFoods.get().all().iterator().next();
        return (nutrient, missing) -> List.of(new FoodSources.Offer(lentils, 100));
    }

    @Provide
    Arbitrary<Profile> people() {
        Arbitrary<Integer> birthYear = Arbitraries.integers().between(YEAR - 100, YEAR - 14).injectNull(0.15);
        Arbitrary<Double> weight = Arbitraries.doubles().between(30, 300).ofScale(1).injectNull(0.15);
        Arbitrary<ActivityLevel> activity = Arbitraries.of(ActivityLevel.class).injectNull(0.15);
        return Combinators.combine(birthYear, weight, activity, Arbitraries.of(Goal.class), Arbitraries.of(Diet.class))
                .as(SupplementFixtures::person);
    }

    @Provide
    Arbitrary<HealthRecord> health() {
        Arbitrary<Set<Condition>> conditions = Arbitraries.of(Condition.class).set().ofMaxSize(5);
        Arbitrary<Set<Medication>> medications = Arbitraries.of(Medication.class).set().ofMaxSize(4);
        return Combinators.combine(conditions, medications).as(HealthRecord::new);
    }

    @Provide
    Arbitrary<Map<Nutrient, Double>> gaps() {
        return Arbitraries.maps(Arbitraries.of(Nutrient.class), Arbitraries.doubles().between(0, 3000).ofScale(1)).ofMaxSize(6);
    }
}
