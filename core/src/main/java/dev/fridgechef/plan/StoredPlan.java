package dev.fridgechef.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A plan from the store with its cache key; {@code cached} says it was served without planning. */
public record StoredPlan(long id, MealPlan plan, String inventoryHash, String profileHash, String options, LocalDate planDay,
                         String source, LocalDateTime createdAt, boolean cached, java.util.List<String> notes) {
    /** How the source of a plan written by a language model starts ("ai:openai/gpt-4o-mini"). */
    public static final String AI_SOURCE_PREFIX = "ai:";

    /** Who wrote the plan when a model did ("openai/gpt-4o-mini", "semantic-cache (plan 3, …)"); empty for the offline planner's. */
    public java.util.Optional<String> aiSource() {
        return source.startsWith(AI_SOURCE_PREFIX) ? java.util.Optional.of(source.substring(AI_SOURCE_PREFIX.length())) : java.util.Optional.empty();
    }

    /** The same plan marked as served without making it anew (from the cache, reuse or earlier dishes). */
    public StoredPlan asCached() {
        return new StoredPlan(id, plan, inventoryHash, profileHash, options, planDay, source, createdAt, true, notes);
    }

    public StoredPlan withNotes(java.util.List<String> newNotes) {
        return new StoredPlan(id, plan, inventoryHash, profileHash, options, planDay, source, createdAt, cached, java.util.List.copyOf(newNotes));
    }
}
