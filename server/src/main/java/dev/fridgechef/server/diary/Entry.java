package dev.fridgechef.server.diary;

import dev.fridgechef.diary.EntryKind;
import dev.fridgechef.diary.FoodPortion;
import dev.fridgechef.diary.ServedAmount;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A diary entry of a household: what {@code eatenBy} ate at a session. {@code recipeId} for a recipe
 * (with {@code servings}), {@code foodId} for one food, neither for a dish; {@code portions} are the
 * foods and grams as served, {@code eatenPercent} (0–100) of which was eaten. Also the form kept in the
 * edit history.
 */
public record Entry(UUID id, UUID sessionId, UUID eatenBy, EntryKind kind, String recipeId, String foodId, String label, String labelRu,
                    Double servings, String amount, double eatenPercent, List<FoodPortion> portions, Instant loggedAt) {

    public Entry {
        portions = List.copyOf(portions);
    }

    public ServedAmount served() {
        return new ServedAmount(servings, amount, portions);
    }

    public Entry with(UUID newSessionId, ServedAmount served, double newPercent) {
        return new Entry(id, newSessionId, eatenBy, kind, recipeId, foodId, label, labelRu, served.servings(), served.amount(), newPercent,
                served.portions(), loggedAt);
    }

    /** Whether a food of it has no known weight (it counts for nothing in the totals). */
    public boolean unweighed() {
        return portions.stream().anyMatch(p -> !p.weighed());
    }
}
