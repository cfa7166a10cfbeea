package dev.fridgechef.diary;

import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.Nutrients;

/** Nutrition of what was eaten, always from the food database: per 100 g of each food × grams served × the share eaten. */
final class DiaryNutrition {
    private final FoodDatabase foods;

    DiaryNutrition(FoodDatabase foods) {
        this.foods = foods;
    }

    Nutrients of(DiaryEntry entry) {
        Nutrients total = Nutrients.ZERO;
        for (FoodPortion p : entry.portions()) {
            if (!p.weighed()) continue;
            Food food = foods.byId(p.foodId()).orElseThrow(() -> new IllegalStateException("diary food " + p.foodId() + " is not in the food database"));
            total = total.plus(food.per100g().scaled(p.grams() * entry.eatenShare() / 100));
        }
        return total;
    }
}
