package dev.fridgechef.diary;

import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.Nutrients;

import java.util.List;

/** Nutrition of what was eaten, always from the food database: per 100 g of each food × grams served × the share eaten. */
public final class DiaryNutrition {
    private final FoodDatabase foods;

    public DiaryNutrition(FoodDatabase foods) {
        this.foods = foods;
    }

    public Nutrients of(DiaryEntry entry) {
        return of(entry.portions(), entry.eatenPercent());
    }

    /** The nutrition of {@code eatenPercent} (0–100) of these portions; portions of unknown weight count for nothing. */
    public Nutrients of(List<FoodPortion> portions, double eatenPercent) {
        Nutrients total = Nutrients.ZERO;
        for (FoodPortion p : portions) {
            if (!p.weighed()) continue;
            Food food = foods.byId(p.foodId()).orElseThrow(() -> new IllegalStateException("diary food " + p.foodId() + " is not in the food database"));
            total = total.plus(food.per100g().scaled(p.grams() * (eatenPercent / 100) / 100));
        }
        return total;
    }
}
