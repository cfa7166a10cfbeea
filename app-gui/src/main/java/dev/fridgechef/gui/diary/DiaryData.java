package dev.fridgechef.gui.diary;

import dev.fridgechef.diary.DiaryDay;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.profile.Targets;

import java.util.List;
import java.util.Optional;

/** What the Diary page shows for one day, read off the FX thread: the day, the person's targets and the meals planned for it. */
record DiaryData(DiaryDay day, Optional<Targets> targets, List<MealPlan.Meal> planned) {
}
