package dev.fridgechef.server.diary;

import dev.fridgechef.recipe.MealType;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** One meal occasion of a household: the day, the time it started and its meal type. */
public record Session(UUID id, LocalDate date, LocalTime time, MealType meal) {
}
