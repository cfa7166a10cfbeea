package dev.fridgechef.recipe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.food.LocalizedNames;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.text.TextNormalizer;

import java.io.IOException;
import java.io.Reader;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads schema.org {@code Recipe} objects from JSON-LD, as recipe sites publish them and as Mealie
 * and Tandoor export them: a single object, an array, or a {@code @graph}. Ingredient lines are
 * mapped to foods by {@link IngredientLineParser}; lines it cannot map are reported, not guessed.
 * The heaviest ingredient that is not a staple is marked as the key one ({@link KeyIngredients}).
 */
public final class JsonLdRecipeReader {
    private static final Pattern NUMBER = Pattern.compile("(\\d+)");

    private final ObjectMapper json;
    private final IngredientLineParser lines;

    public JsonLdRecipeReader(ObjectMapper json, IngredientLineParser lines) {
        this.json = json;
        this.lines = lines;
    }

    /** One recipe read: the recipe with the ingredients that mapped, and the lines that did not. */
    public record Imported(Recipe recipe, List<String> unmapped) {
    }

    public List<Imported> read(Reader in) {
        JsonNode root;
        try {
            root = json.readTree(in);
        } catch (IOException e) {
            throw new UserException("error.json.syntax", e.getMessage());
        }
        List<JsonNode> recipes = new ArrayList<>();
        collect(root, recipes);
        if (recipes.isEmpty()) throw new UserException("error.recipe.none");
        List<Imported> out = new ArrayList<>();
        for (JsonNode r : recipes) out.add(convert(r));
        return out;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) return;
        if (node.isArray()) {
            for (JsonNode n : node) collect(n, out);
        } else if (node.isObject()) {
            if (isRecipe(node.get("@type"))) out.add(node);
            else collect(node.get("@graph"), out);
        }
    }

    private static boolean isRecipe(JsonNode type) {
        if (type == null) return false;
        if (type.isArray()) {
            for (JsonNode t : type) if ("Recipe".equals(t.asText())) return true;
            return false;
        }
        return "Recipe".equals(type.asText());
    }

    private Imported convert(JsonNode r) {
        String name = text(r.get("name"));
        if (name.isBlank()) throw new UserException("error.recipe.noname");
        List<Recipe.Ingredient> ingredients = new ArrayList<>();
        List<dev.fridgechef.food.Food> foods = new ArrayList<>();
        List<Double> grams = new ArrayList<>();
        List<String> unmapped = new ArrayList<>();
        JsonNode ingredientLines = r.has("recipeIngredient") ? r.get("recipeIngredient") : r.get("ingredients");
        List<String> texts = strings(ingredientLines);
        JsonNode exact = r.path(RecipeJsonLd.INGREDIENTS);
        boolean fromFridgeChef = exact.isArray() && exact.size() == texts.size();
        for (int i = 0; i < texts.size(); i++) {
            String line = texts.get(i);
            JsonNode e = fromFridgeChef ? exact.get(i) : null;
            // a line Fridge Chef wrote names its food exactly; any other line (or an unknown food id) is parsed
            var parsed = e == null ? java.util.Optional.<IngredientLineParser.Parsed>empty()
                    : lines.exact(line, e.path("food").asText(), e.path("amount").asDouble(), e.path("unit").asText());
            if (parsed.isEmpty()) parsed = lines.parse(line);
            if (parsed.isPresent()) {
                var p = parsed.get();
                ingredients.add(new Recipe.Ingredient(p.food().id(), p.amount(), p.unit(), names(e, line),
                        e != null && e.path("optional").asBoolean(), e != null && e.path("key").asBoolean()));
                foods.add(p.food());
                grams.add(p.grams());
            } else {
                unmapped.add(line);
            }
        }
        if (ingredients.isEmpty()) throw new UserException("error.recipe.noingredients", name);
        List<String> steps = instructions(r.get("recipeInstructions"));
        int total = minutes(r.get("totalTime"));
        int active = minutes(r.get("prepTime"));
        int cook = minutes(r.get("cookTime"));
        if (total == 0) total = active + cook;
        if (active == 0) active = total;
        if (total == 0) total = active = 30;
        String cuisine = strings(r.get("recipeCuisine")).stream().findFirst().orElse("international").toLowerCase(Locale.ROOT);
        List<String> tags = new ArrayList<>(strings(r.get("keywords")).stream()
                .flatMap(k -> List.of(k.split(",")).stream()).map(String::trim).filter(s -> !s.isEmpty()).toList());
        tags.add("imported");
        Recipe recipe = new Recipe(slug(name), new LocalizedNames(name, name), meals(r.get("recipeCategory"), name), servings(r.get("recipeYield")),
                Math.min(active, total), total, cuisine, tags, ingredients, new Recipe.Steps(steps, steps));
        // the main ingredient, by the documented heuristic of KeyIngredients: heaviest non-staple
        recipe = KeyIngredients.markHeaviest(recipe, foods, grams.stream().mapToDouble(Double::doubleValue).toArray());
        return new Imported(recipe, unmapped);
    }

    private static Set<MealType> meals(JsonNode category, String name) {
        Set<MealType> meals = EnumSet.noneOf(MealType.class);
        String text = TextNormalizer.normalize(String.join(" ", strings(category)) + " " + name);
        if (text.matches("(?U).*\\b(breakfast|brunch|завтрак|каша|porridge|pancake|омлет|omelet+e?)\\b.*")) meals.add(MealType.BREAKFAST);
        if (text.matches("(?U).*\\b(snack|appetizer|dessert|side|перекус|закуска|десерт)\\b.*")) meals.add(MealType.SNACK);
        if (text.matches("(?U).*\\b(lunch|dinner|main|main course|soup|salad|entree|обед|ужин|суп|салат|основное)\\b.*") || meals.isEmpty()) {
            meals.add(MealType.LUNCH);
            meals.add(MealType.DINNER);
        }
        return meals;
    }

    private static int servings(JsonNode yield) {
        for (String s : strings(yield)) {
            Matcher m = NUMBER.matcher(s);
            if (m.find()) {
                int n = Integer.parseInt(m.group(1));
                if (n >= 1 && n <= 50) return n;
            }
        }
        return 1;
    }

    private static int minutes(JsonNode duration) {
        String d = text(duration);
        if (d.isBlank()) return 0;
        try {
            return (int) Math.min(24 * 60, Duration.parse(d).toMinutes());
        } catch (DateTimeParseException e) {
            return 0;
        }
    }

    private static List<String> instructions(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) return out;
        if (node.isTextual()) {
            for (String line : node.asText().split("\\r?\\n")) if (!line.isBlank()) out.add(line.trim());
        } else if (node.isArray()) {
            for (JsonNode n : node) out.addAll(instructions(n));
        } else if (node.isObject()) {
            if (node.has("itemListElement")) out.addAll(instructions(node.get("itemListElement")));
            else if (node.has("text")) out.add(node.get("text").asText().trim());
        }
        return out;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) return out;
        if (node.isArray()) {
            for (JsonNode n : node) out.addAll(strings(n));
        } else if (node.isObject()) {
            if (node.has("name")) out.add(node.get("name").asText());
            else if (node.has("text")) out.add(node.get("text").asText());
        } else if (!node.asText().isBlank()) {
            out.add(node.asText().trim());
        }
        return out;
    }

    private static String text(JsonNode node) {
        List<String> s = strings(node);
        return s.isEmpty() ? "" : s.get(0);
    }

    /** The ingredient's names Fridge Chef wrote beside the line, else the line itself in both languages. */
    private static LocalizedNames names(JsonNode exact, String line) {
        JsonNode name = exact == null ? null : exact.get("name");
        if (name == null || !name.path("en").isTextual() || name.path("en").asText().isBlank()) return new LocalizedNames(line, line);
        return new LocalizedNames(name.get("en").asText(), name.path("ru").isTextual() ? name.get("ru").asText() : null);
    }

    /** An id from the name: "Grandma's Borscht!" → "imported-grandma-s-borscht". */
    static String slug(String name) {
        String base = TextNormalizer.normalize(name).replace(' ', '-').replace("%", "");
        return "imported-" + (base.isEmpty() ? "recipe" : base.length() > 60 ? base.substring(0, 60) : base);
    }

}
