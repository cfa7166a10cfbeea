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

    /** A dislike matches when all its words appear in the food's description or its English/Russian names. */
    private static boolean mentions(Food food, List<String> dislike) {
        for (String name : List.of(food.description(), food.names().en(), food.names().ru())) {
            List<String> words = TextNormalizer.stems(name);
            if (!words.isEmpty() && words.containsAll(dislike)) return true;
        }
        return false;
    }
}
