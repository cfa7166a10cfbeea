package dev.fridgechef.analysis;

import dev.fridgechef.TestFoods;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.i18n.Messages;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.recipe.RecipeLibrary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Any day of database foods: totals are the sums, missing figures are never zeros, and the offline texts pass their own check. */
class DayAnalysisProperties {
    private static final List<String> IDS = TestFoods.get().all().stream().map(Food::id).toList();
    private static final DayAnalyzer ANALYZER = new DayAnalyzer(TestFoods.get(), ReferenceIntakes.load(),
            () -> List.of(DayAnalyzerTest.stock(TestFoods.get(), "beef liver", "13327", 500, DayAnalyzerTest.DAY.plusDays(2))),
            () -> RecipeLibrary.of(List.of()));

    @Provide
    Arbitrary<Eaten> eaten() {
        Arbitrary<String> ids = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(20, Arbitraries.of(IDS)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("99999", "no-such-food-42")));
        return Combinators.combine(ids, Arbitraries.doubles().between(1, 600).ofScale(1), Arbitraries.of("Breakfast", "Soup", ""))
                .as(Eaten::new);
    }

    @Property(tries = 200)
    void totalsAreSumsAndAFoodWithoutAFigureIsNeverCountedAsZero(@ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("eaten") Eaten> day) {
        DayAnalysis a = ANALYZER.analyze(DayAnalyzerTest.WOMAN, DayAnalyzerTest.DAY, day);
        for (DayAnalysis.NutrientResult r : a.nutrients()) {
            double sum = 0;
            boolean complete = true;
            for (Eaten e : day) {
                var food = TestFoods.get().byId(e.foodId());
                if (food.isPresent() && food.get().per100g().isKnown(r.nutrient())) {
                    sum += food.get().per100g().get(r.nutrient()) * e.grams() / 100;
                } else {
                    complete = false;
                }
            }
            assertThat(r.amount()).as(r.nutrient().key()).isCloseTo(sum, within(1e-6 * Math.max(1, sum)));
            assertThat(r.lacking().isEmpty()).as(r.nutrient().key()).isEqualTo(complete);
            if (!complete) assertThat(r.status()).isIn(DayAnalysis.Status.UNKNOWN, DayAnalysis.Status.HIGH, DayAnalysis.Status.NOT_JUDGED);
            if (r.status() == DayAnalysis.Status.LOW) assertThat(r.fixes()).allSatisfy(s -> assertThat(s.shareOfGap()).isBetween(0.25, 1.0));
        }
    }

    @Property(tries = 100)
    void theOfflineTextsOnlyEverShowComputedFigures(@ForAll @Size(min = 0, max = 6) List<@net.jqwik.api.From("eaten") Eaten> day,
                                                    @ForAll boolean russian, @ForAll boolean completeProfile) {
        Profile profile = completeProfile ? DayAnalyzerTest.WOMAN : Profile.EMPTY;
        DayAnalysis a = ANALYZER.analyze(profile, DayAnalyzerTest.DAY, day);
        Messages m = Messages.forLocale(russian ? Locale.of("ru") : Locale.ENGLISH);
        NumberCheck check = NumberCheck.forAnalysis(a);
        assertThat(check.wrongNumbers(OfflineSummary.text(a, m))).isEmpty();
        assertThat(check.wrongNumbers(DayAnalysisRenderer.render(a, m))).isEmpty();
    }
}
