package dev.fridgechef.recipe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.food.Nutrients;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes recipes as schema.org {@code Recipe} JSON-LD, the fields recipe sites, Mealie and Tandoor
 * read (name, recipeIngredient, recipeInstructions, recipeYield, times, nutrition, category, cuisine,
 * keywords). Nutrition per serving is computed from the food database ({@link RecipeFacts}).
 * {@value #INGREDIENTS} holds each line's food id, amount, unit and names in both languages, which other programs ignore and
 * {@link JsonLdRecipeReader} uses so the recipe comes back with the same foods and weights.
 */
public final class RecipeJsonLd {
    /** The Fridge Chef extension: one object per recipeIngredient line, in the same order. */
    public static final String INGREDIENTS = "fridgechef:ingredients";

    /** schema.org NutritionInformation fields, in the order written, with the unit of each. */
    private static final Map<String, Nutrient> NUTRITION = new java.util.LinkedHashMap<>();

    static {
        NUTRITION.put("calories", Nutrient.ENERGY);
        NUTRITION.put("proteinContent", Nutrient.PROTEIN);
        NUTRITION.put("fatContent", Nutrient.FAT);
        NUTRITION.put("saturatedFatContent", Nutrient.SATURATED_FAT);
        NUTRITION.put("carbohydrateContent", Nutrient.CARBOHYDRATE);
        NUTRITION.put("sugarContent", Nutrient.SUGAR);
        NUTRITION.put("fiberContent", Nutrient.FIBER);
        NUTRITION.put("sodiumContent", Nutrient.SODIUM);
        NUTRITION.put("cholesterolContent", Nutrient.CHOLESTEROL);
    }

    private final ObjectMapper json;

    public RecipeJsonLd(ObjectMapper json) {
        this.json = json;
    }

    /** One recipe as an object, or several as a {@code @graph}; each names its {@code @context}. */
    public ObjectNode document(Collection<RecipeFacts> recipes, boolean russian) {
        if (recipes.size() == 1) return recipe(recipes.iterator().next(), russian);
        ObjectNode doc = json.createObjectNode();
        doc.put("@context", "https://schema.org");
        ArrayNode graph = doc.putArray("@graph");
        for (RecipeFacts f : recipes) {
            ObjectNode r = recipe(f, russian);
            r.remove("@context");
            graph.add(r);
        }
        return doc;
    }

    public ObjectNode recipe(RecipeFacts facts, boolean russian) {
        Recipe r = facts.recipe();
        ObjectNode o = json.createObjectNode();
        o.put("@context", "https://schema.org");
        o.put("@type", "Recipe");
        o.put("identifier", r.id());
        o.put("name", r.title(russian));
        o.put("inLanguage", russian ? "ru" : "en");
        o.put("recipeYield", r.servings() + (russian ? " порц." : r.servings() == 1 ? " serving" : " servings"));
        if (r.activeMinutes() > 0) o.put("prepTime", Duration.ofMinutes(r.activeMinutes()).toString());
        if (r.totalMinutes() > r.activeMinutes()) o.put("cookTime", Duration.ofMinutes(r.totalMinutes() - r.activeMinutes()).toString());
        if (r.totalMinutes() > 0) o.put("totalTime", Duration.ofMinutes(r.totalMinutes()).toString());
        ArrayNode category = o.putArray("recipeCategory");
        r.meals().stream().sorted().forEach(m -> category.add(mealName(m, russian)));
        if (r.cuisine() != null && !r.cuisine().isBlank()) o.put("recipeCuisine", r.cuisine());
        Set<String> keywords = new LinkedHashSet<>(r.tags());
        keywords.remove("imported");
        if (!keywords.isEmpty()) o.put("keywords", String.join(", ", keywords));
        ArrayNode lines = o.putArray("recipeIngredient");
        ArrayNode exact = json.createArrayNode();
        for (Recipe.Ingredient ing : r.ingredients()) {
            lines.add(RecipeLines.ingredient(ing, russian));
            ObjectNode e = exact.addObject();
            e.put("food", ing.food());
            e.put("amount", ing.amount());
            e.put("unit", ing.unit());
            ObjectNode name = e.putObject("name");
            name.put("en", ing.name().en());
            if (ing.name().ru() != null && !ing.name().ru().isBlank()) name.put("ru", ing.name().ru());
            if (ing.optional()) e.put("optional", true);
            if (ing.key()) e.put("key", true);
        }
        ArrayNode steps = o.putArray("recipeInstructions");
        for (String step : RecipeLines.steps(r, russian)) steps.addObject().put("@type", "HowToStep").put("text", step);
        o.set("nutrition", nutrition(facts.perServing()));
        o.set(INGREDIENTS, exact);
        return o;
    }

    private ObjectNode nutrition(Nutrients perServing) {
        ObjectNode n = json.createObjectNode();
        n.put("@type", "NutritionInformation");
        NUTRITION.forEach((field, nutrient) -> {
            if (!perServing.isKnown(nutrient)) return;
            double v = perServing.get(nutrient);
            String number = nutrient == Nutrient.ENERGY || nutrient.unit().equals("mg") ? Long.toString(Math.round(v))
                    : String.format(Locale.ROOT, "%.1f", v).replaceAll("\\.0$", "");
            n.put(field, number + " " + nutrient.unit());
        });
        return n;
    }

    static String mealName(MealType m, boolean russian) {
        if (!russian) return m.key().substring(0, 1).toUpperCase(Locale.ROOT) + m.key().substring(1);
        return switch (m) {
            case BREAKFAST -> "Завтрак";
            case LUNCH -> "Обед";
            case DINNER -> "Ужин";
            case SNACK -> "Перекус";
        };
    }
}
