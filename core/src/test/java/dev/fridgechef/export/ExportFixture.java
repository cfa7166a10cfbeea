package dev.fridgechef.export;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestStores;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.plan.StoredPlan;
import dev.fridgechef.recipe.MealType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The sample profile and fridge with a 7-day plan of four meals a day and a logged diary day, as the export tests read them. */
final class ExportFixture {
    static final LocalDate START = LocalDate.of(2026, 11, 25);
    static final PlanOptions SEVEN_DAYS = new PlanOptions(START, 7, List.of(MealType.BREAKFAST, MealType.LUNCH, MealType.DINNER, MealType.SNACK), false);

    final FridgeChef app;
    final StoredPlan plan;

    ExportFixture(Path dir) {
        app = TestStores.openWithSample(dir);
        plan = app.plans().plan(SEVEN_DAYS);
        app.diary().ate("oatmeal 60 g", null, null, LocalDateTime.of(2026, 11, 25, 8, 0), null, 100);
        app.diary().ate("borscht-with-beef", 1.5, null, LocalDateTime.of(2026, 11, 25, 13, 10), null, 80);
        app.diary().ate("apple 150 g", null, null, LocalDateTime.of(2026, 11, 25, 16, 0), null, 100);
        app.diary().ate("tomato 150 g, cucumber 100 g", null, "Salad", LocalDateTime.of(2026, 11, 25, 19, 0), null, 100);
    }
}
