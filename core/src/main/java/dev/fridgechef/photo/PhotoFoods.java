package dev.fridgechef.photo;

import dev.fridgechef.Lazy;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.FoodMatch;
import dev.fridgechef.text.TextNormalizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Maps a component a vision model saw ("rice white cooked", 180 g) to a database food. Its name
 * decides: an id the model gives is taken only when it is a database food whose names share a word
 * with the component's (a real id of another food, or an invented one, is not trusted).
 * <p>
 * The food itself is found by its name without the words of state (a curated alias first: "rice"),
 * and the state is then honoured, because cooked and raw weigh so differently: a food said to be
 * cooked (roasted, boiled ...) whose alias names the raw or dry food becomes that food's cooked twin
 * in the table ("rice" is "Rice, white, long-grain, regular, raw, enriched"; "rice cooked" "Rice,
 * white, long-grain, regular, cooked, enriched, with salt"). A name that finds nothing whole is tried without each of its words in
 * turn; what still matches nothing stays unmatched for the person to replace or drop.
 */
final class PhotoFoods {
    /** Words of cooking: a food said to be in one of these states is not its raw form. */
    private static final Set<String> COOKING = stems("cooked boiled fried roasted baked grilled steamed stewed braised broiled "
            + "poached scrambled mashed toasted smoked sauteed");
    /** Words that say nothing about which food it is. */
    private static final Set<String> NEUTRAL = stems("raw fresh plain sliced chopped whole with and without of in");
    /** Words of a food not cooked yet ("Macaroni, dry", "Broccoli, frozen, unprepared"). */
    private static final Set<String> UNCOOKED = stems("raw dry uncooked unprepared");
    /** Words of preparation that hardly change a cooked food's energy. */
    private static final Set<String> PREPARATION = stems("drained salt");
    /** Cooking words the table lists another way: grilled meat is roasted or broiled there. */
    private static final Map<String, Set<String>> NEAR_STATES = Map.of(
            TextNormalizer.stem("grilled"), stems("broiled roasted"),
            TextNormalizer.stem("baked"), stems("roasted"),
            TextNormalizer.stem("steamed"), stems("boiled"),
            TextNormalizer.stem("sauteed"), stems("fried"));
    private static final String COOK = TextNormalizer.stem("cooked");
    private static final String RAW = TextNormalizer.stem("raw");

    private final FoodDatabase foods;
    /** The stems of each food's description, by id, made on first use. */
    private final Lazy<Map<String, Set<String>>> descriptions;
    /** The stems of the first part of each food's description, by id. */
    private final Lazy<Map<String, String>> heads;

    PhotoFoods(FoodDatabase foods) {
        this.foods = foods;
        this.descriptions = new Lazy<>(() -> foods.all().stream().collect(Collectors.toMap(Food::id, f -> Set.copyOf(stemsOf(f.description())))));
        this.heads = new Lazy<>(() -> foods.all().stream().collect(Collectors.toMap(Food::id, PhotoFoods::head)));
    }

    Optional<Food> match(String name, String foodId) {
        Optional<Food> byId = byId(foodId);
        if (byId.isPresent() && sharesAWord(name, byId.get())) return byId;
        List<String> words = TextNormalizer.tokens(name);
        Set<String> state = words.stream().map(TextNormalizer::stem).filter(COOKING::contains).collect(Collectors.toSet());
        List<String> core = words.stream().filter(w -> !COOKING.contains(TextNormalizer.stem(w)) && !NEUTRAL.contains(TextNormalizer.stem(w))).toList();
        Optional<Food> found = byAlias(String.join(" ", core), state);
        if (found.isEmpty()) found = best(name, state).map(FoodMatch::food);
        for (int skip = 0; found.isEmpty() && core.size() > 1 && skip < core.size(); skip++) {
            List<String> rest = new ArrayList<>(core);
            rest.remove(skip);
            found = byAlias(String.join(" ", rest), state);
        }
        return found.isPresent() ? found : byNameWithoutAWord(words, state);
    }

    /** The food a curated alias names, in the cooked state asked for when there is one. */
    private Optional<Food> byAlias(String core, Set<String> state) {
        if (core.isEmpty()) return Optional.empty();
        Optional<Food> alias = foods.search().search(core, 1).stream().filter(FoodMatch::viaAlias).map(FoodMatch::food).findFirst();
        if (alias.isEmpty() || state.isEmpty() || descriptions.get().get(alias.get().id()).stream().noneMatch(UNCOOKED::contains)) return alias;
        Optional<Food> twin = cookedTwin(alias.get(), state);
        return twin.isPresent() ? twin : alias;
    }

    private Optional<Food> byId(String id) {
        String t = id == null ? "" : id.trim();
        if (t.matches("\\d{4}")) t = "0" + t;
        if (!t.matches("\\d{5}|FC\\d{3}")) return Optional.empty();
        return foods.byId(t);
    }

    /**
     * The cooked form of {@code raw}: a food whose description starts as the raw food's does, says it
     * is cooked and not raw, ideally in the state asked (or a near one: grilled meat is listed
     * roasted or broiled), with the fewest words missing or added besides cooking, salt and draining.
     */
    private Optional<Food> cookedTwin(Food raw, Set<String> state) {
        Set<String> base = new HashSet<>(descriptions.get().get(raw.id()));
        base.removeAll(NEUTRAL);
        base.removeAll(UNCOOKED);
        String head = head(raw);
        Set<String> near = new HashSet<>(state);
        state.forEach(s -> near.addAll(NEAR_STATES.getOrDefault(s, Set.of())));
        return descriptions.get().entrySet().stream()
                .filter(e -> !e.getKey().equals(raw.id()) && cooked(e.getValue(), state) && head.equals(heads.get().get(e.getKey())))
                .min(Comparator.<Map.Entry<String, Set<String>>>comparingInt(e -> near.stream().anyMatch(e.getValue()::contains) ? 0 : 1)
                        .thenComparingInt(e -> distance(base, e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .flatMap(e -> foods.byId(e.getKey()));
    }

    /** Cooked and not raw; "dry" means uncooked only where the food is not said to be cooked ("Fish, salmon, cooked, dry heat"). */
    private static boolean cooked(Set<String> description, Set<String> state) {
        if (description.contains(COOK)) return !description.contains(RAW);
        return description.stream().noneMatch(UNCOOKED::contains) && state.stream().anyMatch(description::contains);
    }

    /** The first part of a description, which names the food: "Rice" of "Rice, white, long-grain ...". */
    private static String head(Food food) {
        return String.join(" ", stemsOf(food.description().split(",")[0]));
    }

    private static int distance(Set<String> base, Set<String> other) {
        int missing = (int) base.stream().filter(w -> !other.contains(w)).count();
        int added = (int) other.stream().filter(w -> !base.contains(w) && !COOKING.contains(w) && !NEUTRAL.contains(w) && !PREPARATION.contains(w)).count();
        return missing + added;
    }

    /** The best description match of the name without one of its words. */
    private Optional<Food> byNameWithoutAWord(List<String> words, Set<String> state) {
        if (words.size() < 2) return Optional.empty();
        FoodMatch best = null;
        for (int skip = 0; skip < words.size(); skip++) {
            List<String> rest = new ArrayList<>(words);
            rest.remove(skip);
            Set<String> restStems = stems(String.join(" ", rest));
            if (COOKING.containsAll(restStems) || NEUTRAL.containsAll(restStems)) continue;
            Optional<FoodMatch> found = best(String.join(" ", rest), state);
            if (found.isPresent() && (best == null || found.get().score() > best.score())) best = found.get();
        }
        return Optional.ofNullable(best).map(FoodMatch::food);
    }

    private Optional<FoodMatch> best(String query, Set<String> state) {
        List<FoodMatch> found = foods.search().search(query, 20);
        if (!state.isEmpty()) {
            Optional<FoodMatch> cooked = found.stream().filter(m -> cooked(descriptions.get().get(m.food().id()), state)).findFirst();
            if (cooked.isPresent()) return cooked;
        }
        return found.stream().findFirst();
    }

    private boolean sharesAWord(String name, Food food) {
        Set<String> foodWords = new HashSet<>(descriptions.get().get(food.id()));
        foodWords.addAll(stemsOf(food.displayName(false)));
        for (String s : stemsOf(name)) {
            if (!COOKING.contains(s) && !NEUTRAL.contains(s) && foodWords.contains(s)) return true;
        }
        return false;
    }

    private static List<String> stemsOf(String text) {
        return TextNormalizer.stems(text);
    }

    private static Set<String> stems(String words) {
        return Set.copyOf(TextNormalizer.stems(words));
    }
}
