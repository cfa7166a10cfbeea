package dev.fridgechef.food;

import dev.fridgechef.text.TextNormalizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Which foods may stand in for one another: the family model of {@code fridgechef/food/families.tsv}
 * (the rules are written at the top of that file). One family is one kind of food in one state, so
 * any raw chicken cut serves a recipe's chicken thighs and any minced beef its ground beef, but
 * cheddar never serves cottage cheese and frozen fries never serve potatoes. The one place the
 * planner, "what can I cook", "I cooked it" and the AI plan check ask.
 */
public final class FoodFamilies {
    private static final String RESOURCE = "fridgechef/food/families.tsv";
    /** Groups whose unlisted foods share a family by head word, kind and state (rule 2). */
    private static final Set<String> BY_HEAD = Set.of("0900", "1100", "1600", "2000");
    private static final Set<String> STATE_WORDS = Set.of("raw", "canned", "frozen", "dried", "dry", "dehydrated", "cooked",
            "boiled", "baked", "roasted", "fried", "microwaved", "stewed", "juice", "paste", "puree", "pickled", "sweetened",
            "sauce", "drained", "sulfured", "candied", "flour", "mature", "sprouted", "frozen-prepared", "powder", "crushed");
    /** Food groups whose items spoil fast: dairy and eggs, poultry, sausages, pork, beef, fish, lamb. */
    private static final Set<String> PERISHABLE_GROUPS = Set.of("0100", "0500", "0700", "1000", "1300", "1500", "1700");
    private static final Pattern GREENS = Pattern.compile(
            "^(Lettuce|Spinach|Arugula|Kale|Dill weed, fresh|Parsley|Coriander \\(cilantro\\) leaves|Basil, fresh|Spearmint, fresh|"
                    + "Chives|Cabbage, chinese|Chard|Watercress|Onions, spring|Mushrooms)", Pattern.CASE_INSENSITIVE);

    private record Rule(String family, Pattern pattern) {
    }

    private static final FoodFamilies INSTANCE = load();

    private final List<Rule> rules;
    private final Map<String, Set<String>> exact; // recipe id -> SR21 ids that must not be substituted
    private final Map<String, Double> caps;       // family -> grams a person eats at most a day
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    private FoodFamilies(List<Rule> rules, Map<String, Set<String>> exact, Map<String, Double> caps) {
        this.rules = rules;
        this.exact = exact;
        this.caps = caps;
    }

    public static FoodFamilies get() {
        return INSTANCE;
    }

    /** The family key of a food: foods with equal keys stand in for one another. */
    public static String familyOf(Food food) {
        return INSTANCE.family(food);
    }

    public String family(Food food) {
        return cache.computeIfAbsent(food.id(), id -> compute(food));
    }

    private String compute(Food food) {
        for (Rule r : rules) {
            if (r.pattern().matcher(food.description()).find()) return "family:" + r.family();
        }
        String group = food.group() == null ? "" : food.group().code();
        if (!BY_HEAD.contains(group)) return "id:" + food.id();
        String[] parts = food.description().split(",");
        String head = String.join(" ", TextNormalizer.stems(parts[0]));
        String kind = "";
        TreeSet<String> state = new TreeSet<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].trim().toLowerCase(Locale.ROOT);
            boolean stateWord = false;
            for (String w : part.split("[\\s()/-]+")) {
                if (STATE_WORDS.contains(w)) {
                    state.add(w.equals("dry") || w.equals("dehydrated") ? "dried" : w);
                    stateWord = true;
                }
            }
            if (i == 1 && !stateWord && !part.startsWith("all ") && !part.startsWith("with") && !part.startsWith("without")) kind = part;
        }
        return "head:" + group + ":" + head + "|" + kind + "|" + String.join("+", state);
    }

    /** Whether {@code stock} may serve a recipe's {@code wanted} food in recipe {@code recipeId} (null: any recipe). */
    public boolean substitutes(String recipeId, Food wanted, Food stock) {
        if (wanted.id().equals(stock.id())) return true;
        if (recipeId != null && exact.getOrDefault(recipeId, Set.of()).contains(wanted.id())) return false;
        return family(wanted).equals(family(stock));
    }

    /** Whether recipe {@code recipeId} needs exactly {@code foodId} (an "exact" line). */
    public boolean exactIn(String recipeId, String foodId) {
        return exact.getOrDefault(recipeId, Set.of()).contains(foodId);
    }

    /** Grams of this food's family a person should eat at most in one day, or +∞. */
    public double dailyCap(Food food) {
        String f = family(food);
        return f.startsWith("family:") ? caps.getOrDefault(f.substring(7), Double.POSITIVE_INFINITY) : Double.POSITIVE_INFINITY;
    }

    /** Meat, fish, dairy, eggs and leafy greens/fresh herbs/mushrooms: what spoils within days. */
    public static boolean perishable(Food food) {
        String group = food.group() == null ? "" : food.group().code();
        if (food.description().matches("(?i).*\\b(canned|dried|dry|frozen|cured|smoked|pickled|powder)\\b.*")
                && !food.description().startsWith("Pork, cured, bacon")) return false;
        if (PERISHABLE_GROUPS.contains(group)) return !food.description().startsWith("Butter") && !food.description().startsWith("Cheese, parmesan");
        return GREENS.matcher(food.description()).find();
    }

    /** Meat, poultry, fish and dairy (the foods the quality goal on spoiling speaks of). */
    public static boolean meatFishDairy(Food food) {
        String group = food.group() == null ? "" : food.group().code();
        return PERISHABLE_GROUPS.contains(group);
    }

    private static FoodFamilies load() {
        try (InputStream in = FoodFamilies.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing " + RESOURCE);
            List<Rule> rules = new ArrayList<>();
            Map<String, Set<String>> exact = new HashMap<>();
            Map<String, Double> caps = new HashMap<>();
            Set<String> names = new HashSet<>();
            int n = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 3) throw new IllegalStateException(RESOURCE + ":" + n + ": expected 3 tab-separated fields");
                switch (f[0]) {
                    case "family" -> {
                        names.add(f[1]);
                        rules.add(new Rule(f[1], Pattern.compile(f[2].trim(), Pattern.CASE_INSENSITIVE)));
                    }
                    case "exact" -> exact.computeIfAbsent(f[1], k -> new HashSet<>()).add(f[2].trim());
                    case "cap" -> {
                        if (!names.contains(f[1])) throw new IllegalStateException(RESOURCE + ":" + n + ": unknown family " + f[1]);
                        caps.put(f[1], Double.parseDouble(f[2].trim()));
                    }
                    default -> throw new IllegalStateException(RESOURCE + ":" + n + ": unknown kind " + f[0]);
                }
            }
            return new FoodFamilies(List.copyOf(rules), exact, caps);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
