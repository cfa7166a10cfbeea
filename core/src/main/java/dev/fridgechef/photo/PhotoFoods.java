package dev.fridgechef.photo;

import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.FoodMatch;
import dev.fridgechef.text.TextNormalizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a component a vision model saw to a database food. Its name decides: an id the model gives is
 * taken only when it is a database food whose names share a word with the component's (a real id
 * of another food, or an invented one, is not trusted). A name no food matches word for word is
 * tried again without each of its words in turn ("grilled chicken breast" → "chicken breast"); what
 * still matches nothing stays unmatched for the person to replace or drop.
 */
final class PhotoFoods {
    /** Words of state and cut that say nothing about which food it is. */
    private static final Set<String> STATE_WORDS = Set.of("raw", "cooked", "boiled", "fried", "roasted", "baked", "grilled", "steamed",
            "stewed", "fresh", "plain", "sliced", "chopped", "whole", "with", "and", "without", "of", "in");

    private final FoodDatabase foods;

    PhotoFoods(FoodDatabase foods) {
        this.foods = foods;
    }

    Optional<Food> match(String name, String foodId) {
        Optional<Food> byId = byId(foodId);
        if (byId.isPresent() && sharesAWord(name, byId.get())) return byId;
        return byName(name);
    }

    private Optional<Food> byId(String id) {
        String t = id == null ? "" : id.trim();
        if (t.matches("\\d{4}")) t = "0" + t;
        if (!t.matches("\\d{5}|FC\\d{3}")) return Optional.empty();
        return foods.byId(t);
    }

    private Optional<Food> byName(String name) {
        List<FoodMatch> whole = foods.search().search(name, 1);
        if (!whole.isEmpty()) return Optional.of(whole.get(0).food());
        List<String> words = TextNormalizer.tokens(name);
        if (words.size() < 2) return Optional.empty();
        FoodMatch best = null;
        for (int skip = 0; skip < words.size(); skip++) {
            List<String> rest = new ArrayList<>(words);
            rest.remove(skip);
            if (rest.stream().allMatch(w -> STATE_WORDS.contains(TextNormalizer.stem(w)))) continue;
            List<FoodMatch> found = foods.search().search(String.join(" ", rest), 1);
            if (!found.isEmpty() && (best == null || found.get(0).score() > best.score())) best = found.get(0);
        }
        return Optional.ofNullable(best).map(FoodMatch::food);
    }

    private static boolean sharesAWord(String name, Food food) {
        Set<String> foodWords = new HashSet<>(TextNormalizer.stems(food.description()));
        foodWords.addAll(TextNormalizer.stems(food.displayName(false)));
        for (String s : TextNormalizer.stems(name)) {
            if (!STATE_WORDS.contains(s) && foodWords.contains(s)) return true;
        }
        return false;
    }
}
