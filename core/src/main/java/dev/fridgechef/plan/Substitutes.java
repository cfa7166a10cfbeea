package dev.fridgechef.plan;

import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodFamilies;

/**
 * Which stock can stand in for a recipe's food: the family model of {@link FoodFamilies}
 * ({@code fridgechef/food/families.tsv}), kept under this name for its callers.
 */
public final class Substitutes {
    private Substitutes() {
    }

    public static String familyOf(Food food) {
        return FoodFamilies.familyOf(food);
    }
}
