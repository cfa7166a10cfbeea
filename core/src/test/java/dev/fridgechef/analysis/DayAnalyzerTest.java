package dev.fridgechef.analysis;

import dev.fridgechef.TestFoods;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.inventory.InventoryItem;
import dev.fridgechef.inventory.Location;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.profile.ActivityLevel;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.profile.Goal;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.Sex;
import dev.fridgechef.recipe.RecipeLibrary;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static dev.fridgechef.analysis.DayAnalysis.Status.HIGH;
import static dev.fridgechef.analysis.DayAnalysis.Status.LOW;
import static dev.fridgechef.analysis.DayAnalysis.Status.NOT_JUDGED;
import static dev.fridgechef.analysis.DayAnalysis.Status.OK;
import static dev.fridgechef.analysis.DayAnalysis.Status.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A fixed day of four SR21 foods, every figure computed by hand from the per-100 g values in
 * sr21.tsv.gz:
 * <pre>
 *                              kcal  protein  fat    carb   fibre  sugars  sat.fat  iron  calcium  sodium  vit C  B12
 * 01129 egg, hard-boiled       155   12.58    10.61  1.12   0.0    1.12    3.267    1.19  50       124     0.0    1.11
 * 20045 rice, white, cooked    130   2.69     0.28   28.17  0.4    0.05    0.077    1.20  10       1       0.0    0.00
 * 16070 lentils, boiled        116   9.02     0.38   20.13  7.9    1.80    0.053    3.33  19       2       1.5    0.00
 * 09003 apple, raw, with skin  52    0.26     0.17   13.81  2.4    10.39   0.028    0.12  6        1       4.6    0.00
 * </pre>
 * Eaten: 100 g egg ("Boiled eggs"), 200 g rice and 150 g lentils ("Rice with lentils"), 150 g apple.
 */
class DayAnalyzerTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    /** Woman, 35 on the day, 165 cm, 60 kg, sedentary, maintaining. */
    static final Profile WOMAN = new Profile(Sex.FEMALE, 1991, 165.0, 60.0, ActivityLevel.SEDENTARY, Goal.MAINTAIN, null, Diet.OMNIVORE,
            Set.of(), Set.of(), List.of());
    static final List<Eaten> DAY_EATEN = List.of(
            new Eaten("01129", 100, "Boiled eggs"),
            new Eaten("20045", 200, "Rice with lentils"),
            new Eaten("16070", 150, "Rice with lentils"),
            new Eaten("09003", 150, "Apple"));

    private final FoodDatabase foods = TestFoods.get();

    static StockEntry stock(FoodDatabase foods, String name, String foodId, double grams, LocalDate expires) {
        Food food = foods.byId(foodId).orElseThrow();
        return new StockEntry(new InventoryItem(1, name, foodId, grams, "g", Location.FRIDGE, DAY.minusDays(3), expires, false, null), food,
                grams, food.per100g().scaled(grams / 100));
    }

    private DayAnalyzer analyzer(List<StockEntry> stock, RecipeLibrary library) {
        return new DayAnalyzer(foods, ReferenceIntakes.load(), () -> stock, () -> library);
    }

    private static DayAnalysis.NutrientResult r(DayAnalysis a, Nutrient n) {
        return a.result(n).orElseThrow();
    }

    @Test
    void theTotalsReferencesAndStatusesOfTheFixedDayAreTheHandComputedOnes() {
        DayAnalysis a = analyzer(List.of(), RecipeLibrary.of(List.of())).analyze(WOMAN, DAY, DAY_EATEN);

        assertThat(a.age()).isEqualTo(35);
        assertThat(a.targetsKnown()).isTrue();
        // energy 155 + 2 × 130 + 1.5 × 116 + 1.5 × 52 = 667 kcal; target: resting 10 × 60 + 6.25 × 165 − 5 × 35 − 161 = 1295.25,
        // × 1.2 sedentary = 1554.3 kcal; 667 / 1554.3 = 42.9 % → LOW (below 90 %)
        assertThat(r(a, Nutrient.ENERGY).amount()).isCloseTo(667, within(1e-9));
        assertThat(r(a, Nutrient.ENERGY).reference().amount()).isCloseTo(1554.3, within(1e-9));
        assertThat(r(a, Nutrient.ENERGY).percentOfReference()).hasValueSatisfying(p -> assertThat(p).isCloseTo(42.913, within(0.001)));
        assertThat(r(a, Nutrient.ENERGY).status()).isEqualTo(LOW);
        // missing is counted to the target itself, not to the bottom of its ±10 % band: 1554.3 − 667 = 887.3 kcal
        assertThat(r(a, Nutrient.ENERGY).missing()).isCloseTo(887.3, within(1e-9));
        // protein 12.58 + 5.38 + 13.53 + 0.39 = 31.88 g of 1.4 × 60 = 84 g → LOW
        assertThat(r(a, Nutrient.PROTEIN).amount()).isCloseTo(31.88, within(1e-9));
        assertThat(r(a, Nutrient.PROTEIN).reference().amount()).isCloseTo(84, within(1e-9));
        assertThat(r(a, Nutrient.PROTEIN).status()).isEqualTo(LOW);
        // fat 10.61 + 0.56 + 0.57 + 0.255 = 11.995 g; carbohydrate 1.12 + 56.34 + 30.195 + 20.715 = 108.37 g
        assertThat(r(a, Nutrient.FAT).amount()).isCloseTo(11.995, within(1e-9));
        assertThat(r(a, Nutrient.CARBOHYDRATE).amount()).isCloseTo(108.37, within(1e-9));
        // fibre 0 + 0.8 + 11.85 + 3.6 = 16.25 g of 14 × 1.5543 = 21.76 g → LOW
        assertThat(r(a, Nutrient.FIBER).amount()).isCloseTo(16.25, within(1e-9));
        assertThat(r(a, Nutrient.FIBER).reference().amount()).isCloseTo(21.7602, within(1e-9));
        assertThat(r(a, Nutrient.FIBER).status()).isEqualTo(LOW);
        // iron 1.19 + 2.40 + 4.995 + 0.18 = 8.765 mg of the RDA 18 mg (woman 31–50), UL 45 → LOW, 9.235 mg missing
        assertThat(r(a, Nutrient.IRON).amount()).isCloseTo(8.765, within(1e-9));
        assertThat(r(a, Nutrient.IRON).reference()).isEqualTo(new Reference(Nutrient.IRON, Reference.Kind.RDA, 18, 18.0, 45.0, "analysis.basis.rda"));
        assertThat(r(a, Nutrient.IRON).status()).isEqualTo(LOW);
        assertThat(r(a, Nutrient.IRON).missing()).isCloseTo(9.235, within(1e-9));
        // calcium 50 + 20 + 28.5 + 9 = 107.5 mg of 1000 mg; vitamin C 2.25 + 6.9 = 9.15 mg of 75 mg; B12 1.11 µg of 2.4 µg
        assertThat(r(a, Nutrient.CALCIUM).amount()).isCloseTo(107.5, within(1e-9));
        assertThat(r(a, Nutrient.CALCIUM).status()).isEqualTo(LOW);
        assertThat(r(a, Nutrient.VITAMIN_C).amount()).isCloseTo(9.15, within(1e-9));
        assertThat(r(a, Nutrient.VITAMIN_C).reference().amount()).isEqualTo(75);
        assertThat(r(a, Nutrient.VITAMIN_B12).amount()).isCloseTo(1.11, within(1e-9));
        assertThat(r(a, Nutrient.VITAMIN_B12).status()).isEqualTo(LOW);
        // sodium 124 + 2 + 3 + 1.5 = 130.5 mg, under the 2300 mg limit → OK
        assertThat(r(a, Nutrient.SODIUM).amount()).isCloseTo(130.5, within(1e-9));
        assertThat(r(a, Nutrient.SODIUM).reference().kind()).isEqualTo(Reference.Kind.LIMIT);
        assertThat(r(a, Nutrient.SODIUM).status()).isEqualTo(OK);
        // saturated fat 3.267 + 0.154 + 0.0795 + 0.042 = 3.5425 g, limit 10 % of 667 kcal / 9 = 7.411 g → OK
        assertThat(r(a, Nutrient.SATURATED_FAT).amount()).isCloseTo(3.5425, within(1e-9));
        assertThat(r(a, Nutrient.SATURATED_FAT).reference().amount()).isCloseTo(7.4111, within(1e-4));
        assertThat(r(a, Nutrient.SATURATED_FAT).status()).isEqualTo(OK);
        // sugars 1.12 + 0.1 + 2.7 + 15.585 = 19.505 g against the guide 10 % of 667 kcal / 4 = 16.675 g: total sugars, not judged
        assertThat(r(a, Nutrient.SUGAR).amount()).isCloseTo(19.505, within(1e-9));
        assertThat(r(a, Nutrient.SUGAR).reference().amount()).isCloseTo(16.675, within(1e-9));
        assertThat(r(a, Nutrient.SUGAR).status()).isEqualTo(NOT_JUDGED);
        // cholesterol 424 mg from the egg: no reference
        assertThat(r(a, Nutrient.CHOLESTEROL).amount()).isCloseTo(424, within(1e-9));
        assertThat(r(a, Nutrient.CHOLESTEROL).reference()).isNull();
        assertThat(r(a, Nutrient.CHOLESTEROL).status()).isEqualTo(NOT_JUDGED);
        assertThat(a.nutrients()).allSatisfy(n -> assertThat(n.coverage()).isEqualTo(1.0));
        assertThat(a.result(Nutrient.WATER)).isEmpty();
    }

    @Test
    void theTopContributorsAreTheHandComputedShares() {
        DayAnalysis a = analyzer(List.of(), RecipeLibrary.of(List.of())).analyze(WOMAN, DAY, DAY_EATEN);
        // iron: lentils 4.995 (57.0 %), rice 2.40 (27.4 %), egg 1.19 (13.6 %) of 8.765 mg; the apple's 0.18 is fourth
        assertThat(r(a, Nutrient.IRON).top()).extracting(c -> c.food().id(), DayAnalysis.Contribution::dish)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("16070", "Rice with lentils"),
                        org.assertj.core.groups.Tuple.tuple("20045", "Rice with lentils"), org.assertj.core.groups.Tuple.tuple("01129", "Boiled eggs"));
        assertThat(r(a, Nutrient.IRON).top().get(0).amount()).isCloseTo(4.995, within(1e-9));
        assertThat(r(a, Nutrient.IRON).top().get(0).share()).isCloseTo(4.995 / 8.765, within(1e-9));
        // energy: rice 260, lentils 174, egg 155 of 667 kcal
        assertThat(r(a, Nutrient.ENERGY).top()).extracting(DayAnalysis.Contribution::amount)
                .containsExactly(260.0, 174.0, 155.0);
    }

    @Test
    void gapsAreClosedFromTheStockSoonestExpiringFirstWithAmountsFromTheDatabase() {
        List<StockEntry> stock = List.of(
                stock(foods, "beef liver", "13327", 500, DAY.plusDays(2)),
                stock(foods, "spinach", "11457", 200, DAY.plusDays(1)),
                stock(foods, "old spinach", "11457", 200, DAY.minusDays(1)));
        DayAnalysis a = analyzer(stock, RecipeLibrary.of(List.of())).analyze(WOMAN, DAY, DAY_EATEN);

        // iron, 9.235 mg missing. Spinach (2.71 mg/100 g) expires first; 340.8 g would be needed, the stock has 200 g:
        // 200 g give 5.42 mg = 58.7 %. Beef liver (6.17 mg/100 g): 9.235 / 0.0617 = 149.68 g give all of it.
        // The expired spinach is not offered.
        List<DayAnalysis.Suggestion> iron = r(a, Nutrient.IRON).fixes();
        assertThat(iron).extracting(DayAnalysis.Suggestion::id).containsExactly("11457", "13327");
        assertThat(iron.get(0).amount()).isCloseTo(200, within(1e-9));
        assertThat(iron.get(0).gives()).isCloseTo(5.42, within(1e-9));
        assertThat(iron.get(0).shareOfGap()).isCloseTo(5.42 / 9.235, within(1e-9));
        assertThat(iron.get(0).expiresOn()).isEqualTo(DAY.plusDays(1));
        assertThat(iron.get(1).amount()).isCloseTo(9.235 / 0.0617, within(1e-9));
        assertThat(iron.get(1).shareOfGap()).isCloseTo(1, within(1e-9));
        assertThat(iron.get(1).source()).isEqualTo(DayAnalysis.Suggestion.Source.STOCK);
        // B12, 1.29 µg missing: liver has 83.13 µg/100 g, so 1.55 g would do; the least offered is 30 g
        assertThat(r(a, Nutrient.VITAMIN_B12).fixes()).singleElement().satisfies(s -> {
            assertThat(s.amount()).isEqualTo(30);
            assertThat(s.shareOfGap()).isEqualTo(1);
        });
        // calcium, 892.5 mg missing: 200 g of spinach give 198 mg, under a quarter, so nothing from this stock
        assertThat(r(a, Nutrient.CALCIUM).fixes()).isEmpty();
        assertThat(r(a, Nutrient.SODIUM).fixes()).isEmpty();
    }

    @Test
    void stockTheProfileRulesOutIsNotOffered() {
        Profile vegetarian = new Profile(Sex.FEMALE, 1991, 165.0, 60.0, ActivityLevel.SEDENTARY, Goal.MAINTAIN, null, Diet.VEGETARIAN,
                Set.of(), Set.of(), List.of());
        DayAnalysis a = analyzer(List.of(stock(foods, "beef liver", "13327", 500, DAY.plusDays(2))), RecipeLibrary.of(List.of()))
                .analyze(vegetarian, DAY, DAY_EATEN);
        assertThat(r(a, Nutrient.IRON).fixes()).isEmpty();
    }

    @Test
    void libraryRecipesFillTheSuggestionsTheStockLeaves() {
        RecipeLibrary library = RecipeLibrary.load(foods);
        DayAnalysis a = analyzer(List.of(stock(foods, "spinach", "11457", 200, DAY.plusDays(1))), library).analyze(WOMAN, DAY, DAY_EATEN);
        List<DayAnalysis.Suggestion> iron = r(a, Nutrient.IRON).fixes();
        assertThat(iron).hasSize(3);
        assertThat(iron.get(0).source()).isEqualTo(DayAnalysis.Suggestion.Source.STOCK);
        assertThat(iron.subList(1, 3)).allSatisfy(s -> {
            assertThat(s.source()).isEqualTo(DayAnalysis.Suggestion.Source.RECIPE);
            var recipe = library.byId(s.id()).orElseThrow();
            assertThat(s.gives()).isEqualTo(recipe.perServing().get(Nutrient.IRON));
            assertThat(s.amount()).isEqualTo(1); // one serving
            assertThat(s.shareOfGap()).isCloseTo(Math.min(1, s.gives() / 9.235), within(1e-9));
        });
        assertThat(iron.get(1).shareOfGap()).isGreaterThanOrEqualTo(iron.get(2).shareOfGap());
    }

    @Test
    void aFoodWithoutAFigureMakesTheNutrientUnknownUnlessTheKnownPartIsAlreadyTooHigh() {
        // New Zealand spinach (11276) has no fibre figure; 10 g of table salt (02047, 38758 mg sodium/100 g) give 3875.8 mg sodium;
        // "99999" is no food at all
        List<Eaten> eaten = List.of(new Eaten("16070", 150, "Lentils"), new Eaten("11276", 100, "Salad"), new Eaten("02047", 10, "Salt"),
                new Eaten("99999", 40, "Mystery bar"));
        DayAnalysis a = analyzer(List.of(), RecipeLibrary.of(List.of())).analyze(WOMAN, DAY, eaten);

        assertThat(a.unknownFoods()).extracting(Eaten::foodId).containsExactly("99999");
        DayAnalysis.NutrientResult fibre = r(a, Nutrient.FIBER);
        assertThat(fibre.amount()).isCloseTo(11.85, within(1e-9)); // lentils only; salt has 0.0
        assertThat(fibre.coverage()).isCloseTo(160.0 / 300, within(1e-9));
        assertThat(fibre.lacking()).extracting(n -> n.en()).containsExactly(foods.byId("11276").orElseThrow().displayName(false), "Mystery bar");
        assertThat(fibre.status()).isEqualTo(UNKNOWN);
        assertThat(fibre.fixes()).isEmpty();
        // sodium: 3 + 130 + 3875.8 = 4008.8 mg known, over 2300 whatever the bar holds
        DayAnalysis.NutrientResult sodium = r(a, Nutrient.SODIUM);
        assertThat(sodium.amount()).isCloseTo(4008.8, within(1e-9));
        assertThat(sodium.coverage()).isCloseTo(260.0 / 300, within(1e-9));
        assertThat(sodium.status()).isEqualTo(HIGH);
    }

    @Test
    void withoutAProfileOnlyTheReferencesFromTheDaysEnergyApply() {
        DayAnalysis a = analyzer(List.of(), RecipeLibrary.of(List.of())).analyze(Profile.EMPTY, DAY, DAY_EATEN);
        assertThat(a.targetsKnown()).isFalse();
        assertThat(r(a, Nutrient.ENERGY).status()).isEqualTo(NOT_JUDGED);
        assertThat(r(a, Nutrient.IRON).status()).isEqualTo(NOT_JUDGED);
        // fibre falls back to 14 g per 1000 kcal eaten: 14 × 0.667 = 9.338 g, and 16.25 g is enough
        assertThat(r(a, Nutrient.FIBER).reference().amount()).isCloseTo(9.338, within(1e-9));
        assertThat(r(a, Nutrient.FIBER).status()).isEqualTo(OK);
    }

    @Test
    void withAnAgeButNoSexTheReferencesForBothSexesApply() {
        Profile ageOnly = new Profile(null, 1991, null, null, null, null, null, null, Set.of(), Set.of(), List.of());
        DayAnalysis a = analyzer(List.of(), RecipeLibrary.of(List.of())).analyze(ageOnly, DAY, DAY_EATEN);
        assertThat(r(a, Nutrient.IRON).reference()).isNull(); // 8 mg for men, 18 mg for women
        assertThat(r(a, Nutrient.VITAMIN_B12).reference().amount()).isEqualTo(2.4);
        assertThat(r(a, Nutrient.SODIUM).reference().amount()).isEqualTo(2300);
    }
}
