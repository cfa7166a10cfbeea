package dev.fridgechef.diet;

import dev.fridgechef.food.Food;
import dev.fridgechef.profile.Allergen;
import dev.fridgechef.profile.DietFlag;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.text.TextNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hard rules of a profile applied to foods: allergies, the diet (vegan ... omnivore), the
 * gluten-free / lactose-free / halal flags and dislikes. A food either passes or comes back with
 * every rule it breaks.
 */
public final class DietRules {
    public enum Rule { ALLERGEN, DIET, FLAG, DISLIKE }

    /** One broken rule; {@code detail} is the allergen, diet, flag or disliked word. */
    public record Violation(Rule rule, String detail) {
    }

    private final Profile profile;
    private final List<List<String>> dislikes;
    private final Map<String, List<Violation>> cache = new ConcurrentHashMap<>();

    public DietRules(Profile profile) {
        this.profile = profile;
        this.dislikes = profile.dislikes().stream().map(TextNormalizer::stems).filter(s -> !s.isEmpty()).toList();
    }

    public boolean allows(Food food) {
        return violations(food).isEmpty();
    }

    public List<Violation> violations(Food food) {
        return cache.computeIfAbsent(food.id(), id -> check(food));
    }

    private List<Violation> check(Food food) {
        FoodTraits t = FoodTraits.of(food);
        List<Violation> out = new ArrayList<>();
        for (Allergen a : profile.allergies()) {
            if (t.allergens().contains(a)) out.add(new Violation(Rule.ALLERGEN, a.key()));
        }
        if (t.breaks(profile.diet())) out.add(new Violation(Rule.DIET, profile.diet().key()));
        for (DietFlag f : profile.flags()) {
            boolean broken = switch (f) {
                case GLUTEN_FREE -> t.allergens().contains(Allergen.GLUTEN);
                case LACTOSE_FREE -> t.dairy() && !food.description().toLowerCase(java.util.Locale.ROOT).contains("lactose free");
                case HALAL -> t.pork() || t.alcohol();
            };
            if (broken) out.add(new Violation(Rule.FLAG, f.key()));
        }
        for (List<String> dislike : dislikes) {
            if (mentions(food, dislike)) out.add(new Violation(Rule.DISLIKE, String.join(" ", dislike)));
        }
        return List.copyOf(out);
    }

    /** SR21's group of fats and oils: olive oil is not olives, sunflower oil is not sunflower seeds. */
    private static final String FATS_AND_OILS = "0400";
    private static final java.util.Set<String> OIL_WORDS = java.util.Set.of("oil", "fat", "lard", "shortening", "margarine",
            "масл", "масло", "жир");

    /**
     * A dislike names whole foods: it matches when every one of its words is a whole word (same
     * stem, never a prefix or a part of a longer word) of the food's SR21 description or of its
     * English/Russian name. A food that is a product made from another one — an oil or fat — only
     * matches a dislike that names the oil too: "olives" bans olives, not olive oil; "olive oil"
     * bans olive oil; "грибы" bans mushrooms.
     */
    static boolean mentions(Food food, List<String> dislike) {
        if (food.group() != null && FATS_AND_OILS.equals(food.group().code())
                && dislike.stream().noneMatch(OIL_WORDS::contains)) {
            return false;
        }
        for (String name : List.of(food.description(), food.names().en() == null ? "" : food.names().en(),
                food.names().ru() == null ? "" : food.names().ru())) {
            List<String> words = TextNormalizer.stems(name);
            if (!words.isEmpty() && words.containsAll(dislike)) return true;
        }
        return false;
    }
}
