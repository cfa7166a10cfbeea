package dev.fridgechef.analysis;

import dev.fridgechef.TestFoods;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.i18n.Messages;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.recipe.RecipeLibrary;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.List;

import static dev.fridgechef.analysis.DayAnalysis.Status.LOW;
import static dev.fridgechef.analysis.DayAnalysis.Status.OK;
import static dev.fridgechef.analysis.DayAnalyzerTest.DAY;
import static dev.fridgechef.analysis.DayAnalyzerTest.WOMAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Closing the lunch of {@link DayAnalyzerTest}'s fixed day, every figure by hand from the same per-100 g
 * values: breakfast 100 g egg at 08:00, lunch 200 g rice and 150 g lentils ("Rice with lentils") at
 * 13:00, an apple later (not part of the day so far). The woman's targets: 1554.3 kcal, protein
 * 1.4 × 60 = 84 g, fat 30 % × 1554.3 / 9 = 51.81 g, carbohydrate (1554.3 − 4 × 84 − 9 × 51.81) / 4 =
 * 188.0025 g, fibre 14 × 1.5543 = 21.7602 g. Stock: 400 g chicken breast (05062: 110 kcal, 23.09 g
 * protein per 100 g).
 */
class SessionAnalysisTest {
    static final List<Eaten> BREAKFAST = List.of(new Eaten("01129", 100, "Boiled eggs"));
    static final List<Eaten> LUNCH = List.of(new Eaten("20045", 200, "Rice with lentils"), new Eaten("16070", 150, "Rice with lentils"));

    private final FoodDatabase foods = TestFoods.get();

    private SessionAnalysis lunch() {
        DayAnalyzer analyzer = new DayAnalyzer(foods, ReferenceIntakes.load(),
                () -> List.of(DayAnalyzerTest.stock(foods, "chicken breast", "05062", 400, DAY.plusDays(2))), () -> RecipeLibrary.of(List.of()));
        List<Eaten> soFar = new java.util.ArrayList<>(BREAKFAST);
        soFar.addAll(LUNCH);
        return analyzer.analyzeSession(WOMAN, DAY, 7, LocalTime.of(13, 0), MealType.LUNCH, LUNCH, soFar);
    }

    private static DayAnalysis.NutrientResult r(DayAnalysis a, Nutrient n) {
        return a.result(n).orElseThrow();
    }

    @Test
    void theLunchIsJudgedAgainstItsShareOfTheDaysTargets() {
        SessionAnalysis s = lunch();
        DayAnalysis a = s.session();
        assertThat(s.share()).isEqualTo(0.35);
        assertThat(a.nutrients()).extracting(DayAnalysis.NutrientResult::nutrient).containsExactlyElementsOf(SessionAnalysis.MEAL_NUTRIENTS);
        // energy 2 × 130 + 1.5 × 116 = 434 kcal of 35 % × 1554.3 = 544.005 kcal: 79.78 %, below the 90 % band → LOW
        assertThat(r(a, Nutrient.ENERGY).amount()).isCloseTo(434, within(1e-9));
        assertThat(r(a, Nutrient.ENERGY).reference().amount()).isCloseTo(544.005, within(1e-9));
        assertThat(r(a, Nutrient.ENERGY).percentOfReference()).hasValueSatisfying(p -> assertThat(p).isCloseTo(79.779, within(0.001)));
        assertThat(r(a, Nutrient.ENERGY).status()).isEqualTo(LOW);
        // protein 5.38 + 13.53 = 18.91 g of 35 % × 84 = 29.4 g → LOW
        assertThat(r(a, Nutrient.PROTEIN).amount()).isCloseTo(18.91, within(1e-9));
        assertThat(r(a, Nutrient.PROTEIN).reference().amount()).isCloseTo(29.4, within(1e-9));
        assertThat(r(a, Nutrient.PROTEIN).status()).isEqualTo(LOW);
        // fat 0.56 + 0.57 = 1.13 g of 18.1335 g; carbohydrate 56.34 + 30.195 = 86.535 g of 65.800875 g: 131.5 % → HIGH
        assertThat(r(a, Nutrient.FAT).amount()).isCloseTo(1.13, within(1e-9));
        assertThat(r(a, Nutrient.FAT).reference().amount()).isCloseTo(18.1335, within(1e-9));
        assertThat(r(a, Nutrient.CARBOHYDRATE).amount()).isCloseTo(86.535, within(1e-9));
        assertThat(r(a, Nutrient.CARBOHYDRATE).reference().amount()).isCloseTo(65.800875, within(1e-9));
        assertThat(r(a, Nutrient.CARBOHYDRATE).status()).isEqualTo(DayAnalysis.Status.HIGH);
        // fibre 0.8 + 11.85 = 12.65 g of 35 % × 21.7602 = 7.61607 g (an AI: no upper bound) → OK
        assertThat(r(a, Nutrient.FIBER).amount()).isCloseTo(12.65, within(1e-9));
        assertThat(r(a, Nutrient.FIBER).reference().amount()).isCloseTo(7.61607, within(1e-9));
        assertThat(r(a, Nutrient.FIBER).status()).isEqualTo(OK);
        // energy from rice 260 kcal (59.9 %), then lentils 174 kcal (40.1 %)
        assertThat(r(a, Nutrient.ENERGY).top()).extracting(c -> c.food().id()).containsExactly("20045", "16070");
        assertThat(r(a, Nutrient.ENERGY).top().get(0).share()).isCloseTo(260.0 / 434, within(1e-9));
        // a meal's gaps are the rest of the day's to close: no fixes on the meal itself
        assertThat(a.nutrients()).allSatisfy(n -> assertThat(n.fixes()).isEmpty());
    }

    @Test
    void theRestOfTheDayIsTheDaysTargetsLessEverythingEatenUpToAndIncludingTheLunch() {
        SessionAnalysis s = lunch();
        List<SessionAnalysis.Left> rest = s.restOfDay();
        assertThat(rest).extracting(SessionAnalysis.Left::nutrient).containsExactlyElementsOf(SessionAnalysis.MEAL_NUTRIENTS);
        // energy 155 + 434 = 589 kcal so far: 1554.3 − 589 = 965.3 kcal left
        SessionAnalysis.Left energy = rest.get(0);
        assertThat(energy.eatenSoFar()).isCloseTo(589, within(1e-9));
        assertThat(energy.target()).isCloseTo(1554.3, within(1e-9));
        assertThat(energy.left()).isCloseTo(965.3, within(1e-9));
        assertThat(energy.status()).isEqualTo(LOW);
        // protein 12.58 + 18.91 = 31.49 g: 84 − 31.49 = 52.51 g left; 52.51 / 23.09 × 100 = 227.41 g of the chicken closes all of it
        SessionAnalysis.Left protein = rest.get(1);
        assertThat(protein.eatenSoFar()).isCloseTo(31.49, within(1e-9));
        assertThat(protein.left()).isCloseTo(52.51, within(1e-9));
        assertThat(protein.fixes()).first().satisfies(f -> {
            assertThat(f.name().en()).isEqualTo("chicken breast");
            assertThat(f.amount()).isCloseTo(52.51 * 100 / 23.09, within(1e-9));
            assertThat(f.shareOfGap()).isCloseTo(1, within(1e-9));
        });
        // the chicken for energy: 965.3 kcal would need 877 g, a day's portion is 300 g: 330 kcal, 34.2 % of it
        assertThat(energy.fixes()).first().satisfies(f -> {
            assertThat(f.amount()).isEqualTo(300);
            assertThat(f.shareOfGap()).isCloseTo(330 / 965.3, within(1e-9));
        });
        // fat 10.61 + 1.13 = 11.74 g of 51.81 g: 40.07 g left; fibre 12.65 g of 21.7602 g: 9.1102 g left
        assertThat(rest.get(2).left()).isCloseTo(51.81 - 11.74, within(1e-9));
        // fat and carbohydrate come with the meals that give the energy: no food is suggested for them alone
        assertThat(rest.get(2).status()).isEqualTo(LOW);
        assertThat(rest.get(2).fixes()).isEmpty();
        assertThat(rest.get(4).left()).isCloseTo(21.7602 - 12.65, within(1e-9));
        // carbohydrate 1.12 + 86.535 = 87.655 g of 188.0025 g
        assertThat(rest.get(3).eatenSoFar()).isCloseTo(87.655, within(1e-9));
        assertThat(rest.get(3).over()).isZero();
        assertThat(s.overForTheDay()).isEmpty();
    }

    @Test
    void aLimitTheDaySoFarIsAlreadyOverIsSaidForTheWholeDay() {
        // 10 g of table salt (02047: 38758 mg sodium per 100 g) on the lunch: 124 + 2 + 3 + 3875.8 = 4004.8 mg, over the 2300 mg limit
        List<Eaten> salted = new java.util.ArrayList<>(LUNCH);
        salted.add(new Eaten("02047", 10, "Salt"));
        List<Eaten> soFar = new java.util.ArrayList<>(BREAKFAST);
        soFar.addAll(salted);
        SessionAnalysis s = new DayAnalyzer(foods, ReferenceIntakes.load(), List::of, () -> RecipeLibrary.of(List.of()))
                .analyzeSession(WOMAN, DAY, 7, LocalTime.of(13, 0), MealType.LUNCH, salted, soFar);
        assertThat(s.overForTheDay()).singleElement().satisfies(r -> {
            assertThat(r.nutrient()).isEqualTo(Nutrient.SODIUM);
            assertThat(r.amount()).isCloseTo(4004.8, within(1e-9));
        });
        assertThat(SessionAnalysisRenderer.render(s, Messages.english())).contains("Already over for the whole day: Sodium 4005 mg (limit 2300 mg).");
    }

    @Test
    void theTextShowsTheMealTheRestOfTheDayAndWhereVitaminsAreJudged() {
        SessionAnalysis s = lunch();
        String en = SessionAnalysisRenderer.render(s, Messages.english());
        assertThat(en).startsWith("Lunch, 13:00, 2026-11-30 (session 7): 2 foods eaten, 350 g in all; judged against 35 % of the day's targets")
                .contains("434 kcal").contains("544 kcal meal's share")
                .contains("Energy: 965 kcal left of 1554 kcal (589 kcal eaten so far)")
                .contains("Protein: 53 g left of 84 g (31 g eaten so far)")
                .contains("227 g of chicken breast from your stock")
                .contains("Vitamins and minerals are judged for the whole day")
                .doesNotContain("Iron");
        String summary = SessionAnalysisRenderer.summary(s, Messages.english());
        assertThat(summary).startsWith("Lunch: 434 kcal, 80 % of its usual share of the day (544 kcal).")
                .contains("Still needed today: Energy 965 kcal, Protein 53 g");
        String ru = SessionAnalysisRenderer.render(s, Messages.forLocale(java.util.Locale.forLanguageTag("ru")));
        assertThat(ru).startsWith("Обед, 13:00, 2026-11-30 (приём пищи 7)").contains("Белки: осталось 53 г из 84 г (пока съедено 31 г)")
                .contains("за весь день");
    }
}
