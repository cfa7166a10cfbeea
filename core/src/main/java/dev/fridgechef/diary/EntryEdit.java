package dev.fridgechef.diary;

import dev.fridgechef.recipe.MealType;

import java.time.LocalDateTime;

/**
 * Changes to an entry; null leaves a field as it is. {@code grams}: the weight served (a recipe or
 * dish is scaled to it); {@code servings}: a recipe's servings; {@code at} and {@code meal} move the
 * entry to another session.
 */
public record EntryEdit(Double grams, Double servings, Double eatenPercent, LocalDateTime at, MealType meal) {

    public boolean isEmpty() {
        return grams == null && servings == null && eatenPercent == null && at == null && meal == null;
    }
}
