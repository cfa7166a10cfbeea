package dev.fridgechef.gui.diary;

import dev.fridgechef.diary.DiaryDay;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.profile.Targets;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the Diary page shows for one day, read off the FX thread: the day, the person's targets, the
 * meals planned for it and each entry's name in the person's language (by entry id).
 */
record DiaryData(DiaryDay day, Optional<Targets> targets, List<MealPlan.Meal> planned, Map<Long, String> names) {
}
