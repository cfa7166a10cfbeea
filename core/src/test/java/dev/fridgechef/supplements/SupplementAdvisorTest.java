package dev.fridgechef.supplements;

import dev.fridgechef.TestFoods;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.profile.ActivityLevel;
import dev.fridgechef.profile.Condition;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.profile.Goal;
import dev.fridgechef.profile.HealthRecord;
import dev.fridgechef.profile.LifeStage;
import dev.fridgechef.profile.Medication;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.TargetCalculator;
import dev.fridgechef.profile.Targets;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.fridgechef.supplements.SupplementFixtures.RULES;
import static dev.fridgechef.supplements.SupplementFixtures.YEAR;
import static dev.fridgechef.supplements.SupplementFixtures.advise;
import static dev.fridgechef.supplements.SupplementFixtures.excludedIds;
import static dev.fridgechef.supplements.SupplementFixtures.person;
import static dev.fridgechef.supplements.SupplementFixtures.suggestedIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SupplementAdvisorTest {
    private static final Profile VEGAN_ATHLETE = person(YEAR - 30, 70.0, ActivityLevel.ACTIVE, Goal.LOSE, Diet.VEGAN);

    @Test
    void withoutGapsAdviceComesFromTheProfile() {
        Advice a = advise(VEGAN_ATHLETE, HealthRecord.EMPTY, Map.of(), FoodSources.NONE);

        assertThat(suggestedIds(a)).containsExactly("creatine", "caffeine", "vitamin-d", "vitamin-b12", "omega-3");
        assertThat(suggestion(a, "creatine").dose().amount()).isEqualTo(3);
        Advice.Dose caffeine = suggestion(a, "caffeine").dose();
        assertThat(caffeine.amount()).isEqualTo(210);
        assertThat(caffeine.perKg()).isEqualTo(3);
        assertThat(caffeine.weightKg()).isEqualTo(70);
        assertThat(suggestion(a, "caffeine").limit()).isEqualTo(400);
        assertThat(suggestion(a, "vitamin-b12").dose().amount()).isEqualTo(50);
        assertThat(suggestion(a, "vitamin-b12").because()).containsExactly(new Advice.Reason(Advice.Basis.DIET, "vegan", null));
        assertThat(a.excluded()).isEmpty();
    }

    @Test
    void proteinIsFoodFirstAtTheTargetOfTheGoalAndPowderOnlyForAGapFoodCannotClose() {
        Targets targets = TargetCalculator.compute(VEGAN_ATHLETE, YEAR);
        Advice a = new SupplementAdvisor(RULES, FoodSources.NONE).advise(VEGAN_ATHLETE, HealthRecord.EMPTY, targets, LifeStage.ADULT, Map.of());

        Advice.FoodFirst protein = a.foodFirst().get(0);
        assertThat(protein.rule().id()).isEqualTo("protein");
        assertThat(protein.dailyTarget()).isEqualTo(targets.protein());
        assertThat(protein.perKg()).isEqualTo(1.8);
        assertThat(suggestedIds(a)).doesNotContain("protein");

        Advice withGap = advise(VEGAN_ATHLETE, HealthRecord.EMPTY, Map.of(Nutrient.PROTEIN, 30.0), FoodSources.NONE);
        assertThat(suggestion(withGap, "protein").dose().amount()).isEqualTo(30);
        assertThat(suggestion(withGap, "protein").because()).containsExactly(new Advice.Reason(Advice.Basis.GAP, "protein", 30.0));
    }

    @Test
    void theRuleBaseUsesTheProteinPerKgOfTheTargetCalculator() {
        for (Goal goal : Goal.values()) {
            Profile p = person(YEAR - 30, 70.0, ActivityLevel.MODERATE, goal, Diet.OMNIVORE);
            assertThat(SupplementFixtures.rule("protein").dose().perKgByGoal().get(goal)).as(goal.name())
                    .isEqualTo(TargetCalculator.compute(p, YEAR).proteinPerKg());
        }
    }

    @Test
    void aGapFoodAtHandClosesIsAnsweredWithFoodNotASupplement() {
        Food food = TestFoods.get().all().iterator().next();
        FoodSources stock = (nutrient, missing) -> nutrient == Nutrient.IRON ? List.of(new FoodSources.Offer(food, 120)) : List.of();

        Advice a = advise(VEGAN_ATHLETE, HealthRecord.EMPTY, Map.of(Nutrient.IRON, 6.0, Nutrient.CALCIUM, 300.0), stock);

        Advice.FoodFirst iron = a.foodFirst().stream().filter(f -> f.rule().id().equals("iron")).findFirst().orElseThrow();
        assertThat(iron.closesGap()).isTrue();
        assertThat(iron.missing()).isEqualTo(6.0);
        assertThat(suggestedIds(a)).doesNotContain("iron").contains("calcium");
        assertThat(suggestion(a, "calcium").dose().amount()).isEqualTo(300);
    }

    @Test
    void aGapDoseIsCappedAtTheUpperLimitOfTheLifeStage() {
        Profile adult = person(YEAR - 30, 60.0, ActivityLevel.LIGHT, Goal.MAINTAIN, Diet.OMNIVORE);
        Profile teen = person(YEAR - 16, 60.0, ActivityLevel.LIGHT, Goal.MAINTAIN, Diet.OMNIVORE);
        Profile older = person(YEAR - 60, 60.0, ActivityLevel.LIGHT, Goal.MAINTAIN, Diet.OMNIVORE);
        Map<Nutrient, Double> gaps = Map.of(Nutrient.IRON, 60.0, Nutrient.CALCIUM, 2400.0);

        Advice.Dose adultIron = suggestion(advise(adult, HealthRecord.EMPTY, gaps, FoodSources.NONE), "iron").dose();
        assertThat(adultIron.amount()).isEqualTo(45);
        assertThat(adultIron.capped()).isTrue();
        assertThat(suggestion(advise(teen, HealthRecord.EMPTY, gaps, FoodSources.NONE), "iron").dose().amount()).isEqualTo(40);
        assertThat(suggestion(advise(adult, HealthRecord.EMPTY, gaps, FoodSources.NONE), "calcium").dose().amount()).isEqualTo(2400);
        assertThat(suggestion(advise(older, HealthRecord.EMPTY, gaps, FoodSources.NONE), "calcium").dose().amount()).isEqualTo(2000);
    }

    @Test
    void caffeinePerKgIsCappedAt400Milligrams() {
        Profile heavy = person(YEAR - 30, 150.0, ActivityLevel.VERY_ACTIVE, Goal.MAINTAIN, Diet.OMNIVORE);
        Advice.Dose dose = suggestion(advise(heavy, HealthRecord.EMPTY, Map.of(), FoodSources.NONE), "caffeine").dose();
        assertThat(dose.amount()).isEqualTo(400);
        assertThat(dose.capped()).isTrue();
    }

    @Test
    void pregnancyBringsFolicAcidAndKeepsCreatineAndCaffeineOutWithTheReason() {
        Advice a = advise(VEGAN_ATHLETE, new HealthRecord(Set.of(Condition.PREGNANCY), Set.of()), Map.of(), FoodSources.NONE);

        assertThat(suggestion(a, "folic-acid").dose().amount()).isEqualTo(400);
        assertThat(suggestion(a, "folic-acid").because()).containsExactly(new Advice.Reason(Advice.Basis.CONDITION, "pregnancy", null));
        assertThat(excludedIds(a)).containsExactly("creatine", "caffeine");
        Advice.Exclusion caffeine = a.excluded().get(1);
        assertThat(caffeine.why()).isEqualTo(Advice.Why.CONTRAINDICATED);
        assertThat(caffeine.reasons()).singleElement().satisfies(c -> assertThat(c.text().en()).contains("200 mg"));
    }

    @Test
    void anInteractionThatIsACautionKeepsTheSupplementWithTheCaution() {
        Profile vegetarian = person(YEAR - 40, 80.0, ActivityLevel.SEDENTARY, Goal.MAINTAIN, Diet.VEGETARIAN);
        Advice a = advise(vegetarian, new HealthRecord(Set.of(), Set.of(Medication.ANTICOAGULANT)), Map.of(), FoodSources.NONE);
        assertThat(suggestion(a, "omega-3").cautions()).singleElement()
                .satisfies(c -> assertThat(c.when().medication()).isEqualTo(Medication.ANTICOAGULANT));
    }

    @Test
    void withoutAnAgeUnder18ExclusionsHoldAndWithoutAWeightPerKgDosesWait() {
        Profile noAge = person(null, 70.0, ActivityLevel.ACTIVE, Goal.MAINTAIN, Diet.OMNIVORE);
        Advice a = advise(noAge, HealthRecord.EMPTY, Map.of(), FoodSources.NONE);
        assertThat(a.excluded()).extracting(Advice.Exclusion::why).containsOnly(Advice.Why.AGE_NOT_SET);
        assertThat(excludedIds(a)).containsExactly("creatine", "caffeine");

        Profile noWeight = person(YEAR - 30, null, ActivityLevel.ACTIVE, Goal.MAINTAIN, Diet.OMNIVORE);
        Advice b = advise(noWeight, HealthRecord.EMPTY, Map.of(), FoodSources.NONE);
        assertThat(suggestion(b, "creatine").dose().amount()).isEqualTo(3);
        assertThat(b.excluded()).singleElement().satisfies(e -> {
            assertThat(e.rule().id()).isEqualTo("caffeine");
            assertThat(e.why()).isEqualTo(Advice.Why.WEIGHT_NOT_SET);
        });
    }

    @Test
    void kidneyDiseaseLeavesTheProteinAmountToTheDoctor() {
        Advice a = advise(VEGAN_ATHLETE, new HealthRecord(Set.of(Condition.KIDNEY_DISEASE), Set.of()), Map.of(Nutrient.PROTEIN, 40.0), FoodSources.NONE);
        assertThat(a.foodFirst()).noneMatch(f -> f.rule().id().equals("protein"));
        assertThat(excludedIds(a)).contains("protein", "creatine", "vitamin-d");
        assertThat(suggestedIds(a)).doesNotContain("protein", "creatine", "vitamin-d");
    }

    @Test
    void foodFirstComesForEverySuggestionThatHasFoodSources() {
        Advice a = advise(VEGAN_ATHLETE, HealthRecord.EMPTY, Map.of(), FoodSources.NONE);
        List<String> food = a.foodFirst().stream().map(f -> f.rule().id()).toList();
        assertThat(food).containsExactly("protein", "caffeine", "vitamin-d", "vitamin-b12", "omega-3");
        assertThat(a.foodFirst().get(0).dailyTarget()).isCloseTo(126, within(0.01));
    }

    @Test
    void foodFirstNamesFoodsOfThePersonsDiet() {
        Advice vegan = advise(VEGAN_ATHLETE, HealthRecord.EMPTY, Map.of(Nutrient.IRON, 5.0), FoodSources.NONE);
        assertThat(vegan.foodFirst()).allSatisfy(f -> assertThat(f.foods().en()).doesNotContainIgnoringCase("fish")
                .doesNotContainIgnoringCase("meat").doesNotContainIgnoringCase("egg").doesNotContainIgnoringCase("dairy"));
        Profile omnivore = person(YEAR - 30, 70.0, ActivityLevel.ACTIVE, Goal.LOSE, Diet.OMNIVORE);
        Advice a = advise(omnivore, HealthRecord.EMPTY, Map.of(Nutrient.IRON, 5.0), FoodSources.NONE);
        assertThat(a.foodFirst()).filteredOn(f -> f.rule().id().equals("iron")).singleElement()
                .satisfies(f -> assertThat(f.foods().en()).contains("red meat"));
    }

    private static Advice.Suggestion suggestion(Advice a, String id) {
        return a.suggested().stream().filter(s -> s.rule().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not suggested: " + suggestedIds(a) + ", excluded " + a.excluded()));
    }
}
