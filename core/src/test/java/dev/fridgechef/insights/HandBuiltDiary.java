package dev.fridgechef.insights;

import dev.fridgechef.diary.DiaryService;
import dev.fridgechef.recipe.MealType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A diary whose insights are known in advance (see InsightsServiceTest), for the insights and the planner's tests. */
public final class HandBuiltDiary {
    private HandBuiltDiary() {
    }

    /**
     * 28 logged days of the 8-week window (2026-10-01..11-25): 14 early (Oct 1-14), 14 recent (Nov 12-25).
     * Breakfast (tomato) on 21 days, 7 each at 07:00, 08:00 and 09:00; lunch (rice) on 3 days; borscht
     * for dinner every day, 60 % eaten; cheddar as a snack on the early days, an apple on the recent ones.
     */
    public static void build(DiaryService diary) {
        var tomato = diary.resolver().resolve("tomato 100 g", null, null);
        var rice = diary.resolver().resolve("rice 150 g", null, null);
        var borscht = diary.resolver().resolve("borscht", 1.0, null);
        var cheddar = diary.resolver().resolve("cheddar 30 g", null, null);
        var apple = diary.resolver().resolve("apple 150 g", null, null);
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < 14; i++) days.add(LocalDate.of(2026, 10, 1).plusDays(i));
        for (int i = 0; i < 14; i++) days.add(LocalDate.of(2026, 11, 12).plusDays(i));
        for (int i = 0; i < days.size(); i++) {
            LocalDate d = days.get(i);
            if (i < 21) diary.log(tomato, d.atTime(7 + i % 3, 0), MealType.BREAKFAST, 100);
            if (i < 3) diary.log(rice, d.atTime(13, 0), MealType.LUNCH, 100);
            diary.log(borscht, d.atTime(19, 0), MealType.DINNER, 60);
            diary.log(i < 14 ? cheddar : apple, d.atTime(16, 30), MealType.SNACK, 100);
        }
    }
}
