package dev.fridgechef.recipe;

import dev.fridgechef.unit.QuantityParser;

import java.util.Map;

/**
 * An ingredient as a person writes it in a recipe, in English or Russian: "2 tbsp curry powder",
 * "600 g chicken breast", "2 onion", "4 cloves garlic", "10 g cilantro (optional)". Pieces carry no
 * unit word. {@link IngredientLineParser} reads these lines back.
 */
public final class RecipeLines {
    private static final Map<String, String> RUSSIAN_UNITS = Map.of("g", "г", "kg", "кг", "ml", "мл", "l", "л", "tbsp", "ст. л.",
            "tsp", "ч. л.", "cup", "стакан", "clove", "зубч.");

    private RecipeLines() {
    }

    public static String ingredient(Recipe.Ingredient ing, boolean russian) {
        String name = name(ing, russian);
        // an imported recipe's ingredient is named by its whole line ("2 cups flour"): that line is the line
        String suffix = ing.optional() ? (russian ? " (по желанию)" : " (optional)") : "";
        if (!name.isEmpty() && (Character.isDigit(name.charAt(0)) || "½¼¾⅓⅔⅛".indexOf(name.charAt(0)) >= 0)) return name + suffix;
        String amount = QuantityParser.format(ing.amount());
        String unit = unit(ing.unit(), ing.amount(), russian);
        String line = unit.isEmpty() ? amount + " " + name : amount + " " + unit + " " + name;
        return line + suffix;
    }

    public static String name(Recipe.Ingredient ing, boolean russian) {
        String ru = ing.name().ru();
        return russian && ru != null && !ru.isBlank() ? ru : ing.name().en();
    }

    static String unit(String code, double amount, boolean russian) {
        if (code.equals("pcs")) return "";
        if (russian) return RUSSIAN_UNITS.getOrDefault(code, code);
        return code.equals("clove") && amount != 1 ? "cloves" : code;
    }

    /** The steps in the language asked, the English ones where the recipe has no Russian. */
    public static java.util.List<String> steps(Recipe r, boolean russian) {
        return russian && !r.steps().ru().isEmpty() ? r.steps().ru() : r.steps().en();
    }
}
