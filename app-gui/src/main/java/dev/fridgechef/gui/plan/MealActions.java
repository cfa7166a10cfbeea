package dev.fridgechef.gui.plan;

import dev.fridgechef.plan.MealPlan;

import java.time.LocalDate;

/** What a meal card can ask the page to do. */
interface MealActions {
    void open(LocalDate day, MealPlan.Meal meal);

    void regenerate(LocalDate day, MealPlan.Meal meal);

    void markCooked(LocalDate day, MealPlan.Meal meal);
}
