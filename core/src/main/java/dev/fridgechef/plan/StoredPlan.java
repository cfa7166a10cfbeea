package dev.fridgechef.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A plan from the store with its cache key; {@code cached} says it was served without planning. */
public record StoredPlan(long id, MealPlan plan, String inventoryHash, String profileHash, String options, LocalDate planDay,
                         String source, LocalDateTime createdAt, boolean cached) {
}
