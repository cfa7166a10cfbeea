package dev.fridgechef.diary;

import java.util.List;

/** An entry about to be logged, resolved to its foods; see {@link EntryResolver}. */
public record NewEntry(EntryKind kind, String recipeId, String foodId, String label, String labelRu, Double servings, String amount,
                       List<FoodPortion> portions) {

    public NewEntry {
        portions = List.copyOf(portions);
        if (portions.isEmpty()) throw new IllegalArgumentException("an entry needs at least one food");
    }
}
