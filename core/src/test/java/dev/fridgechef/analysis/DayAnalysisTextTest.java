package dev.fridgechef.analysis;

import dev.fridgechef.TestFoods;
import dev.fridgechef.i18n.Messages;
import dev.fridgechef.recipe.RecipeLibrary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static dev.fridgechef.analysis.DayAnalyzerTest.DAY;
import static dev.fridgechef.analysis.DayAnalyzerTest.DAY_EATEN;
import static dev.fridgechef.analysis.DayAnalyzerTest.WOMAN;
import static dev.fridgechef.analysis.DayAnalyzerTest.stock;
import static org.assertj.core.api.Assertions.assertThat;

/** The offline summary and the terminal text of the fixed day of {@link DayAnalyzerTest}, in English and Russian. */
class DayAnalysisTextTest {
    static DayAnalysis fixedDay() {
        var foods = TestFoods.get();
        return new DayAnalyzer(foods, ReferenceIntakes.load(), () -> List.of(stock(foods, "beef liver", "13327", 500, DAY.plusDays(2)),
                stock(foods, "spinach", "11457", 200, DAY.plusDays(1))), () -> RecipeLibrary.of(List.of())).analyze(WOMAN, DAY, DAY_EATEN);
    }

    private final DayAnalysis day = fixedDay();

    @Test
    void theOfflineSummarySaysTheEnergyTheWorstGapsAndTheirFixesWithTheComputedNumbers() {
        String en = OfflineSummary.text(day, Messages.english());
        assertThat(en).startsWith("You ate 667 kcal, 43 % of your target of 1554 kcal.");
        // the four furthest below their reference, of 21 LOW: vitamin K 0.3 + 2.55 + 3.3 = 6.15 of 90 µg (7 %), vitamin E
        // 1.03 + 0.08 + 0.165 + 0.27 = 1.545 of 15 mg (10 %), calcium 107.5 of 1000 mg (11 %), vitamin C 9.15 of 75 mg (12 %)
        assertThat(en).contains("Short of: Vitamin K 6.1 of 90 µg (7 %), Vitamin E 1.5 of 15 mg (10 %), Calcium 108 of 1000 mg (11 %), "
                + "Vitamin C 9.2 of 75 mg (12 %) and 17 more.");
        // the first fix of the two largest gaps: vitamin K, 83.85 µg missing, spinach 482.9 µg/100 g: 17.4 g would do, 30 g are
        // offered; vitamin E, 13.455 mg missing, spinach 2.03 mg/100 g: all 200 g give 4.06 mg = 30 %
        assertThat(en).contains("30 g of spinach from your stock gives 100 % of the missing Vitamin K. "
                + "200 g of spinach from your stock gives 30 % of the missing Vitamin E.");
        assertThat(en).doesNotContain("Over:");
        assertThat(NumberCheck.forAnalysis(day).wrongNumbers(en)).isEmpty();

        String ru = OfflineSummary.text(day, Messages.forLocale(Locale.of("ru")));
        assertThat(ru).startsWith("Вы съели 667 ккал, 43 % от цели 1554 ккал.");
        assertThat(ru).contains("Витамин C 9,2 из 75 мг (12 %)").contains("Витамин K: 30 г продукта «spinach» из ваших запасов дадут 100 % недостающего.");
        assertThat(NumberCheck.forAnalysis(day).wrongNumbers(ru)).isEmpty();
    }

    @Test
    void theTerminalTextHasARowPerNutrientTheSourcesTheFixesAndTheNotes() {
        String en = DayAnalysisRenderer.render(day, Messages.english());
        assertThat(en).startsWith("Day 2026-11-30: 4 foods eaten, 600 g in all\n");
        assertThat(en).containsPattern("Iron +8\\.8 mg +18 mg RDA, upper limit 45 +49 % +low");
        assertThat(en).containsPattern("Sodium +131 mg +2300 mg limit \\(CDRR\\) +6 % +ok");
        assertThat(en).containsPattern("Sugars +20 g +17 g WHO guide \\(10 % of energy\\) +117 % +not judged");
        assertThat(en).contains("most from: Rice with lentils: ");
        assertThat(en).contains("What would close the gaps:").contains("  Iron: 9.2 mg missing\n")
                .contains("    - 200 g of spinach from your stock (use by 2026-12-01) gives 59 % of it\n")
                .contains("    - 150 g of beef liver from your stock (use by 2026-12-02) gives 100 % of it\n");
        assertThat(en).contains("Sugars: 20 g, 12 % of the day's energy.").contains("Vitamin D is not in the food database");
        assertThat(NumberCheck.forAnalysis(day).wrongNumbers(en)).isEmpty();

        String ru = DayAnalysisRenderer.render(day, Messages.forLocale(Locale.of("ru")));
        assertThat(ru).startsWith("День 2026-11-30: съедено продуктов — 4, всего 600 г\n");
        assertThat(ru).containsPattern("Железо +8,8 мг +18 мг RDA, верхний предел 45 +49 % +мало");
        assertThat(ru).contains("Железо: не хватает 9,2 мг");
        assertThat(NumberCheck.forAnalysis(day).wrongNumbers(ru)).isEmpty();
    }

    @Test
    void everyAnalysisTextIsInBothLanguages() throws Exception {
        java.util.Properties en = bundle("messages.properties");
        java.util.Properties ru = bundle("messages_ru.properties");
        var keys = en.stringPropertyNames().stream().filter(k -> k.startsWith("analysis.")).sorted().toList();
        assertThat(keys).hasSizeGreaterThan(40);
        assertThat(ru.stringPropertyNames().stream().filter(k -> k.startsWith("analysis.")).sorted().toList()).isEqualTo(keys);
        // the same placeholders in both languages
        for (String k : keys) {
            assertThat(placeholders(ru.getProperty(k))).as(k).isEqualTo(placeholders(en.getProperty(k)));
        }
        String shown = DayAnalysisRenderer.render(day, Messages.forLocale(Locale.of("ru"))) + OfflineSummary.text(day, Messages.forLocale(Locale.of("ru")));
        assertThat(shown).doesNotContain("analysis.").doesNotContain("nutrient.");
    }

    private static java.util.Properties bundle(String name) throws Exception {
        java.util.Properties p = new java.util.Properties();
        try (var in = DayAnalysisTextTest.class.getClassLoader().getResourceAsStream("fridgechef/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    private static java.util.Set<String> placeholders(String text) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        var m = java.util.regex.Pattern.compile("\\{\\d}").matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }
}
