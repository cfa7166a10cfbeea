package dev.fridgechef.recipe;

import dev.fridgechef.diet.DietRules;
import dev.fridgechef.diet.FoodTraits;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.food.Nutrients;
import dev.fridgechef.profile.Allergen;
import dev.fridgechef.profile.Diet;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a recipe is, computed from its foods: the grams of each ingredient, nutrition per serving,
 * the allergens it contains and whether it is pescatarian (no meat), vegetarian or vegan. Optional
 * ingredients count for allergens only: they may be left out.
 */
public record RecipeFacts(Recipe recipe, List<Food> foods, double[] grams, Nutrients perServing, Set<Allergen> allergens,
                          boolean pescatarian, boolean vegetarian, boolean vegan) {

    public double energyPerServing() {
        return perServing.getOrZero(Nutrient.ENERGY);
    }

    public double proteinPerServing() {
        return perServing.getOrZero(Nutrient.PROTEIN);
    }

    /** Grams of ingredient {@code i} in {@code servings} servings. */
    public double gramsFor(int i, double servings) {
        return grams[i] * servings / recipe.servings();
    }

    /** Whether every required ingredient passes the profile's rules (optional ones can be left out). */
    public boolean allowedBy(DietRules rules) {
        for (int i = 0; i < foods.size(); i++) {
            if (!rules.allows(foods.get(i)) && !recipe.ingredients().get(i).optional()) return false;
        }
        return true;
    }

    static RecipeFacts of(Recipe recipe, List<Food> foods, double[] grams) {
        Nutrients total = Nutrients.ZERO;
        EnumSet<Allergen> allergens = EnumSet.noneOf(Allergen.class);
        boolean pescatarian = true;
        boolean vegetarian = true;
        boolean vegan = true;
        for (int i = 0; i < foods.size(); i++) {
            Food f = foods.get(i);
            FoodTraits t = FoodTraits.of(f);
            boolean optional = recipe.ingredients().get(i).optional();
            if (!optional) total = total.plus(f.per100g().scaled(grams[i] / 100));
            allergens.addAll(t.allergens());
            if (!optional) {
                pescatarian &= !t.breaks(Diet.PESCATARIAN);
                vegetarian &= !t.breaks(Diet.VEGETARIAN);
                vegan &= !t.breaks(Diet.VEGAN);
            }
        }
        return new RecipeFacts(recipe, List.copyOf(foods), grams, total.scaled(1.0 / recipe.servings()),
                Set.copyOf(allergens), pescatarian, vegetarian, vegan);
    }
}
