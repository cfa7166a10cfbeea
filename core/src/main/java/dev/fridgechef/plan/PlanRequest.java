package dev.fridgechef.plan;

import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.Targets;
import dev.fridgechef.recipe.MealType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What to plan: from {@code start}, {@code days} days of {@code meals}, for this profile and stock.
 * {@code shop}: how much shopping the person accepts; {@code maxBuy}: at most this many foods to buy
 * (negative: no limit); {@code people}: household size (amounts and shopping for all, targets for the
 * profile's person); {@code staples}: SR21 ids of the pantry staples assumed at home (never bought);
 * {@code maxDishesPerDay} and {@code maxActiveMinutes}: how much cooking a day may ask; {@code leftUnfinished}: recipe ids
 * the person usually leaves half-eaten (see {@link PlannerHints}), planned less often.
 */
public record PlanRequest(LocalDate start, int days, List<MealType> meals, Profile profile, Targets targets, List<StockEntry> stock,
                          ShopMode shop, int maxBuy, int people, Set<String> staples, int maxDishesPerDay, int maxActiveMinutes,
                          Set<String> leftUnfinished) {
    public static final int DEFAULT_DISHES_PER_DAY = 2;
    public static final int DEFAULT_ACTIVE_MINUTES = 60;

    public PlanRequest {
        if (days < 1 || days > 14) throw new IllegalArgumentException("days must be 1..14");
        if (meals.isEmpty()) throw new IllegalArgumentException("no meals to plan");
        if (people < 1 || people > 12) throw new IllegalArgumentException("people must be 1..12");
        meals = List.copyOf(meals);
        stock = List.copyOf(stock);
        staples = staples == null ? Pantry.DEFAULT_STAPLES : Set.copyOf(staples);
        shop = shop == null ? ShopMode.FEW : shop;
        leftUnfinished = leftUnfinished == null ? Set.of() : Set.copyOf(leftUnfinished);
    }

    public PlanRequest(LocalDate start, int days, List<MealType> meals, Profile profile, Targets targets, List<StockEntry> stock,
                       ShopMode shop, int maxBuy, int people, Set<String> staples, int maxDishesPerDay, int maxActiveMinutes) {
        this(start, days, meals, profile, targets, stock, shop, maxBuy, people, staples, maxDishesPerDay, maxActiveMinutes, Set.of());
    }

    /** The defaults: a few purchases, one person, the default staples, 2 dishes and 60 minutes of cooking a day. */
    public PlanRequest(LocalDate start, int days, List<MealType> meals, Profile profile, Targets targets, List<StockEntry> stock) {
        this(start, days, meals, profile, targets, stock, ShopMode.FEW, -1, 1, Pantry.DEFAULT_STAPLES, DEFAULT_DISHES_PER_DAY,
                DEFAULT_ACTIVE_MINUTES);
    }

    public PlanRequest withShop(ShopMode mode, int limit) {
        return new PlanRequest(start, days, meals, profile, targets, stock, mode, limit, people, staples, maxDishesPerDay, maxActiveMinutes, leftUnfinished);
    }

    public PlanRequest withPeople(int n) {
        return new PlanRequest(start, days, meals, profile, targets, stock, shop, maxBuy, n, staples, maxDishesPerDay, maxActiveMinutes, leftUnfinished);
    }

    public PlanRequest withStaples(Set<String> ids) {
        return new PlanRequest(start, days, meals, profile, targets, stock, shop, maxBuy, people, ids, maxDishesPerDay, maxActiveMinutes, leftUnfinished);
    }

    public PlanRequest withLeftUnfinished(Set<String> recipeIds) {
        return new PlanRequest(start, days, meals, profile, targets, stock, shop, maxBuy, people, staples, maxDishesPerDay, maxActiveMinutes, recipeIds);
    }
}
