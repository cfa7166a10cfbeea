package dev.fridgechef.export;

import dev.fridgechef.i18n.Messages;
import dev.fridgechef.plan.MealPlan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan as Markdown: a heading and table a day with its totals, the notes, and the shopping list as a task list by section. */
class PlanMarkdownTest {
    @TempDir
    static Path dir;
    private static ExportFixture fixture;

    @BeforeAll
    static void open() {
        fixture = new ExportFixture(dir.resolve("store"));
    }

    @AfterAll
    static void close() {
        fixture.app.close();
    }

    @Test
    void everyDayIsATableWithItsMealsAndTotals() {
        String md = fixture.app.exports().planMarkdown(fixture.plan, Messages.english());
        MealPlan plan = fixture.plan.plan();
        assertThat(md).startsWith("# Meal plan, ").contains("Daily targets: " + Math.round(plan.energyTarget()) + " kcal");
        assertThat(md.lines().filter(l -> l.startsWith("## ")).count()).isEqualTo(plan.plan().size() + 1 + (plan.warnings().isEmpty() ? 0 : 1));
        assertThat(md).contains("## Wednesday, 25 November 2026").contains("| Meal | Dish | Servings | kcal | Protein, g |");
        for (MealPlan.Day day : plan.plan()) {
            assertThat(md).contains("| **Total** |  |  | **" + Math.round(day.energy()) + "** |");
            for (MealPlan.Meal meal : day.meals()) assertThat(md).contains("| " + Messages.english().get("meal." + meal.meal().key()) + " | "
                    + PlanMarkdown.escape(meal.titleEn()));
        }
        for (MealPlan.ShoppingItem item : plan.shopping()) assertThat(md).containsPattern("- \\[[ x]\\] " + java.util.regex.Pattern.quote(PlanMarkdown.escape(item.nameEn())));
    }

    @Test
    void inRussianWithADecimalComma() {
        String md = fixture.app.exports().planMarkdown(fixture.plan, Messages.forLocale(Locale.of("ru")));
        assertThat(md).startsWith("# План питания, ").contains("## Среда, 25 ноября 2026").contains("| Завтрак | ").contains("## Список покупок")
                .containsPattern("\\| \\d+,\\d \\|");
        fixture.plan.plan().plan().get(0).meals().forEach(m -> assertThat(md).contains(PlanMarkdown.escape(m.titleRu())));
    }

    @Test
    void markdownCharactersInNamesAreEscaped() {
        assertThat(PlanMarkdown.escape("Mac | cheese *best*\n[1]")).isEqualTo("Mac \\| cheese \\*best\\* \\[1\\]");
    }
}
