package dev.fridgechef.gui.recipes;

import dev.fridgechef.profile.Allergen;
import dev.fridgechef.recipe.RecipeFacts;

import java.util.Locale;

/** The diet filter of the recipe list: what a recipe's foods tell about it (optional ingredients may be left out). */
enum DietFilter {
    ANY, PESCATARIAN, VEGETARIAN, VEGAN, GLUTEN_FREE, DAIRY_FREE;

    String key() {
        return "recipesview.diet." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    boolean test(RecipeFacts r) {
        return switch (this) {
            case ANY -> true;
            case PESCATARIAN -> r.pescatarian();
            case VEGETARIAN -> r.vegetarian();
            case VEGAN -> r.vegan();
            case GLUTEN_FREE -> !r.allergens().contains(Allergen.GLUTEN);
            case DAIRY_FREE -> !r.allergens().contains(Allergen.MILK);
        };
    }
}
