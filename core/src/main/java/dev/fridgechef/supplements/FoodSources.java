package dev.fridgechef.supplements;

import dev.fridgechef.food.Food;
import dev.fridgechef.food.Nutrient;

import java.util.List;

/**
 * The food-first check: foods (in stock, or that the planner could use) that would close a nutrient
 * gap. The day analysis or the planner can answer it; {@link StockFoodSources} answers from stock.
 */
@FunctionalInterface
public interface FoodSources {
    FoodSources NONE = (nutrient, missing) -> List.of();

    /** Foods that would close {@code missing} (in the nutrient's unit), best first; empty when none would. */
    List<Offer> closing(Nutrient nutrient, double missing);

    /** {@code grams} of the food supply the missing amount. */
    record Offer(Food food, double grams) {
    }
}
