package dev.fridgechef.plan;

import dev.fridgechef.food.Food;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.food.Nutrients;
import dev.fridgechef.recipe.RecipeFacts;
import dev.fridgechef.unit.GramConversion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the planner's arrays back into a {@link MealPlan}: meals, ingredient sources, shopping list, warnings. */
final class PlanRenderer {
    static final double ENERGY_BAND = 0.05;
    static final double PROTEIN_BAND = 0.10;

    private final Planner.Problem p;

    PlanRenderer(Planner.Problem p) {
        this.p = p;
    }

    MealPlan render(Planner.Solution s) {
        int mealCount = p.meals.size();
        List<List<List<MealPlan.IngredientUse>>> uses = new ArrayList<>();
        for (int d = 0; d < p.days; d++) {
            List<List<MealPlan.IngredientUse>> day = new ArrayList<>();
            for (int m = 0; m < mealCount; m++) day.add(new ArrayList<>());
            uses.add(day);
        }
        double[] toBuy = new double[p.foods.size()];
        double[] stockUsed = {0, 0};
        double[][] leftover = new double[1][];
        double cost = p.cost(s, new Planner.Problem.Recorder() {
            @Override
            public void use(int day, int meal, int food, double grams, double fromStock, double buy) {
                Food f = p.foods.get(food);
                uses.get(day).get(meal).add(new MealPlan.IngredientUse(f.id(), f.displayName(false), f.displayName(true),
                        round1(grams), round1(fromStock), round1(buy)));
                toBuy[food] += buy;
                stockUsed[0] += fromStock;
            }

            @Override
            public void leftover(double[] remainingLots) {
                leftover[0] = remainingLots;
            }
        });

        List<MealPlan.Day> days = new ArrayList<>();
        List<MealPlan.Warning> warnings = new ArrayList<>();
        double worstEnergy = 0;
        double worstProtein = 0;
        for (int m = 0; m < mealCount; m++) {
            if (p.pool[m].length == 0) warnings.add(warning("plan.warning.norecipes", p.meals.get(m).key()));
        }
        for (int d = 0; d < p.days; d++) {
            List<MealPlan.Meal> meals = new ArrayList<>();
            Nutrients total = Nutrients.ZERO;
            for (int m = 0; m < mealCount; m++) {
                int r = s.recipe[d][m];
                if (r < 0) continue;
                RecipeFacts f = p.recipes.get(r);
                double servings = s.servings[d][m];
                Nutrients n = f.perServing().scaled(servings);
                total = total.plus(n);
                meals.add(new MealPlan.Meal(p.meals.get(m), f.recipe().id(), f.recipe().title(false), f.recipe().title(true),
                        servings, round1(n.getOrZero(Nutrient.ENERGY)), round1(n.getOrZero(Nutrient.PROTEIN)), uses.get(d).get(m)));
            }
            double energy = total.getOrZero(Nutrient.ENERGY);
            double protein = total.getOrZero(Nutrient.PROTEIN);
            double energyError = (energy - p.energyTarget) / p.energyTarget;
            double proteinError = (protein - p.proteinTarget) / p.proteinTarget;
            worstEnergy = Math.max(worstEnergy, Math.abs(energyError));
            worstProtein = Math.max(worstProtein, Math.abs(proteinError));
            LocalDate date = p.request.start().plusDays(d);
            offTarget("plan.warning.energy", date, energy, p.energyTarget, ENERGY_BAND).ifPresent(warnings::add);
            offTarget("plan.warning.protein", date, protein, p.proteinTarget, PROTEIN_BAND).ifPresent(warnings::add);
            days.add(new MealPlan.Day(p.request.start().plusDays(d), meals, round1(energy), round1(protein),
                    round1(total.getOrZero(Nutrient.FAT)), round1(total.getOrZero(Nutrient.CARBOHYDRATE))));
        }

        List<MealPlan.ShoppingItem> shopping = new ArrayList<>();
        double bought = 0;
        for (int f = 0; f < toBuy.length; f++) {
            if (toBuy[f] < 0.5) continue;
            bought += toBuy[f];
            shopping.add(ShopUnits.item(p.foods.get(f), toBuy[f]));
        }
        shopping.sort(java.util.Comparator.comparing(MealPlan.ShoppingItem::nameEn));
        shoppingWarning(shopping).ifPresent(warnings::add);

        double soonUsed = 0;
        Map<String, Double> spoiling = new LinkedHashMap<>();
        for (int l = 0; l < p.lotGrams.length; l++) {
            if (p.lotExpiresDay[l] >= p.days) continue;
            soonUsed += p.lotGrams[l] - leftover[0][l];
            if (leftover[0][l] >= 50) spoiling.merge(p.lotFoods[l].displayName(false), leftover[0][l], Double::sum);
        }
        spoiling.forEach((name, grams) -> warnings.add(warning("plan.warning.spoils", name, fmt(grams))));
        double soonShare = p.soonExpiringGrams == 0 ? 1 : soonUsed / p.soonExpiringGrams;
        return new MealPlan(p.request.start(), p.days, p.meals, round1(p.energyTarget), round1(p.proteinTarget), days, shopping,
                warnings, new MealPlan.Quality(cost, worstEnergy, worstProtein, soonShare, round1(stockUsed[0]), round1(bought)));
    }

    /** "{date}: {value} is {±n} % off the target {target}" when the value is outside the band around the target. */
    static Optional<MealPlan.Warning> offTarget(String key, LocalDate date, double value, double target, double band) {
        double error = (value - target) / target;
        if (Math.abs(error) <= band) return Optional.empty();
        return Optional.of(warning(key, date.toString(), fmt(value), percent(error), fmt(target)));
    }

    /** That the targets need shopping, with how many items, when the list is not empty. */
    static Optional<MealPlan.Warning> shoppingWarning(List<MealPlan.ShoppingItem> shopping) {
        return shopping.isEmpty() ? Optional.empty() : Optional.of(warning("plan.warning.shopping", Integer.toString(shopping.size())));
    }

    private static MealPlan.Warning warning(String key, String... args) {
        return new MealPlan.Warning(key, List.of(args));
    }

    private static String fmt(double v) {
        return Long.toString(Math.round(v));
    }

    private static String percent(double share) {
        return (share > 0 ? "+" : "") + Math.round(share * 100);
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** How a shop sells what is missing: pieces for eggs, fruit and vegetables; packs of millilitres for drinks; grams otherwise. */
    static final class ShopUnits {
        private ShopUnits() {
        }

        static MealPlan.ShoppingItem item(Food food, double grams) {
            String group = food.group().code();
            boolean countable = group.equals("0900") || group.equals("1100") || food.description().startsWith("Egg,");
            var piece = GramConversion.pieceMeasure(food);
            boolean wholePiece = piece.isPresent() && piece.get().gramsPerUnit() >= 20
                    && GramConversion.measureText(piece.get()).matches(".*\\b(medium|large|small|whole|fruit|egg|head|bunch)\\b.*");
            if (countable && wholePiece) {
                double pieces = Math.ceil(grams / piece.get().gramsPerUnit() - 0.05);
                return shopping(food, grams, Math.max(1, pieces), "pcs");
            }
            var density = GramConversion.gramsPerMl(food);
            boolean liquid = group.equals("1400") || food.description().contains("fluid") || food.description().startsWith("Oil,");
            if (liquid && density.isPresent()) {
                double ml = grams / density.getAsDouble();
                double step = ml <= 1000 ? 250 : 500;
                return shopping(food, grams, Math.ceil(ml / step) * step, "ml");
            }
            double step = grams <= 500 ? 50 : 100;
            return shopping(food, grams, Math.ceil(grams / step) * step, "g");
        }

        private static MealPlan.ShoppingItem shopping(Food food, double grams, double quantity, String unit) {
            return new MealPlan.ShoppingItem(food.id(), food.displayName(false), food.displayName(true), round1(grams), quantity, unit);
        }
    }
}
