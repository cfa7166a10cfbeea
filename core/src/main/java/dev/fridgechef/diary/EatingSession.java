package dev.fridgechef.diary;

import dev.fridgechef.recipe.MealType;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** One meal occasion: the day, the time it started and its meal type. */
public record EatingSession(long id, LocalDate date, LocalTime time, MealType meal) {
    /** A new entry joins a session of the same day and meal that started at most this long before or after it. */
    public static final Duration SAME_SESSION = Duration.ofMinutes(90);

    /**
     * How far from a session (of the entry's day) that started at {@code sessionTime} as {@code sessionMeal}
     * an entry at {@code time} as {@code meal} is, when it would join it: the nearest such session is the entry's.
     */
    public static Optional<Duration> joinDistance(LocalTime sessionTime, MealType sessionMeal, LocalTime time, MealType meal) {
        Duration apart = Duration.between(sessionTime, time).abs();
        return sessionMeal == meal && apart.compareTo(SAME_SESSION) <= 0 ? Optional.of(apart) : Optional.empty();
    }
}
