package dev.fridgechef.plan;

import dev.fridgechef.TestFoods;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodAlias;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.inventory.InventoryItem;
import dev.fridgechef.inventory.Location;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.profile.ActivityLevel;
import dev.fridgechef.profile.Allergen;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.profile.DietFlag;
import dev.fridgechef.profile.Goal;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.Sex;
import dev.fridgechef.profile.TargetCalculator;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.recipe.RecipeLibrary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner's hard rules over random fridges and profiles ({@link PlanRules}): allergies and
 * diets, stock used only while it lasts and before it expires, repetition with planned leftovers,
 * meal energy bounds, the shopping choice, no silent or cross-kind substitution. jqwik shrinks a
 * failure to a small fridge. 1000 tries (jqwik.tries.default in junit-platform.properties; e.g.
 * {@code -Djqwik.tries.default=100} for fewer); a light search effort keeps it under a minute.
 */
class PlannerPropertyTest {
    private static final LocalDate START = LocalDate.of(2026, 11, 25);
    private static FoodDatabase foods;
    private static RecipeLibrary library;
    private static Planner planner;
    private static List<FoodAlias> aliases;

    @BeforeContainer
    static void load() {
        foods = TestFoods.get();
        library = RecipeLibrary.load(foods);
        planner = new Planner(library);
        aliases = foods.aliases();
    }

    record Case(Profile profile, List<StockEntry> stock, int days, ShopMode shop, int maxBuy, int people) {
    }

    @Property(seed = "20261125")
    void everyPlanKeepsTheHardRules(@ForAll("cases") Case c) {
        PlanRequest request = new PlanRequest(START, c.days(), List.of(MealType.values()), c.profile(), TargetCalculator.compute(c.profile(), 2026),
                c.stock()).withShop(c.shop(), c.maxBuy()).withPeople(c.people());
        MealPlan plan = planner.plan(request, new Planner.Options(8, 7, 20));
        assertThat(PlanRules.violations(request, plan, library, foods)).isEmpty();
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Profile> profiles = Combinators.combine(Arbitraries.of(Sex.values()), Arbitraries.integers().between(1950, 2008),
                Arbitraries.integers().between(150, 200), Arbitraries.integers().between(45, 130), Arbitraries.of(ActivityLevel.values()),
                Arbitraries.of(Goal.values()), Arbitraries.of(Diet.values()),
                Arbitraries.of(Allergen.values()).set().ofMaxSize(3)).as((sex, year, height, weight, activity, goal, diet, allergens) ->
                new Profile(sex, year, (double) height, (double) weight, activity, goal, null, diet,
                        allergens.contains(Allergen.values()[0]) ? EnumSet.of(DietFlag.HALAL) : Set.of(), allergens, List.of()));
        Arbitrary<StockEntry> items = Combinators.combine(Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(20, 1500),
                Arbitraries.integers().between(-2, 16)).as((which, grams, expires) -> entry(which, grams, expires));
        return Combinators.combine(profiles, items.list().ofMinSize(0).ofMaxSize(40), Arbitraries.integers().between(1, 3),
                Arbitraries.of(ShopMode.values()), Arbitraries.integers().between(-1, 6), Arbitraries.integers().between(1, 4)).as(Case::new);
    }

    private static StockEntry entry(int which, int grams, int expires) {
        FoodAlias a = aliases.get(which % aliases.size());
        Food food = foods.byId(a.foodId()).orElseThrow();
        LocalDate date = expires == 16 ? null : START.plusDays(expires);
        InventoryItem item = new InventoryItem((long) which, a.english().get(0), food.id(), grams, "g", Location.FRIDGE, START, date, false, null);
        return new StockEntry(item, food, (double) grams, food.per100g().scaled(grams / 100.0));
    }
}
