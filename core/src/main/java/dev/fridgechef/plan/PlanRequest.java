package dev.fridgechef.plan;

import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.Targets;
import dev.fridgechef.recipe.MealType;

import java.time.LocalDate;
import java.util.List;

/** What to plan: from {@code start}, {@code days} days of {@code meals}, for this profile and stock. */
public record PlanRequest(LocalDate start, int days, List<MealType> meals, Profile profile, Targets targets, List<StockEntry> stock) {
    public PlanRequest {
        if (days < 1 || days > 14) throw new IllegalArgumentException("days must be 1..14");
        if (meals.isEmpty()) throw new IllegalArgumentException("no meals to plan");
        meals = List.copyOf(meals);
        stock = List.copyOf(stock);
    }
}
