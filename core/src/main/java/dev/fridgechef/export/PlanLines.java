package dev.fridgechef.export;

import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.plan.ShopSection;
import dev.fridgechef.plan.StoredPlan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What every plan export says about a plan, in the reader's language: the same lines in PDF, Markdown and the calendar. */
final class PlanLines {
    private final Shown shown;
    private final FoodDatabase foods;

    PlanLines(Shown shown, FoodDatabase foods) {
        this.shown = shown;
        this.foods = foods;
    }

    String title(MealPlan plan) {
        MealPlan.Day last = plan.plan().isEmpty() ? null : plan.plan().get(plan.plan().size() - 1);
        return shown.text("export.plan.title", shown.date(plan.start()), shown.date(last == null ? plan.start() : last.date()));
    }

    String targets(MealPlan plan) {
        String line = shown.text("export.plan.targets", shown.num(plan.energyTarget(), 0), shown.num(plan.proteinTarget(), 0));
        return plan.people() > 1 ? line + " " + shown.text("export.plan.people", plan.people()) : line;
    }

    String source(StoredPlan stored) {
        return stored.aiSource().map(s -> shown.text("export.plan.source.ai", s)).orElseGet(() -> shown.text("export.plan.source.offline"));
    }

    /** The person's servings of the dish at this meal. */
    String portion(MealPlan.Meal meal) {
        return shown.quantity(meal.servings());
    }

    /** Leftovers, how much to cook when more is cooked than eaten, substitutions and left-out pinches of a meal, one line each. */
    List<String> notes(MealPlan.Meal meal) {
        List<String> notes = new ArrayList<>();
        if (meal.leftover()) {
            notes.add(shown.text("export.plan.leftover", shown.shortDate(meal.leftoverFrom())));
            return notes;
        }
        if (meal.cookServings() > meal.servings() + 1e-9) notes.add(shown.text("export.plan.cook", shown.quantity(meal.cookServings())));
        for (MealPlan.Substitution s : meal.substitutions()) {
            notes.add(shown.text("export.plan.substitution", shown.name(s.usedNameEn(), s.usedNameRu()), shown.name(s.recipeNameEn(), s.recipeNameRu())));
        }
        for (MealPlan.Skipped s : meal.skipped()) notes.add(shown.text("export.plan.skipped", shown.name(s.nameEn(), s.nameRu())));
        return notes;
    }

    /** The day's energy and protein against the targets, with fat and carbohydrate. */
    String dayTotals(MealPlan plan, MealPlan.Day day) {
        return shown.text("export.plan.day.totals", shown.num(day.energy(), 0), shown.num(plan.energyTarget(), 0),
                shown.deviation(day.energy(), plan.energyTarget()), shown.num(day.protein(), 0), shown.num(plan.proteinTarget(), 0),
                shown.deviation(day.protein(), plan.proteinTarget()), shown.num(day.fat(), 0), shown.num(day.carbohydrate(), 0));
    }

    List<String> warnings(MealPlan plan) {
        return plan.warnings().stream().map(w -> w.text(shown.messages(), foods)).toList();
    }

    /** The shopping list by shop section in shop order, sorted by name in the reader's language. */
    Map<ShopSection, List<MealPlan.ShoppingItem>> shopping(MealPlan plan) {
        return ShopSection.group(plan.shopping(), i -> foods.byId(i.foodId()).orElse(null), i -> shown.name(i.nameEn(), i.nameRu()),
                shown.messages().locale());
    }

    /** "Eggs — 6 pcs" with the grams the plan needs when the pack is counted otherwise. */
    String shoppingLine(MealPlan.ShoppingItem item) {
        String line = shown.name(item.nameEn(), item.nameRu()) + " — " + shown.shopAmount(item);
        return "g".equals(item.unit()) ? line : line + " " + shown.text("export.shopping.needed", shown.num(item.grams(), 0));
    }
}
