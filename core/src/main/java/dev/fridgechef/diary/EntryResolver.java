package dev.fridgechef.diary;

import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.FoodMatch;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.ItemValidator;
import dev.fridgechef.recipe.RecipeFacts;
import dev.fridgechef.recipe.RecipeLibrary;
import dev.fridgechef.text.TextNormalizer;
import dev.fridgechef.unit.GramConversion;
import dev.fridgechef.unit.QuantityParser;
import dev.fridgechef.unit.Unit;
import dev.fridgechef.unit.UnitKind;
import dev.fridgechef.unit.Units;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a person says they ate into foods and grams. A recipe wins when the text is a recipe's
 * id or title, or when servings are given; otherwise it is a food with an optional amount ("apple",
 * "apple 150 g", "apple 150g", "2 eggs"; without an amount one piece, where the food has pieces); several foods separated by
 * commas or "+" are a dish. A name that fits several things equally well is refused with the
 * candidates, never guessed.
 */
public final class EntryResolver {
    /** How far the best food must score above the next one to be taken without asking (a curated name always is). */
    static final double CLEAR_LEAD = 1.0;
    private static final double EXACT_ALIAS = 95;
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?|\\d+/\\d+");
    private static final Pattern TRAILING = Pattern.compile("(.*?\\S)\\s+(\\d+(?:[.,]\\d+)?|\\d+/\\d+)\\s*(\\p{L}[\\p{L}. ]*)?");
    private static final Pattern LEADING = Pattern.compile("(\\d+(?:[.,]\\d+)?|\\d+/\\d+)\\s*(\\S+)(?:\\s+(.+))?");
    private static final Pattern DISH_SEPARATOR = Pattern.compile("\\s*(?:(?<!\\d),|,(?!\\d)|\\s\\+\\s)\\s*");
    private static final int CANDIDATES = 5;

    private final FoodDatabase foods;
    private final Supplier<RecipeLibrary> recipes;

    public EntryResolver(FoodDatabase foods, Supplier<RecipeLibrary> recipes) {
        this.foods = foods;
        this.recipes = recipes;
    }

    /** A food, an amount as written (or null) and the unit (or null). */
    record Amounted(String name, String quantity, String unit) {
    }

    /**
     * What {@code text} names; {@code servings} (or null) asks for a recipe; {@code dishName} (or null)
     * names a dish of several foods.
     */
    public NewEntry resolve(String text, Double servings, String dishName) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) throw new UserException("error.diary.what");
        List<String> parts = List.of(DISH_SEPARATOR.split(t));
        if (parts.size() > 1 || dishName != null) {
            if (servings != null) throw new UserException("error.diary.dish.servings");
            return dish(dishName != null && !dishName.isBlank() ? dishName.strip() : t, parts);
        }
        Amounted a = split(t);
        RecipeFacts exact = exactRecipe(a.name());
        if (exact != null && (a.quantity() == null || servings == null)) return recipe(exact, servings, a);
        if (servings != null) {
            if (a.quantity() != null) throw new UserException("error.diary.servings.amount", t);
            return recipe(namedRecipe(a.name()), servings, a);
        }
        return food(a);
    }

    /** {@code servings} of the library recipe {@code recipeId}. */
    public NewEntry recipe(String recipeId, double servings) {
        RecipeFacts r = recipes.get().byId(recipeId.strip()).orElseThrow(() -> new UserException("error.diary.recipe.unknown", recipeId));
        return recipe(r, servings, new Amounted(r.recipe().id(), null, null));
    }

    /** {@code grams} of {@code food}. */
    public static NewEntry food(Food food, double grams) {
        return food(food, new Amounted(food.displayName(false), QuantityParser.format(grams), "g"));
    }

    private NewEntry food(Amounted a) {
        return food(food(a.name()), a);
    }

    private static NewEntry food(Food food, Amounted a) {
        FoodPortion portion = portion(food, a);
        return new NewEntry(EntryKind.FOOD, null, food.id(), food.displayName(false), null, null, portion.amount(), List.of(portion));
    }

    private NewEntry dish(String name, List<String> parts) {
        List<FoodPortion> portions = new ArrayList<>();
        for (String part : parts) {
            if (part.isBlank()) continue;
            Amounted a = split(part);
            portions.add(portion(food(a.name()), a));
        }
        if (portions.isEmpty()) throw new UserException("error.diary.what");
        return new NewEntry(EntryKind.DISH, null, null, name, null, null, null, portions);
    }

    private static NewEntry recipe(RecipeFacts r, Double servings, Amounted a) {
        double portions = servings != null ? servings : 1;
        if (a.quantity() != null) portions = servingsFor(r, a);
        checkServings(portions);
        return new NewEntry(EntryKind.RECIPE, r.recipe().id(), null, r.recipe().title(false), r.recipe().title(true), QuantityParser.round(portions), null,
                portionsOf(r, portions));
    }

    /** "borscht 300 g": the servings of that many grams. */
    private static double servingsFor(RecipeFacts r, Amounted a) {
        Unit unit = a.unit() == null ? Unit.PIECE : Units.parse(a.unit());
        if (unit.kind() != UnitKind.MASS) throw new UserException("error.diary.recipe.grams", a.quantity() + " " + a.unit());
        double grams = QuantityParser.parse(a.quantity()) * unit.factor();
        return grams / gramsPerServing(r);
    }

    static double gramsPerServing(RecipeFacts r) {
        double total = 0;
        for (int i = 0; i < r.foods().size(); i++) {
            if (!r.recipe().ingredients().get(i).optional()) total += r.grams()[i];
        }
        return total / r.recipe().servings();
    }

    /** The recipe's required foods and grams for {@code servings}, a food used twice merged. */
    public static List<FoodPortion> portionsOf(RecipeFacts r, double servings) {
        java.util.Map<String, Double> grams = new java.util.LinkedHashMap<>();
        for (int i = 0; i < r.foods().size(); i++) {
            if (r.recipe().ingredients().get(i).optional()) continue;
            grams.merge(r.foods().get(i).id(), r.gramsFor(i, servings), Double::sum);
        }
        return grams.entrySet().stream().map(e -> FoodPortion.grams(e.getKey(), QuantityParser.round(e.getValue()))).toList();
    }

    static void checkServings(double servings) {
        if (!(servings > 0) || servings > 50) throw new UserException("error.diary.servings", QuantityParser.format(servings));
    }

    private static FoodPortion portion(Food food, Amounted a) {
        if (a.quantity() == null) {
            // "one" of a food that has no pieces (milk, rice) means nothing: ask rather than log a weight nobody knows
            OptionalDouble g = GramConversion.toGrams(food, 1, Unit.PIECE);
            if (g.isEmpty()) throw new UserException("error.diary.amount", food.displayName(false), a.name());
            return new FoodPortion(food.id(), QuantityParser.round(g.getAsDouble()), "1 pcs");
        }
        double quantity = QuantityParser.parse(a.quantity());
        String unit = ItemValidator.canonicalUnit(a.unit() == null ? Unit.PIECE.code() : a.unit(), food);
        OptionalDouble g = GramConversion.toGrams(food, quantity, Units.parse(unit));
        return new FoodPortion(food.id(), g.isPresent() ? QuantityParser.round(g.getAsDouble()) : null, QuantityParser.format(quantity) + " " + unit);
    }

    /** The food a name means: a curated name, the only match, or one well ahead of the next; else the candidates are listed. */
    public Food food(String name) {
        List<FoodMatch> found = foods.search().search(name, CANDIDATES + 1);
        if (found.isEmpty()) throw new UserException("error.diary.unknown", name);
        FoodMatch top = found.get(0);
        if (found.size() == 1 || top.score() >= EXACT_ALIAS || top.score() - found.get(1).score() >= CLEAR_LEAD) return top.food();
        List<String> names = found.stream().limit(CANDIDATES).map(m -> m.food().displayName(false) + " [" + m.food().id() + "]").toList();
        throw new UserException("error.diary.ambiguous", name, String.join("; ", names));
    }

    private RecipeFacts exactRecipe(String name) {
        String n = TextNormalizer.normalize(name);
        for (RecipeFacts r : recipes.get().all()) {
            if (r.recipe().id().equalsIgnoreCase(name.strip()) || n.equals(TextNormalizer.normalize(r.recipe().title(false)))
                    || n.equals(TextNormalizer.normalize(r.recipe().title(true)))) {
                return r;
            }
        }
        return null;
    }

    /**
     * The recipe whose title holds every word of {@code name} with the fewest other words ("borscht"
     * is "Borscht with beef" rather than "Vegan borscht with red beans"); a tie is refused.
     */
    private RecipeFacts namedRecipe(String name) {
        List<String> words = TextNormalizer.stems(name);
        record Found(RecipeFacts recipe, int extraWords) {
        }
        List<Found> found = new ArrayList<>();
        for (RecipeFacts r : recipes.get().all()) {
            int extra = Integer.MAX_VALUE;
            for (boolean ru : new boolean[] {false, true}) {
                List<String> title = TextNormalizer.stems(r.recipe().title(ru));
                if (title.containsAll(words)) extra = Math.min(extra, title.size() - words.size());
            }
            if (extra < Integer.MAX_VALUE) found.add(new Found(r, extra));
        }
        if (found.isEmpty()) throw new UserException("error.diary.recipe.unknown", name);
        found.sort(java.util.Comparator.comparingInt(Found::extraWords).thenComparing(f -> f.recipe().recipe().id()));
        if (found.size() > 1 && found.get(0).extraWords() == found.get(1).extraWords()) {
            throw new UserException("error.diary.ambiguous", name, String.join("; ", found.stream().limit(CANDIDATES)
                    .map(f -> f.recipe().recipe().title(false) + " [" + f.recipe().recipe().id() + "]").toList()));
        }
        return found.get(0).recipe();
    }

    /** "apple 150 g", "apple 150g", "2 eggs", "150 g cheese", "apple": the name, the quantity and the unit as written. */
    static Amounted split(String text) {
        String t = text.strip().replaceAll("(\\d)(\\p{L})", "$1 $2");
        Matcher trailing = TRAILING.matcher(t);
        if (trailing.matches() && !NUMBER.matcher(trailing.group(1)).matches()) {
            String unit = trailing.group(3) == null ? null : trailing.group(3).strip();
            return new Amounted(trailing.group(1), trailing.group(2), unit);
        }
        Matcher leading = LEADING.matcher(t);
        if (leading.matches()) {
            boolean unitGiven = leading.group(3) != null && (Units.standard(leading.group(2)).isPresent()
                    || !Units.householdCode(leading.group(2)).equals(TextNormalizer.normalize(leading.group(2))));
            if (unitGiven) return new Amounted(leading.group(3), leading.group(1), leading.group(2));
            String name = leading.group(3) == null ? leading.group(2) : leading.group(2) + " " + leading.group(3);
            return new Amounted(name, leading.group(1), null);
        }
        return new Amounted(t, null, null);
    }
}
