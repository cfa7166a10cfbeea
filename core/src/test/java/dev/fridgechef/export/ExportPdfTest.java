package dev.fridgechef.export;

import dev.fridgechef.i18n.Messages;
import dev.fridgechef.plan.MealPlan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every PDF kind in English and Russian: the text read back with PDFBox (Cyrillic included), every
 * page rendered to a PNG with ink on it, nothing outside the margins, A4 or Letter. With
 * -Dfridgechef.export.preview=DIR the files and page images are kept there to look at.
 */
class ExportPdfTest {
    @TempDir
    static Path dir;
    private static ExportFixture fixture;
    private static ExportService exports;

    @BeforeAll
    static void open() {
        fixture = new ExportFixture(dir.resolve("store"));
        exports = fixture.app.exports();
    }

    @AfterAll
    static void close() {
        fixture.app.close();
    }

    private static Messages messages(String lang) {
        return Messages.forLocale(Locale.of(lang));
    }

    /** Words as they read, whatever the lines they were wrapped onto. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static Path out() throws IOException {
        String preview = System.getProperty("fridgechef.export.preview");
        return Files.createDirectories(preview == null ? dir.resolve("pages") : Path.of(preview));
    }

    private static void check(byte[] pdf, String name) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        PdfChecks.insideMargins(pdf);
        PdfChecks.pages(pdf, out(), name);
        Files.write(out().resolve(name + ".pdf"), pdf);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void theSevenDayPlanReadsBackWithEveryDishAndDayTotalUnder200Kb(String lang) throws IOException {
        boolean ru = lang.equals("ru");
        byte[] pdf = exports.planPdf(fixture.plan, messages(lang), Paper.A4);
        check(pdf, "plan-" + lang);
        String text = flat(PdfChecks.text(pdf));
        assertThat(text).contains(ru ? "План питания" : "Meal plan").contains(ru ? "Итого" : "Total");
        MealPlan plan = fixture.plan.plan();
        assertThat(plan.plan()).hasSize(7);
        for (MealPlan.Day day : plan.plan()) {
            for (MealPlan.Meal meal : day.meals()) assertThat(text).contains(flat(ru ? meal.titleRu() : meal.titleEn()));
            String energy = Long.toString(Math.round(day.energy()));
            assertThat(text).contains((ru ? "Энергия " : "Energy ") + energy);
        }
        if (ru) assertThat(text).containsPattern("[а-яё]{5,}").contains("Завтрак").contains("Ужин");
        assertThat(pdf.length).as("a 7-day plan PDF stays small (fonts embedded as subsets)").isLessThan(200 * 1024);
        System.out.printf("7-day plan PDF (%s): %d bytes, %d pages%n", lang, pdf.length, PdfChecks.pageCount(pdf));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void theShoppingListHasEveryItemUnderItsShopSection(String lang) throws IOException {
        boolean ru = lang.equals("ru");
        MealPlan plan = fixture.plan.plan();
        assertThat(plan.shopping()).isNotEmpty();
        fixture.app.planMarks().checkShopping(fixture.plan.id(), plan.shopping().get(0).foodId(), true);
        byte[] pdf = exports.shoppingPdf(fixture.plan, messages(lang), Paper.A4);
        check(pdf, "shopping-" + lang);
        String text = flat(PdfChecks.text(pdf));
        assertThat(text).contains(ru ? "Список покупок" : "Shopping list");
        for (MealPlan.ShoppingItem item : plan.shopping()) assertThat(text).contains(flat(ru ? item.nameRu() : item.nameEn()));
        var foods = fixture.app.foods();
        plan.shopping().stream().map(i -> dev.fridgechef.plan.ShopSection.of(foods.byId(i.foodId()).orElse(null))).distinct()
                .forEach(section -> assertThat(text).contains(section.label(messages(lang))));
        assertThat(text).contains(ru ? "шт." : "pcs").satisfiesAnyOf(t -> assertThat(t).contains(ru ? " г" : " g"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void theRecipeCardScalesTheIngredientsAndGivesNutritionPerServing(String lang) throws IOException {
        boolean ru = lang.equals("ru");
        var borscht = exports.recipe("borscht-with-beef");
        byte[] pdf = exports.recipePdf(borscht, 3.0, messages(lang), Paper.LETTER);
        check(pdf, "recipe-" + lang);
        String text = flat(PdfChecks.text(pdf));
        assertThat(text).contains(ru ? "Борщ с говядиной" : "Borscht with beef").contains(ru ? "свёкла" : "beets")
                .contains(ru ? "Пищевая ценность на порцию" : "Nutrition per serving")
                .contains("300 " + (ru ? "г" : "g")) // 600 g of beef for 6 servings, 300 g for 3
                .contains(flat(ru ? borscht.recipe().steps().ru().get(0) : borscht.recipe().steps().en().get(0)))
                .contains(Long.toString(Math.round(borscht.energyPerServing())));
        assertThat(PdfChecks.pageSize(pdf)).containsExactly(612f, 792f);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void theDiaryDayHasItsEntriesTotalsAndAnalysis(String lang) throws IOException {
        boolean ru = lang.equals("ru");
        byte[] pdf = exports.diaryDayPdf(ExportFixture.START, messages(lang), Paper.A4);
        check(pdf, "diary-day-" + lang);
        String text = flat(PdfChecks.text(pdf));
        assertThat(text).contains(ru ? "Дневник" : "Diary").contains(ru ? "Борщ с говядиной" : "Borscht with beef").contains("Salad")
                .contains(ru ? "Разбор дня" : "Analysis of the day").contains(messages(lang).get("nutrient.fiber"))
                .contains(ru ? "съедено 80 %" : "80 % eaten").contains(ru ? "60 г" : "60 g");
        long energy = Math.round(fixture.app.diary().day(ExportFixture.START).total().get(dev.fridgechef.food.Nutrient.ENERGY));
        assertThat(text).contains(Long.toString(energy));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru"})
    void theDiaryWeekHasALineADayAndTheAverage(String lang) throws IOException {
        boolean ru = lang.equals("ru");
        byte[] pdf = exports.diaryWeekPdf(ExportFixture.START, messages(lang), Paper.A4);
        check(pdf, "diary-week-" + lang);
        String text = flat(PdfChecks.text(pdf));
        assertThat(text).contains(ru ? "неделя" : "week").contains(ru ? "Среднее за 1 дн." : "Average of 1 logged day");
    }

    @Test
    void a4AndLetterAreTheirOwnSizes() throws IOException {
        assertThat(PdfChecks.pageSize(exports.planPdf(fixture.plan, messages("en"), Paper.A4))).containsExactly(595.27563f, 841.8898f);
        assertThat(PdfChecks.pageSize(exports.planPdf(fixture.plan, messages("en"), Paper.LETTER))).containsExactly(612f, 792f);
    }

    @Test
    void longTextWrapsWithinTheMarginsAndTablesRunOntoNewPagesWithTheirHeader() throws IOException {
        PdfLayout pdf = new PdfLayout(Paper.A4, "Long", "Long", "en");
        String word = "Supercalifragilisticexpialidocious".repeat(4);
        pdf.title("A title long enough to need a second line on an A4 page, written in a large bold font " + word);
        pdf.paragraph("Пельмени со сметаной и укропом 🥟 ".repeat(40), PdfLayout.Style.BODY);
        List<PdfLayout.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) rows.add(PdfLayout.Row.of("Row " + i, "Борщ с говядиной и сметаной, " + word, "1234.5"));
        pdf.table(List.of(new PdfLayout.Column(1, false), new PdfLayout.Column(4, false), new PdfLayout.Column(1, true)),
                List.of("Header A", "Header B", "Header C"), rows);
        byte[] bytes = pdf.finish();
        PdfChecks.insideMargins(bytes);
        int pages = PdfChecks.pageCount(bytes);
        assertThat(pages).isGreaterThan(3);
        String text = PdfChecks.text(bytes);
        assertThat(text.split("Header A", -1)).as("the header once on each page the table runs onto").hasSize(pages + 1);
        assertThat(text).contains("Row 119").contains("Пельмени со сметаной").contains("1 / " + pages);
    }
}
