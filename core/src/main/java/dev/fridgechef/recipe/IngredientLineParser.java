package dev.fridgechef.recipe;

import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.HouseholdMeasure;
import dev.fridgechef.text.TextNormalizer;
import dev.fridgechef.unit.GramConversion;
import dev.fridgechef.unit.Unit;
import dev.fridgechef.unit.UnitKind;
import dev.fridgechef.unit.Units;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an ingredient line as recipe sites write it — "2 cups flour", "1 large egg",
 * "200 г творога", "1 1/2 tsp salt", "½ cup milk", "1 (14 oz) can tomatoes" — into an amount, a
 * unit and a food from the database. A line it cannot read or weigh comes back empty.
 */
public final class IngredientLineParser {
    private static final Map<Character, String> UNICODE_FRACTIONS = Map.of('½', " 1/2", '¼', " 1/4", '¾', " 3/4", '⅓', " 1/3",
            '⅔', " 2/3", '⅛', " 1/8");
    private static final Pattern QUANTITY = Pattern.compile(
            "^\\s*(\\d+\\s+\\d+/\\d+|\\d+/\\d+|\\d+(?:[.,]\\d+)?)(?:\\s*(?:-|–|to|до)\\s*(\\d+(?:[.,]\\d+)?))?\\s*(.*)$");
    /** Words that describe preparation, not the food. */
    private static final List<String> NOISE = List.of("chopped", "diced", "minced", "sliced", "grated", "fresh", "freshly",
            "finely", "roughly", "peeled", "large", "small", "medium", "to taste", "optional", "softened", "melted", "beaten",
            "мелко", "нарезанный", "нарезанные", "свежий", "свежая", "свежие", "по вкусу", "тертый", "натертый");
    /** A parenthesised size after the number, such as "(14 oz) can": the size of a pack. */
    private static final Pattern PACK = Pattern.compile(
            "^\\((\\d+(?:[.,]\\d+)?)\\s*(oz|g|г|ml|мл|lb)\\)\\s*(can|cans|jar|jars|pack|package|банка|пачка)?\\s*(.*)$");

    private final FoodDatabase foods;

    public IngredientLineParser(FoodDatabase foods) {
        this.foods = foods;
    }

    /** A line read: {@code amount} {@code unit} of {@code food}, weighing {@code grams}. */
    public record Parsed(String line, double amount, String unit, Food food, double grams) {
    }

    /** The line as {@code amount} {@code unit} of the food with this id, when the food is known and the amount can be weighed. */
    public Optional<Parsed> exact(String line, String foodId, double amount, String unit) {
        if (!(amount > 0)) return Optional.empty();
        return foods.byId(foodId).flatMap(f -> weigh(line, amount, Units.parse(unit), f));
    }

    public Optional<Parsed> parse(String line) {
        String text = clean(line);
        Matcher m = QUANTITY.matcher(text);
        double amount;
        String rest;
        if (m.matches()) {
            amount = number(m.group(1));
            if (m.group(2) != null) amount = (amount + number(m.group(2))) / 2; // "2-3 cloves": the middle
            rest = m.group(3);
        } else {
            return Optional.empty(); // "salt to taste": no amount to plan with
        }
        if (!(amount > 0)) return Optional.empty();
        // a parenthesised size such as "(14 oz)" after the number describes a pack: weigh that
        Matcher pack = PACK.matcher(rest);
        if (pack.matches()) {
            amount *= number(pack.group(1));
            boolean canned = pack.group(3) != null && pack.group(3).matches("cans?|банка");
            String foodText = pack.group(4);
            if (canned) {
                Optional<Parsed> p = resolve(line, amount, Units.parse(pack.group(2)), "canned " + foodText);
                if (p.isPresent()) return p;
            }
            return resolve(line, amount, Units.parse(pack.group(2)), foodText);
        }
        String[] words = rest.split("\\s+");
        for (int take = Math.min(3, words.length - 1); take >= 1; take--) {
            String unitText = String.join(" ", Arrays.copyOfRange(words, 0, take));
            Optional<Unit> unit = Units.standard(unitText);
            if (unit.isPresent()) {
                Optional<Parsed> p = resolve(line, amount, unit.get(), String.join(" ", Arrays.copyOfRange(words, take, words.length)));
                if (p.isPresent()) return p;
            }
        }
        // no standard unit: a household measure of the food ("1 large egg", "2 cloves garlic") or pieces
        for (int take = Math.min(2, words.length - 1); take >= 1; take--) {
            String measure = String.join(" ", Arrays.copyOfRange(words, 0, take));
            String foodText = String.join(" ", Arrays.copyOfRange(words, take, words.length));
            // "1 can kidney beans", "1 банка фасоли": the canned food, which is the one with a can weight
            Optional<Food> food = Units.householdCode(measure).equals("can")
                    ? cannedFood(foodText).or(() -> food(foodText))
                    : food(foodText);
            Optional<HouseholdMeasure> named = food.flatMap(f -> GramConversion.measureNamed(f, measure));
            if (named.isPresent()) {
                return weigh(line, amount, Unit.household(GramConversion.measureText(named.get())), food.get());
            }
        }
        return resolve(line, amount, Unit.PIECE, rest);
    }

    private Optional<Parsed> resolve(String line, double amount, Unit unit, String foodText) {
        return food(foodText).flatMap(f -> weigh(line, amount, unit, f));
    }

    private static Optional<Parsed> weigh(String line, double amount, Unit unit, Food food) {
        var grams = GramConversion.toGrams(food, amount, unit);
        if (grams.isEmpty() && unit.kind() == UnitKind.COUNT) return Optional.empty();
        return grams.isPresent() ? Optional.of(new Parsed(line, amount, unit.code(), food, grams.getAsDouble())) : Optional.empty();
    }

    /** The canned form of the food named ("kidney beans" → canned kidney beans), if it has a can weight. */
    private Optional<Food> cannedFood(String text) {
        String t = withoutNoise(text);
        if (t.isEmpty()) return Optional.empty();
        String canned = (Character.UnicodeBlock.of(t.charAt(0)) == Character.UnicodeBlock.CYRILLIC ? "консервированный " : "canned ") + t;
        var hits = foods.search().search(canned, 1);
        return hits.stream().map(h -> h.food()).filter(f -> GramConversion.measureNamed(f, "can").isPresent()).findFirst();
    }

    private static String withoutNoise(String text) {
        String t = " " + TextNormalizer.normalize(text.replaceAll("^(of|из)\\s+", "")) + " ";
        for (String noise : NOISE) t = t.replace(" " + noise + " ", " ");
        return t.trim();
    }

    private Optional<Food> food(String text) {
        String t = withoutNoise(text);
        if (t.isEmpty()) return Optional.empty();
        var hits = foods.search().search(t, 1);
        if (!hits.isEmpty()) return Optional.of(hits.get(0).food());
        // try the leading words alone ("flour, sifted" → "flour", "tomatoes in their juice" → "tomatoes")
        String[] words = t.split(" ");
        for (int n = words.length - 1; n >= 1; n--) {
            hits = foods.search().search(String.join(" ", Arrays.copyOfRange(words, 0, n)), 1);
            if (!hits.isEmpty()) return Optional.of(hits.get(0).food());
        }
        return Optional.empty();
    }

    private static String clean(String line) {
        StringBuilder b = new StringBuilder();
        for (char c : line.toCharArray()) b.append(UNICODE_FRACTIONS.getOrDefault(c, String.valueOf(c)));
        // cut what follows a comma ("flour, sifted") and notes in brackets that are not pack sizes
        String s = b.toString().trim().replaceAll("\\s+", " ");
        int comma = s.indexOf(',');
        if (comma > 0) s = s.substring(0, comma);
        return s.replaceAll("\\((?!\\s*\\d+(?:[.,]\\d+)?\\s*(?:oz|g|г|ml|мл|lb)\\s*\\))[^)]*\\)", " ").replaceAll("\\s+", " ").trim();
    }

    private static double number(String s) {
        String t = s.trim().replace(',', '.');
        if (t.contains(" ")) {
            String[] parts = t.split("\\s+");
            return Double.parseDouble(parts[0]) + number(parts[1]);
        }
        if (t.contains("/")) {
            String[] p = t.split("/");
            double d = Double.parseDouble(p[1]);
            return d == 0 ? 0 : Double.parseDouble(p[0]) / d;
        }
        return Double.parseDouble(t);
    }
}
