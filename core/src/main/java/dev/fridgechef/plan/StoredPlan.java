package dev.fridgechef.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A plan from the store with its cache key; {@code cached} says it was served without planning. */
public record StoredPlan(long id, MealPlan plan, String inventoryHash, String profileHash, String options, LocalDate planDay,
                         String source, LocalDateTime createdAt, boolean cached, java.util.List<String> notes) {
    public StoredPlan withNotes(java.util.List<String> newNotes) {
        return new StoredPlan(id, plan, inventoryHash, profileHash, options, planDay, source, createdAt, cached, java.util.List.copyOf(newNotes));
    }
}
