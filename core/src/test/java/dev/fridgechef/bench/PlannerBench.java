package dev.fridgechef.bench;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestFoods;
import dev.fridgechef.TestStores;
import dev.fridgechef.food.FoodAlias;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.plan.PlanRequest;
import dev.fridgechef.plan.Planner;
import dev.fridgechef.profile.ActivityLevel;
import dev.fridgechef.profile.Allergen;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.profile.Goal;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.ProfileUpdate;
import dev.fridgechef.profile.Sex;
import dev.fridgechef.profile.TargetCalculator;
import dev.fridgechef.profile.Targets;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.recipe.RecipeLibrary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Speed and quality figures of the offline planner (run by scripts/bench.sh; not a test):
 * time to plan 7 days from a 60-item fridge over the whole library (JVM warmed up), time to serve a
 * stored plan, and plan quality over generated fridges and profiles, with the gap to the
 * exhaustive optimum on small instances.
 */
public final class PlannerBench {
    private static final List<MealType> ALL = List.of(MealType.values());
    private static final LocalDate START = LocalDate.of(2026, 11, 25);

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("fridgechef-bench");
        RecipeLibrary library = RecipeLibrary.load(TestFoods.get());
        Planner planner = new Planner(library);
        Random random = new Random(2026);

        System.out.printf("library: %d recipes, food database: %d foods%n%n", library.size(), TestFoods.get().size());
        speed(dir, planner, random);
        quality(dir, planner, random);
        gap(dir, planner, random);
    }

    private static void speed(Path dir, Planner planner, Random random) {
        Profile profile = randomProfile(random, false);
        Targets targets = TargetCalculator.compute(profile, 2026);
        List<StockEntry> stock = randomFridge(dir.resolve("speed"), random, 60);
        PlanRequest request = new PlanRequest(START, 7, ALL, profile, targets, stock);
        for (int i = 0; i < 5; i++) planner.plan(request); // warm-up
        double[] ms = new double[15];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            planner.plan(request);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("plan 7 days x 4 meals, 60-item fridge, whole library: median %.0f ms, min %.0f ms, max %.0f ms (%d runs)%n",
                ms[ms.length / 2], ms[0], ms[ms.length - 1], ms.length);

        try (FridgeChef app = TestStores.open(dir.resolve("served"))) {
            app.profiles().update(new ProfileUpdate(Sex.MALE, null, 40, 180.0, 80.0, ActivityLevel.MODERATE, Goal.MAINTAIN, null,
                    Diet.OMNIVORE, Set.of(), Set.of(), List.of()));
            for (StockEntry e : stock) {
                app.inventory().add(new ItemDraft(e.item().name(), Double.toString(e.item().quantity()), e.item().unit(), null,
                        e.item().expiresOn() == null ? null : e.item().expiresOn().toString(), null, null, e.item().foodId()));
            }
            PlanOptions options = new PlanOptions(START, 7, ALL, false);
            long t = System.nanoTime();
            app.plans().plan(options);
            double first = (System.nanoTime() - t) / 1e6;
            for (int i = 0; i < 20; i++) app.plans().plan(options);
            double[] served = new double[30];
            for (int i = 0; i < served.length; i++) {
                long s = System.nanoTime();
                if (!app.plans().plan(options).cached()) throw new IllegalStateException("expected a stored plan");
                served[i] = (System.nanoTime() - s) / 1e6;
            }
            Arrays.sort(served);
            System.out.printf("first request (plan + store): %.0f ms; stored plan served: median %.1f ms, max %.1f ms%n%n",
                    first, served[served.length / 2], served[served.length - 1]);
        }
    }

    private static void quality(Path dir, Planner planner, Random random) {
        int n = 24;
        List<Double> energy = new ArrayList<>();
        List<Double> protein = new ArrayList<>();
        List<Double> expiring = new ArrayList<>();
        List<Double> shopping = new ArrayList<>();
        System.out.println("quality over " + n + " generated fridges (30-70 items) and profiles (random allergies and diets), 7-day plans:");
        System.out.println("  run  diet          allergies               fridge  worst-energy  worst-protein  expiring-used  to-buy");
        for (int i = 0; i < n; i++) {
            Profile profile = randomProfile(random, true);
            Targets targets = TargetCalculator.compute(profile, 2026);
            List<StockEntry> stock = randomFridge(dir.resolve("q" + i), random, 30 + random.nextInt(41));
            MealPlan plan = planner.plan(new PlanRequest(START, 7, ALL, profile, targets, stock));
            for (MealPlan.Day d : plan.plan()) {
                energy.add(Math.abs(d.energy() - plan.energyTarget()) / plan.energyTarget());
                protein.add(Math.abs(d.protein() - plan.proteinTarget()) / plan.proteinTarget());
            }
            expiring.add(plan.quality().soonExpiringUsedShare());
            shopping.add((double) plan.shopping().size());
            System.out.printf("  %3d  %-12s  %-22s  %6d  %11.1f%%  %12.1f%%  %12.0f%%  %6d%n", i, profile.diet().key(),
                    profile.allergies().stream().map(Allergen::key).sorted().toList(), stock.size(),
                    plan.quality().worstEnergyError() * 100, plan.quality().worstProteinError() * 100,
                    plan.quality().soonExpiringUsedShare() * 100, plan.shopping().size());
        }
        System.out.printf("%n  daily energy error:  median %.1f%%, worst %.1f%% (target band ±5%%)%n", median(energy) * 100, max(energy) * 100);
        System.out.printf("  daily protein error: median %.1f%%, worst %.1f%% (target band ±10%%)%n", median(protein) * 100, max(protein) * 100);
        System.out.printf("  share of soon-expiring grams used: median %.0f%%, worst %.0f%%%n", median(expiring) * 100, min(expiring) * 100);
        System.out.printf("  shopping-list size: median %.0f, max %.0f items%n%n", median(shopping), max(shopping));
    }

    private static void gap(Path dir, Planner planner, Random random) {
        System.out.println("gap to the exhaustive optimum (1 day, breakfast+lunch+dinner, 10 candidates per meal = 1,000 plans):");
        int optimal = 0;
        double worst = 0;
        int n = 20;
        for (int i = 0; i < n; i++) {
            Profile profile = randomProfile(random, true);
            Targets targets = TargetCalculator.compute(profile, 2026);
            List<StockEntry> stock = randomFridge(dir.resolve("g" + i), random, 40);
            PlanRequest request = new PlanRequest(START, 1, List.of(MealType.BREAKFAST, MealType.LUNCH, MealType.DINNER), profile, targets, stock);
            double best = planner.exhaustive(request, 10).quality().cost();
            double found = planner.plan(request, new Planner.Options(300, i, 10)).quality().cost();
            double gap = found - best;
            if (gap < 1e-9) optimal++;
            worst = Math.max(worst, gap);
        }
        System.out.printf("  optimum found in %d of %d instances; worst gap %.4f cost units (1 unit ≈ 10 %% energy error on one day)%n",
                optimal, n, worst);
    }

    private static Profile randomProfile(Random random, boolean restrictions) {
        Set<Allergen> allergies = EnumSet.noneOf(Allergen.class);
        Diet diet = Diet.OMNIVORE;
        if (restrictions) {
            int k = random.nextInt(3);
            for (int i = 0; i < k; i++) allergies.add(Allergen.values()[random.nextInt(Allergen.values().length)]);
            diet = Diet.values()[random.nextInt(Diet.values().length)];
        }
        return new Profile(Sex.values()[random.nextInt(2)], 1960 + random.nextInt(45), 155.0 + random.nextInt(40),
                50.0 + random.nextInt(50), ActivityLevel.values()[random.nextInt(5)], Goal.values()[random.nextInt(3)], null, diet,
                Set.of(), allergies, List.of());
    }

    private static List<StockEntry> randomFridge(Path dir, Random random, int items) {
        List<FoodAlias> aliases = TestFoods.get().aliases();
        try (FridgeChef app = TestStores.open(dir)) {
            List<ItemDraft> drafts = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                FoodAlias a = aliases.get(random.nextInt(aliases.size()));
                drafts.add(new ItemDraft(a.english().get(0), Integer.toString(50 + random.nextInt(700)), "g", null,
                        random.nextInt(4) == 0 ? null : "+" + random.nextInt(14) + "d", null, null, a.foodId()));
            }
            app.inventory().addAll(drafts, java.util.stream.IntStream.rangeClosed(1, items).boxed().toList());
            return app.inventory().list();
        }
    }

    private static double median(List<Double> v) {
        List<Double> s = v.stream().sorted().toList();
        return s.get(s.size() / 2);
    }

    private static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static double min(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }
}
