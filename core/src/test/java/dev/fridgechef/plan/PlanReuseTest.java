package dev.fridgechef.plan;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestFoods;
import dev.fridgechef.TestStores;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.profile.ActivityLevel;
import dev.fridgechef.profile.Allergen;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.profile.Goal;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.Sex;
import dev.fridgechef.profile.Targets;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.recipe.RecipeLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The labelled set of plan reuse: authored fridges of one person (plan/reuse-fridges.txt), a 3-day
 * plan made for each, and pairs that must never share a plan (every two different fridges) or that
 * should (the same fridge a day later, minus what was cooked).
 */
class PlanReuseTest {
    static final LocalDate START = LocalDate.of(2026, 11, 25);
    static final List<MealType> MEALS = List.of(MealType.LUNCH, MealType.DINNER);

    @TempDir
    static Path dir;
    static FridgeChef app;
    static Profile profile;
    static Targets targets;
    static final Map<String, List<StockEntry>> fridges = new LinkedHashMap<>();
    static final Map<String, MealPlan> plans = new LinkedHashMap<>();
    static final PlanReuse reuse = new PlanReuse(TestFoods.get(), PlanReuse.DEFAULT_MAX_EXTRA_FOODS);

    @BeforeAll
    static void planEveryFridge() throws IOException {
        app = TestStores.open(dir);
        profile = new Profile(Sex.FEMALE, 1991, 168.0, 62.0, ActivityLevel.MODERATE, Goal.MAINTAIN, null, Diet.OMNIVORE, Set.of(), Set.of(),
                List.of());
        targets = app.profiles().targets(profile);
        fridges.putAll(load(app));
        Planner planner = new Planner(RecipeLibrary.load(TestFoods.get()));
        fridges.forEach((name, stock) -> plans.put(name, planner.plan(request(stock, START, 3))));
    }

    @AfterAll
    static void close() {
        app.close();
    }

    static PlanRequest request(List<StockEntry> stock, LocalDate start, int days) {
        return new PlanRequest(start, days, MEALS, profile, targets, stock);
    }

    @Test
    void unrelatedFridgesNeverGetEachOthersPlan() {
        List<String> served = new ArrayList<>();
        Map<String, Integer> reasons = new java.util.TreeMap<>();
        int pairs = 0;
        for (String a : fridges.keySet()) {
            for (String b : fridges.keySet()) {
                if (a.equals(b)) continue;
                pairs++;
                // the whole plan today, and its last two days tomorrow
                PlanReuse.Verdict today = reuse.check(plans.get(a), request(fridges.get(b), START, 3));
                // (fridge b's household never cooked plan a's first day, so its leftovers are not there)
                PlanReuse.Verdict tomorrow = reuse.check(plans.get(a), request(fridges.get(b), START.plusDays(1), 2));
                if (today.accepted()) served.add(a + " -> " + b + " today");
                if (tomorrow.accepted()) served.add(a + " -> " + b + " tomorrow");
                if (!today.accepted()) reasons.merge(kind(today.refusal()), 1, Integer::sum);
            }
        }
        System.out.println(pairs + " unrelated fridge pairs; the whole plan refused for: " + reasons);
        assertThat(pairs).isGreaterThanOrEqualTo(20);
        assertThat(served).as("plans served for another fridge").isEmpty();
    }

    @Test
    void theSameFridgeADayLaterMinusWhatWasCookedGetsDaysTwoAndThree() {
        List<String> refused = new ArrayList<>();
        for (String name : fridges.keySet()) {
            MealPlan plan = plans.get(name);
            List<StockEntry> tomorrow = cooked(fridges.get(name), plan.plan().get(0));
            PlanReuse.Verdict v = reuse.check(plan, request(tomorrow, START.plusDays(1), 2), cookedOn(plan.plan().get(0)));
            if (!v.accepted()) {
                refused.add(name + ": " + v.refusal());
                continue;
            }
            assertThat(v.plan().start()).isEqualTo(START.plusDays(1));
            assertThat(v.plan().plan()).extracting(d -> d.meals().stream().map(MealPlan.Meal::recipeId).toList())
                    .containsExactlyElementsOf(plan.plan().subList(1, 3).stream().map(d -> d.meals().stream().map(MealPlan.Meal::recipeId).toList()).toList());
            assertSourcesAddUp(v.plan());
            // tomorrow's part alone, the same day
            // without the marks, leftovers of day 1 cannot be counted on: that dish is cooked again, or the plan is refused
            PlanReuse.Verdict unmarked = reuse.check(plan, request(tomorrow, START.plusDays(1), 2));
            if (unmarked.accepted()) {
                assertThat(unmarked.plan().plan()).allSatisfy(d -> assertThat(d.meals())
                        .noneMatch(m -> m.leftover() && m.leftoverFrom().isBefore(START.plusDays(1))));
                assertSourcesAddUp(unmarked.plan());
            }
        }
        assertThat(refused).isEmpty();
    }

    /** A stock food that days 2 and 3 of some fridge's plan cook with (20 to 250 g of it), with that fridge's name. */
    private static Map.Entry<String, String> usedLater() {
        for (var e : plans.entrySet()) {
            for (MealPlan.Day d : e.getValue().plan().subList(1, 3)) {
                for (MealPlan.Meal m : d.meals()) {
                    for (MealPlan.IngredientUse u : m.ingredients()) {
                        if (!m.leftover() && u.fromStockGrams() >= 20 && u.fromStockGrams() <= 250) return Map.entry(e.getKey(), u.eatenFoodId());
                    }
                }
            }
        }
        throw new AssertionError("no plan cooks with stock on days 2 and 3");
    }

    @Test
    void stockGoneSinceIsBoughtAndTheShoppingListIsRecomputed() {
        var used = usedLater();
        MealPlan plan = plans.get(used.getKey());
        List<StockEntry> without = cooked(fridges.get(used.getKey()), plan.plan().get(0)).stream()
                .filter(e -> e.food() == null || !e.food().id().equals(used.getValue())).toList();
        PlanReuse.Verdict v = reuse.check(plan, request(without, START.plusDays(1), 2), cookedOn(plan.plan().get(0)));
        assertThat(v.accepted()).as(used + ": " + v.refusal()).isTrue();
        assertThat(v.plan().shopping()).extracting(MealPlan.ShoppingItem::foodId).contains(used.getValue());
        assertThat(plan.shopping()).extracting(MealPlan.ShoppingItem::foodId).doesNotContain(used.getValue());
        assertSourcesAddUp(v.plan());
        // the bound on extra foods is a setting: with none allowed, the same stock is refused
        PlanReuse.Verdict strict = new PlanReuse(TestFoods.get(), 0).check(plan, request(without, START.plusDays(1), 2), cookedOn(plan.plan().get(0)));
        assertThat(strict.refusal()).contains("1 more foods to buy");
    }

    @Test
    void newSoonExpiringFoodThePlanDoesNotUseIsRefused() {
        MealPlan plan = plans.get("gym");
        Set<String> cooked = cookedOn(plan.plan().get(0));
        List<StockEntry> tomorrow = new ArrayList<>(cooked(fridges.get("gym"), plan.plan().get(0)));
        assertThat(reuse.check(plan, request(tomorrow, START.plusDays(1), 2), cooked).accepted()).isTrue();
        tomorrow.add(app.inventory().add(ItemDraft.of("salmon", "400", "g").withExpires("+3d")));
        PlanReuse.Verdict v = reuse.check(plan, request(tomorrow, START.plusDays(1), 2), cooked);
        assertThat(v.refusal()).startsWith("ignores").contains("salmon");
        // a food a plan only bought is not stock it was made around: new soon-expiring lots of it are ignored food too
        int checked = 0;
        for (var entry : plans.entrySet()) {
            MealPlan p = entry.getValue();
            var bought = p.plan().get(0).meals().stream().flatMap(m -> m.ingredients().stream())
                    .filter(u -> u.toBuyGrams() > 0 && u.fromStockGrams() == 0 && !u.staple()).map(MealPlan.IngredientUse::foodId)
                    .filter(id -> p.plan().stream().flatMap(d -> d.meals().stream()).flatMap(m -> m.ingredients().stream())
                            .noneMatch(u -> u.fromStockGrams() > 0 && u.eatenFoodId().equals(id)))
                    // and the days reused do not cook with it (their stock is taken again by family: they would use the new lot)
                    .filter(id -> p.plan().stream().skip(1).flatMap(d -> d.meals().stream()).flatMap(m -> m.ingredients().stream())
                            .noneMatch(u -> u.foodId().equals(id) || u.eatenFoodId().equals(id)))
                    .findFirst();
            if (bought.isEmpty()) continue;
            List<StockEntry> withBought = new ArrayList<>(cooked(fridges.get(entry.getKey()), p.plan().get(0)));
            var food = TestFoods.get().byId(bought.get()).orElseThrow();
            withBought.add(new StockEntry(new dev.fridgechef.inventory.InventoryItem(9999, food.displayName(false), bought.get(), 400, "g",
                    dev.fridgechef.inventory.Location.FRIDGE, START.plusDays(1), START.plusDays(2), false, null), food, 400.0, null));
            assertThat(reuse.check(p, request(withBought, START.plusDays(1), 2), cookedOn(p.plan().get(0))).refusal())
                    .as(entry.getKey() + ": new lot of " + food.description()).startsWith("ignores");
            checked++;
        }
        assertThat(checked).as("fridges whose plan only bought a food its later days do not use").isPositive();
        // expiring long after the plan: not at risk, the plan may leave it
        List<StockEntry> later = new ArrayList<>(cooked(fridges.get("gym"), plan.plan().get(0)));
        later.add(app.inventory().add(ItemDraft.of("salmon", "400", "g").withExpires("+9d")));
        assertThat(reuse.check(plan, request(later, START.plusDays(1), 2), cooked).accepted()).isTrue();
    }

    @Test
    void aRuleThePlanBreaksNowIsRefused() {
        MealPlan plan = plans.get("gym");
        List<String> broken = new ArrayList<>();
        for (Allergen a : Allergen.values()) {
            Profile allergic = new Profile(Sex.FEMALE, 1991, 168.0, 62.0, ActivityLevel.MODERATE, Goal.MAINTAIN, null, Diet.OMNIVORE, Set.of(),
                    Set.of(a), List.of());
            var rules = new dev.fridgechef.diet.DietRules(allergic);
            boolean breaks = plan.plan().stream().flatMap(d -> d.meals().stream()).flatMap(m -> m.ingredients().stream())
                    .anyMatch(u -> !rules.allows(TestFoods.get().byId(u.eatenFoodId()).orElseThrow()));
            PlanReuse.Verdict v = reuse.check(plan, new PlanRequest(START, 3, MEALS, allergic, targets, fridges.get("gym")));
            if (breaks) {
                assertThat(v.refusal()).as(a.name()).contains("breaks a rule");
                broken.add(a.name());
            }
        }
        assertThat(broken).isNotEmpty();
    }

    @Test
    void otherMealsHouseholdOrUncoveredDaysAreRefused() {
        MealPlan plan = plans.get("gym");
        List<StockEntry> stock = fridges.get("gym");
        assertThat(reuse.check(plan, new PlanRequest(START, 3, List.of(MealType.BREAKFAST, MealType.LUNCH, MealType.DINNER), profile, targets,
                stock)).accepted()).isFalse();
        assertThat(reuse.check(plan, request(stock, START, 3).withPeople(2)).accepted()).isFalse();
        assertThat(reuse.check(plan, request(stock, START.plusDays(2), 2)).refusal()).isEqualTo("does not cover the requested days");
        assertThat(reuse.check(plan, request(stock, START.minusDays(1), 1)).accepted()).isFalse();
    }

    @Test
    void leftoversOfADishNeverCookedAreCookedAgainFromTodaysStock() {
        int converted = 0;
        for (var e : plans.entrySet()) {
            MealPlan plan = e.getValue();
            for (int d = 1; d < plan.days(); d++) {
                LocalDate date = plan.plan().get(d).date();
                List<MealPlan.Meal> eatsEarlier = plan.plan().get(d).meals().stream().filter(m -> m.leftover() && m.leftoverFrom().isBefore(date)).toList();
                if (eatsEarlier.isEmpty()) continue;
                PlanReuse.Verdict v = reuse.check(plan, request(fridges.get(e.getKey()), date, plan.days() - d));
                if (!v.accepted()) {
                    assertThat(v.refusal()).as(e.getKey()).doesNotContain("leftovers");
                    continue;
                }
                MealPlan.Day today = v.plan().plan().get(0);
                for (MealPlan.Meal was : eatsEarlier) {
                    MealPlan.Meal now = today.meals().stream().filter(m -> m.meal() == was.meal()).findFirst().orElseThrow();
                    assertThat(now.recipeId()).isEqualTo(was.recipeId());
                    assertThat(now.leftover()).as("cooked again, not eaten from a pot never made").isFalse();
                    assertThat(now.cookServings()).isEqualTo(was.servings() * plan.people());
                    assertThat(now.ingredients()).isNotEmpty();
                    converted++;
                }
                assertSourcesAddUp(v.plan());
            }
        }
        assertThat(converted).as("no reused plan of these fridges cooks a never-cooked pot again; the test needs one").isPositive();
    }

    private static String kind(String refusal) {
        for (String k : List.of("ignores", "more foods to buy", "g more to buy", "kcal", "leftovers", "breaks a rule")) {
            if (refusal.contains(k)) return k;
        }
        return refusal;
    }

    static Set<String> cookedOn(MealPlan.Day day) {
        Set<String> keys = new java.util.HashSet<>();
        day.meals().stream().filter(m -> !m.leftover()).forEach(m -> keys.add(PlanReuse.cookedKey(day.date(), m.meal(), m.recipeId())));
        return keys;
    }

    /** Every cooked ingredient comes from stock or the shopping list, and the list is what is bought. */
    private static void assertSourcesAddUp(MealPlan plan) {
        Map<String, Double> bought = new LinkedHashMap<>();
        for (MealPlan.Day d : plan.plan()) {
            for (MealPlan.Meal m : d.meals()) {
                for (MealPlan.IngredientUse u : m.ingredients()) {
                    if (m.leftover() || u.staple()) continue;
                    assertThat(u.fromStockGrams() + u.toBuyGrams()).isCloseTo(u.grams(), within(0.2));
                    if (u.toBuyGrams() > 0) bought.merge(u.foodId(), u.toBuyGrams(), Double::sum);
                }
            }
        }
        assertThat(plan.shopping()).extracting(MealPlan.ShoppingItem::foodId).containsExactlyInAnyOrderElementsOf(bought.keySet());
    }

    /** The stock after cooking {@code day} as planned: each cooked ingredient taken from the food eaten, earliest expiry first. */
    static List<StockEntry> cooked(List<StockEntry> stock, MealPlan.Day day) {
        Map<StockEntry, Double> left = new LinkedHashMap<>();
        stock.forEach(e -> left.put(e, e.grams() == null ? 0 : e.grams()));
        for (MealPlan.Meal m : day.meals()) {
            for (MealPlan.IngredientUse u : m.ingredients()) {
                double need = u.fromStockGrams();
                for (StockEntry e : stock.stream().filter(s -> s.food() != null && s.food().id().equals(u.eatenFoodId()))
                        .sorted(java.util.Comparator.comparing(s -> s.item().expiresOn(), java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                        .toList()) {
                    double take = Math.min(need, left.get(e));
                    left.put(e, left.get(e) - take);
                    need -= take;
                }
            }
        }
        List<StockEntry> out = new ArrayList<>();
        left.forEach((e, g) -> {
            if (e.grams() == null) out.add(e);
            else if (g > 0.5) out.add(new StockEntry(e.item(), e.food(), g, e.nutrients()));
        });
        return out;
    }

    static Map<String, List<StockEntry>> load(FridgeChef app) throws IOException {
        Map<String, List<StockEntry>> out = new LinkedHashMap<>();
        try (InputStream in = PlanReuseTest.class.getClassLoader().getResourceAsStream("plan/reuse-fridges.txt")) {
            List<StockEntry> items = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (line.startsWith("== ")) {
                    items = new ArrayList<>();
                    out.put(line.substring(3).trim(), items);
                    continue;
                }
                String[] f = line.split("\\|");
                String expires = f[3].trim();
                items.add(app.inventory().add(new ItemDraft(f[0].trim(), f[1].trim(), f[2].trim(), f[4].trim(), expires.isEmpty() ? null : expires,
                        null, null, null)));
            }
        }
        return out;
    }
}
