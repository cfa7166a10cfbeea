package dev.fridgechef.plan;

import dev.fridgechef.food.Food;
import dev.fridgechef.text.TextNormalizer;

import java.util.Set;

/**
 * Which stock can stand in for a recipe's food. Plain staples whose variants cook alike share a
 * family by the head of their description ("Butter, salted" and "Butter, without salt" are both
 * "butter"; "Milk, whole" and "Milk, reduced fat" are "milk"). Meat, fish, nuts, spices and
 * everything else must match exactly: a chicken thigh is no chicken breast.
 */
public final class Substitutes {
    /** Dairy and eggs, fats and oils, fruits, vegetables, legumes, cereal grains and pasta. */
    private static final Set<String> BY_HEAD = Set.of("0100", "0400", "0900", "1100", "1600", "2000");

    private Substitutes() {
    }

    public static String familyOf(Food food) {
        if (!BY_HEAD.contains(food.group().code())) return "id:" + food.id();
        String head = food.description().split(",", 2)[0];
        return "head:" + food.group().code() + ":" + String.join(" ", TextNormalizer.stems(head));
    }
}
