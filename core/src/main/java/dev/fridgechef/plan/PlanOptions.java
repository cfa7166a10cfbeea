package dev.fridgechef.plan;

import dev.fridgechef.recipe.MealType;

import java.time.LocalDate;
import java.util.List;

/**
 * What the person asked for; {@code fresh} skips the stored plan and plans again. {@code shop} and
 * {@code maxBuy} (negative: no limit) bound the shopping; {@code people} is the household size
 * (0: the one kept with the profile). {@code defaultMeals}: the person did not choose the meals, so
 * meals the diary shows they regularly skip are left out ({@link PlannerHints}).
 */
public record PlanOptions(LocalDate start, int days, List<MealType> meals, boolean fresh, ShopMode shop, int maxBuy, int people,
                          String wish, boolean defaultMeals) {
    public PlanOptions {
        shop = shop == null ? ShopMode.FEW : shop;
        wish = wish == null || wish.isBlank() ? null : wish.strip();
    }

    public PlanOptions(LocalDate start, int days, List<MealType> meals, boolean fresh, ShopMode shop, int maxBuy, int people, String wish) {
        this(start, days, meals, fresh, shop, maxBuy, people, wish, false);
    }

    public PlanOptions(LocalDate start, int days, List<MealType> meals, boolean fresh, ShopMode shop, int maxBuy, int people) {
        this(start, days, meals, fresh, shop, maxBuy, people, null);
    }

    /** The same request with a wish for the AI planner ("something Georgian, quick dinners"). */
    public PlanOptions withWish(String text) {
        return new PlanOptions(start, days, meals, fresh, shop, maxBuy, people, text, defaultMeals);
    }

    /** The same request, its meals being the default set rather than the person's choice. */
    public PlanOptions withDefaultMeals() {
        return new PlanOptions(start, days, meals, fresh, shop, maxBuy, people, wish, true);
    }

    PlanOptions withMeals(List<MealType> chosen) {
        return new PlanOptions(start, days, chosen, fresh, shop, maxBuy, people, wish, defaultMeals);
    }

    public PlanOptions(LocalDate start, int days, List<MealType> meals, boolean fresh) {
        this(start, days, meals, fresh, ShopMode.FEW, -1, 0);
    }

    /** The options as part of the cache key (with the planner's version: a better planner is a new plan). */
    String key() {
        return key(people);
    }

    String key(int householdSize) {
        return "offline-v3;start=" + start + ";days=" + days + ";meals=" + String.join(",", meals.stream().map(MealType::key).toList())
                + ";shop=" + shop.key() + ";maxbuy=" + maxBuy + ";people=" + householdSize;
    }
}
