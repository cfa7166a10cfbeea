package dev.fridgechef.bench;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestFoods;
import dev.fridgechef.TestStores;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.plan.PlanRequest;
import dev.fridgechef.plan.PlanRules;
import dev.fridgechef.plan.Planner;
import dev.fridgechef.plan.ShopMode;
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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The planner's quality on realistic household fridges ({@code bench/household-fridges.txt}, run by
 * {@code scripts/bench.sh quality}; not a test): per fridge and plan length, the worst daily energy
 * and protein error recomputed from the foods actually used ({@link PlanRules#eaten}), shopping
 * items, grams bought vs used from stock, the share of at-risk meat/fish/dairy grams used or
 * flagged, meals over 1000 kcal, dishes cooked per day, substitutions and rule violations; then
 * the time to plan 7 days in a warm JVM. {@code none|few|any} as the first argument, a search seed
 * (other than the default) as the second.
 */
public final class QualityBench {
    private static final LocalDate START = LocalDate.of(2026, 11, 25);

    public record Household(String name, int people, Profile profile, List<ItemDraft> items) {
    }

    public static void main(String[] args) throws Exception {
        ShopMode shop = args.length > 0 ? ShopMode.parse(args[0]) : ShopMode.FEW;
        Planner.Options options = args.length > 1 ? new Planner.Options(Planner.Options.DEFAULT.iterationsPerSlot(), Long.parseLong(args[1]), 0)
                : Planner.Options.DEFAULT;
        FoodDatabase foods = TestFoods.get();
        RecipeLibrary library = RecipeLibrary.load(foods);
        Planner planner = new Planner(library);
        Path dir = Files.createTempDirectory("fridgechef-quality");
        List<Household> households = load();
        System.out.printf("quality on %d household fridges, --shop %s, recipes: %d (errors recomputed from the foods actually used)%n%n",
                households.size(), shop.key(), library.size());
        System.out.println("fridge               ppl days  energy  protein  warn  shop  bought/stock g   soon-used  mfd-used+flag  >1000  dishes/day  subst  violations");
        List<Integer> shop3 = new ArrayList<>();
        List<Integer> shop7 = new ArrayList<>();
        int violations = 0;
        int outOfBandSilent = 0;
        List<PlanRequest> sevenDay = new ArrayList<>();
        for (int i = 0; i < households.size(); i++) {
            Household h = households.get(i);
            List<StockEntry> stock;
            try (FridgeChef app = TestStores.open(dir.resolve("h" + i))) {
                app.inventory().addAll(h.items(), java.util.stream.IntStream.rangeClosed(1, h.items().size()).boxed().toList());
                stock = app.inventory().list();
            }
            for (int days : new int[] {3, 7}) {
                PlanRequest request = new PlanRequest(START, days, List.of(MealType.values()), h.profile(), TargetCalculator.compute(h.profile(), 2026),
                        stock).withShop(shop, -1).withPeople(h.people());
                if (days == 7) sevenDay.add(request);
                MealPlan plan = planner.plan(request, options);
                List<double[]> eaten = PlanRules.eaten(plan, foods);
                double worstE = 0;
                double worstP = 0;
                for (double[] d : eaten) {
                    worstE = Math.max(worstE, Math.abs(d[0] - plan.energyTarget()) / plan.energyTarget());
                    worstP = Math.max(worstP, Math.abs(d[1] - plan.proteinTarget()) / plan.proteinTarget());
                }
                boolean warned = plan.warnings().stream().anyMatch(w -> w.key().equals("plan.warning.energy") || w.key().equals("plan.warning.protein")
                        || w.key().equals("plan.warning.stockonly"));
                if ((worstE > 0.05 || worstP > 0.10) && !warned) outOfBandSilent++;
                List<String> broken = PlanRules.violations(request, plan, library, foods);
                violations += broken.size();
                double[] dishes = new double[days];
                for (int d = 0; d < days; d++) {
                    for (MealPlan.Meal m : plan.plan().get(d).meals()) {
                        if (!m.leftover() && m.activeMinutes() > 5) dishes[d]++;
                    }
                }
                var q = plan.quality();
                double mfd = q.atRiskGrams() == 0 ? 1 : (q.atRiskUsedGrams() + q.atRiskFlaggedGrams()) / q.atRiskGrams();
                (days == 3 ? shop3 : shop7).add(plan.shopping().size());
                System.out.printf("%-20s %3d %4d  %5.1f%%  %6.1f%%  %4s  %4d  %6.0f/%-6.0f   %8.0f%%  %12.0f%%  %5d  %4.1f (max %d)  %5d  %10d%n",
                        h.name(), h.people(), days, worstE * 100, worstP * 100, warned ? "yes" : "-", plan.shopping().size(), q.boughtGrams(),
                        q.stockGramsUsed(), q.soonExpiringUsedShare() * 100, mfd * 100, q.mealsOver1000Kcal(),
                        Arrays.stream(dishes).average().orElse(0), (int) Arrays.stream(dishes).max().orElse(0), q.substitutedMeals(), broken.size());
                if (System.getenv("QUALITY_VERBOSE") != null) {
                    for (String b : broken) System.out.println("    ! " + b);
                    print(plan);
                }
            }
        }
        System.out.printf("%nmedian shopping items: 3 days %d (goal <= 6), 7 days %d (goal <= 14); rule violations %d; "
                + "out of band without a warning %d%n", median(shop3), median(shop7), violations, outOfBandSilent);

        // speed: the 7-day plans again, JVM warm
        for (int i = 0; i < 3; i++) for (PlanRequest r : sevenDay) planner.plan(r);
        double[] ms = new double[sevenDay.size() * 2];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            planner.plan(sevenDay.get(i % sevenDay.size()));
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("plan 7 days x 4 meals (warm JVM, these fridges): median %.0f ms, max %.0f ms%n", ms[ms.length / 2], ms[ms.length - 1]);
    }

    static void print(MealPlan plan) {
        for (MealPlan.Day d : plan.plan()) {
            StringBuilder b = new StringBuilder("    " + d.date() + " " + Math.round(d.energy()) + " kcal " + Math.round(d.protein()) + " g:");
            for (MealPlan.Meal m : d.meals()) {
                b.append(" ").append(m.meal().key()).append("=").append(m.recipeId()).append("x").append(m.servings());
                if (m.leftover()) b.append("(leftover)");
                for (MealPlan.Substitution s : m.substitutions()) b.append("[").append(s.usedNameEn()).append(" for ").append(s.recipeNameEn()).append("]");
            }
            System.out.println(b);
        }
        for (MealPlan.ShoppingItem i : plan.shopping()) System.out.println("    buy " + i.nameEn() + " " + i.quantity() + " " + i.unit() + " (needs " + i.grams() + " g)");
        for (MealPlan.Warning w : plan.warnings()) System.out.println("    warn " + w.key() + " " + w.args());
    }

    static List<Household> load() throws IOException {
        List<Household> out = new ArrayList<>();
        try (InputStream in = QualityBench.class.getClassLoader().getResourceAsStream("bench/household-fridges.txt")) {
            String name = null;
            int people = 1;
            Profile profile = null;
            List<ItemDraft> items = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (line.startsWith("== ")) {
                    if (name != null) out.add(new Household(name, people, profile, items));
                    String[] f = line.substring(3).split("\\|");
                    name = f[0].trim();
                    people = Integer.parseInt(f[1].trim());
                    profile = profile(f[2].trim().split("\\s+"));
                    items = new ArrayList<>();
                    continue;
                }
                String[] f = line.split("\\|");
                String expires = f[3].trim();
                items.add(new ItemDraft(f[0].trim(), f[1].trim(), f[2].trim(), f[4].trim(), expires.isEmpty() ? null : expires, null, null, null));
            }
            if (name != null) out.add(new Household(name, people, profile, items));
        }
        return out;
    }

    /** "sex age height weight activity goal diet [flags and allergens ...]". */
    static Profile profile(String[] f) {
        Set<DietFlag> flags = EnumSet.noneOf(DietFlag.class);
        Set<Allergen> allergens = EnumSet.noneOf(Allergen.class);
        for (int i = 7; i < f.length; i++) {
            try {
                flags.add(DietFlag.parse(f[i]));
            } catch (RuntimeException notAFlag) {
                allergens.add(Allergen.parse(f[i]));
            }
        }
        return new Profile(Sex.parse(f[0]), 2026 - Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                ActivityLevel.parse(f[4]), Goal.parse(f[5]), null, Diet.parse(f[6]), flags, allergens, List.of());
    }

    private static int median(List<Integer> v) {
        List<Integer> s = v.stream().sorted().toList();
        return s.isEmpty() ? 0 : s.get(s.size() / 2);
    }
}
