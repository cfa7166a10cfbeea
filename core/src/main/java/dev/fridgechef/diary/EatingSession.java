package dev.fridgechef.diary;

import dev.fridgechef.recipe.MealType;

import java.time.LocalDate;
import java.time.LocalTime;

/** One meal occasion: the day, the time it started and its meal type. */
public record EatingSession(long id, LocalDate date, LocalTime time, MealType meal) {
}
