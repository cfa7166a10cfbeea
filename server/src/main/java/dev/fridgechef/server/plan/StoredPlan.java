package dev.fridgechef.server.plan;

import dev.fridgechef.plan.MealPlan;

import java.time.Instant;
import java.util.UUID;

/** A plan a household made, as kept. */
public record StoredPlan(UUID id, UUID createdBy, Instant createdAt, boolean cached, MealPlan plan) {
}
