package dev.fridgechef.gui.plan;

import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.plan.MealPlan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the banners after generating say, in the shown language: the plan's substitutions (from the
 * meals, which carry both languages' names), what will spoil (freeze it or cook it today) and the
 * planner's other warnings, with dates in the language's format.
 */
final class PlanNotices {
    private static final Set<String> SPOIL = Set.of("plan.warning.freeze", "plan.warning.spoils");
    private static final String SUBSTITUTE = "plan.warning.substitute";

    record Lines(List<String> substitutions, List<String> spoil, List<String> other) {
    }

    private PlanNotices() {
    }

    static Lines of(GuiSession session, MealPlan plan) {
        return new Lines(substitutions(session, plan), plan.warnings().stream().filter(w -> SPOIL.contains(w.key()))
                .map(w -> w.text(session.messages(), session.app().foods())).toList(),
                plan.warnings().stream().filter(w -> !SPOIL.contains(w.key()) && !w.key().equals(SUBSTITUTE))
                        .map(w -> w.text(session.messages(), session.app().foods())).toList());
    }

    /** "Your cheddar instead of gouda: Mac and cheese, Omelette", one line per pair of foods. */
    static List<String> substitutions(GuiSession session, MealPlan plan) {
        boolean ru = session.russian();
        Map<String, String[]> names = new LinkedHashMap<>();
        Map<String, Set<String>> dishes = new LinkedHashMap<>();
        for (MealPlan.Day day : plan.plan()) {
            for (MealPlan.Meal meal : day.meals()) {
                for (MealPlan.Substitution s : meal.substitutions()) {
                    String key = s.recipeFoodId() + ">" + s.usedFoodId();
                    names.putIfAbsent(key, new String[] {ru ? s.usedNameRu() : s.usedNameEn(), ru ? s.recipeNameRu() : s.recipeNameEn()});
                    dishes.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(ru ? meal.titleRu() : meal.titleEn());
                }
            }
        }
        List<String> out = new ArrayList<>();
        names.forEach((key, n) -> out.add(session.text("planview.banner.substitute", n[0], n[1], String.join(", ", dishes.get(key)))));
        return out;
    }

    /** The short "↔ cheddar" of a meal card, or null when the meal uses the recipe's own foods. */
    static String cardLine(GuiSession session, MealPlan.Meal meal) {
        if (meal.substitutions().isEmpty()) return null;
        boolean ru = session.russian();
        return "↔ " + String.join(", ", new LinkedHashSet<>(meal.substitutions().stream()
                .map(s -> ru ? s.usedNameRu() : s.usedNameEn()).toList()));
    }

    /** The card's tooltip line for each substitution: "Your cheddar instead of gouda". */
    static String cardTooltip(GuiSession session, MealPlan.Meal meal) {
        boolean ru = session.russian();
        return String.join("\n", meal.substitutions().stream().map(s -> session.text("planview.card.substitute",
                ru ? s.usedNameRu() : s.usedNameEn(), ru ? s.recipeNameRu() : s.recipeNameEn())).distinct().toList());
    }
}
