package dev.fridgechef.diary;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What was eaten at a session: {@code recipeId} for a recipe, {@code foodId} for a food, neither
 * for a dish; {@code label} is the name it was logged under ({@code labelRu}: a recipe's Russian title); {@code servings} only for a recipe;
 * {@code amount} is the amount as written for a food ("150 g", "1 pcs"). {@code portions} are the
 * foods and grams as served; {@code eatenPercent} (0–100) of that was eaten.
 */
public record DiaryEntry(long id, long sessionId, EntryKind kind, String recipeId, String foodId, String label, String labelRu, Double servings,
                         String amount, double eatenPercent, List<FoodPortion> portions, LocalDateTime loggedAt) {

    public DiaryEntry {
        portions = List.copyOf(portions);
    }

    public String label(boolean russian) {
        return russian && labelRu != null && !labelRu.isBlank() ? labelRu : label;
    }

    public double eatenShare() {
        return eatenPercent / 100;
    }

    /** Grams served, of the portions whose weight is known. */
    public double servedGrams() {
        return portions.stream().filter(FoodPortion::weighed).mapToDouble(FoodPortion::grams).sum();
    }

    /** Portions whose weight is unknown (they count for nothing in the totals, and say so). */
    public List<FoodPortion> unweighed() {
        return portions.stream().filter(p -> !p.weighed()).toList();
    }

    DiaryEntry with(long newSessionId, Double newServings, String newAmount, double newPercent, List<FoodPortion> newPortions) {
        return new DiaryEntry(id, newSessionId, kind, recipeId, foodId, label, labelRu, newServings, newAmount, newPercent, newPortions, loggedAt);
    }
}
