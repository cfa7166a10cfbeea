package dev.fridgechef.plan;

import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodFamilies;
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
    static final double ENERGY_BAND = MealPlan.ENERGY_BAND;
    static final double PROTEIN_BAND = MealPlan.PROTEIN_BAND;

    private final Planner.Problem p;

    PlanRenderer(Planner.Problem p) {
        this.p = p;
    }

    /** Grams of one recipe food at one meal served by one food (the same or a substitute). */
    private static final class Use {
        final int food;
        final int usedFood;
        final boolean staple;
        double grams;
        double fromStock;
        double toBuy;

        Use(int food, int usedFood, boolean staple) {
            this.food = food;
            this.usedFood = usedFood;
            this.staple = staple;
        }
    }

    MealPlan render(Planner.Solution s) {
        int mealCount = p.meals.size();
        int slots = p.days * mealCount;
        List<Map<Long, Use>> uses = new ArrayList<>();
        for (int i = 0; i < slots; i++) uses.add(new LinkedHashMap<>());
        int[] leftoverOf = new int[slots];
        java.util.Arrays.fill(leftoverOf, -1);
        double[] toBuy = new double[p.foods.size()];
        List<Map<Integer, Double>> skips = new ArrayList<>();
        for (int i = 0; i < slots; i++) skips.add(new LinkedHashMap<>());
        double[] stockUsed = {0};
        double[][] leftover = new double[1][];
        double cost = p.cost(s, new Planner.Problem.Recorder() {
            @Override
            public void use(int day, int meal, int food, int usedFood, double grams, double fromStock, double buy, boolean staple) {
                Use u = uses.get(day * mealCount + meal).computeIfAbsent(((long) food << 32) | usedFood, k -> new Use(food, usedFood, staple));
                u.grams += grams;
                u.fromStock += fromStock;
                u.toBuy += buy;
                toBuy[usedFood] += buy; // one food bought serves its family's other recipes
                stockUsed[0] += fromStock;
            }

            @Override
            public void skip(int day, int meal, int food, double grams) {
                skips.get(day * mealCount + meal).merge(food, grams, Double::sum);
            }

            @Override
            public void leftover(int day, int meal, int cookDay, int cookMeal) {
                leftoverOf[day * mealCount + meal] = cookDay * mealCount + cookMeal;
            }

            @Override
            public void leftover(double[] remainingLots) {
                leftover[0] = remainingLots;
            }
        });
        // servings cooked per cooking slot (the person's), for the share a meal eats
        double[] batch = new double[slots];
        for (int i = 0; i < slots; i++) {
            int r = s.recipe[i / mealCount][i % mealCount];
            if (r < 0) continue;
            batch[leftoverOf[i] >= 0 ? leftoverOf[i] : i] += s.servings[i / mealCount][i % mealCount];
        }

        List<MealPlan.Day> days = new ArrayList<>();
        List<MealPlan.Warning> warnings = new ArrayList<>();
        double worstEnergy = 0;
        double worstProtein = 0;
        double lowestEnergy = Double.POSITIVE_INFINITY;
        double highestEnergy = Double.NEGATIVE_INFINITY;
        int substitutedMeals = 0;
        int over1000 = 0;
        int maxDishes = 0;
        int dropped = 0;
        Map<String, Integer> substitutionCount = new LinkedHashMap<>();
        Map<String, String[]> substitutionNames = new LinkedHashMap<>();
        java.util.Set<Food> skippedFoods = new java.util.LinkedHashSet<>();
        for (int m = 0; m < mealCount; m++) {
            if (p.pool[m].length == 0) warnings.add(warning("plan.warning.norecipes", p.meals.get(m).key()));
        }
        for (int d = 0; d < p.days; d++) {
            List<MealPlan.Meal> meals = new ArrayList<>();
            Nutrients total = Nutrients.ZERO;
            int dishes = 0;
            for (int m = 0; m < mealCount; m++) {
                int slot = d * mealCount + m;
                int r = s.recipe[d][m];
                if (r < 0) {
                    if (p.pool[m].length > 0) dropped++;
                    continue;
                }
                RecipeFacts f = p.recipes.get(r);
                double servings = s.servings[d][m];
                int origin = leftoverOf[slot] >= 0 ? leftoverOf[slot] : slot;
                boolean isLeftover = origin != slot;
                double cookPortions = batch[origin] * p.people;
                // the share of the cooked food this meal stands for (the household's portions of it)
                double share = servings * p.people / cookPortions;
                Nutrients eaten = Nutrients.ZERO;
                List<MealPlan.IngredientUse> ingredients = new ArrayList<>();
                List<MealPlan.Substitution> substitutions = new ArrayList<>();
                for (Use u : uses.get(origin).values()) {
                    Food recipeFood = p.foods.get(u.food);
                    Food used = p.foods.get(u.usedFood);
                    eaten = eaten.plus(used.per100g().scaled(u.grams / cookPortions * servings / 100));
                    boolean substituted = u.usedFood != u.food;
                    double grams = isLeftover ? u.grams * share : u.grams;
                    ingredients.add(new MealPlan.IngredientUse(recipeFood.id(), recipeFood.displayName(false), recipeFood.displayName(true),
                            round1(grams), isLeftover ? 0 : round1(u.fromStock), isLeftover ? 0 : round1(u.toBuy),
                            substituted ? used.id() : null, substituted ? used.displayName(false) : null,
                            substituted ? used.displayName(true) : null, u.staple));
                    if (substituted) {
                        substitutions.add(new MealPlan.Substitution(recipeFood.id(), recipeFood.displayName(false), recipeFood.displayName(true),
                                used.id(), used.displayName(false), used.displayName(true), round1(grams)));
                        if (!isLeftover) {
                            String key = used.id() + ">" + recipeFood.id();
                            substitutionCount.merge(key, 1, Integer::sum);
                            substitutionNames.put(key, new String[] {MealPlan.Warning.food(used), MealPlan.Warning.food(recipeFood)});
                        }
                    }
                }
                List<MealPlan.Skipped> skipped = new ArrayList<>();
                skips.get(origin).forEach((food, grams) -> {
                    Food skippedFood = p.foods.get(food);
                    skippedFoods.add(skippedFood);
                    skipped.add(new MealPlan.Skipped(skippedFood.id(), skippedFood.displayName(false), skippedFood.displayName(true),
                            round1(isLeftover ? grams * share : grams)));
                });
                if (!substitutions.isEmpty()) substitutedMeals++;
                if (!isLeftover && p.cooked[r]) dishes++;
                total = total.plus(eaten);
                double mealEnergy = eaten.getOrZero(Nutrient.ENERGY);
                if (mealEnergy > 1000) over1000++;
                LocalDate from = isLeftover ? p.request.start().plusDays(origin / mealCount) : null;
                meals.add(new MealPlan.Meal(p.meals.get(m), f.recipe().id(), f.recipe().title(false), f.recipe().title(true),
                        servings, round1(mealEnergy), round1(eaten.getOrZero(Nutrient.PROTEIN)), ingredients,
                        isLeftover ? 0 : round1(cookPortions), from, substitutions, isLeftover ? 0 : f.recipe().activeMinutes(), skipped));
            }
            maxDishes = Math.max(maxDishes, dishes);
            double energy = total.getOrZero(Nutrient.ENERGY);
            double protein = total.getOrZero(Nutrient.PROTEIN);
            double energyError = (energy - p.energyTarget) / p.energyTarget;
            double proteinError = (protein - p.proteinTarget) / p.proteinTarget;
            worstEnergy = Math.max(worstEnergy, Math.abs(energyError));
            worstProtein = Math.max(worstProtein, Math.abs(proteinError));
            lowestEnergy = Math.min(lowestEnergy, energyError);
            highestEnergy = Math.max(highestEnergy, energyError);
            LocalDate date = p.request.start().plusDays(d);
            offTarget("plan.warning.energy", date, energy, p.energyTarget, ENERGY_BAND).ifPresent(warnings::add);
            offTarget("plan.warning.protein", date, protein, p.proteinTarget, PROTEIN_BAND).ifPresent(warnings::add);
            days.add(new MealPlan.Day(date, meals, round1(energy), round1(protein),
                    round1(total.getOrZero(Nutrient.FAT)), round1(total.getOrZero(Nutrient.CARBOHYDRATE))));
        }
        substitutionCount.forEach((key, count) -> {
            String[] names = substitutionNames.get(key);
            warnings.add(warning("plan.warning.substitute", names[0], names[1], Integer.toString(count)));
        });
        if (!skippedFoods.isEmpty()) {
            warnings.add(new MealPlan.Warning(MealPlan.Warning.SKIPPED, skippedFoods.stream().map(MealPlan.Warning::food).toList()));
        }
        if (dropped > 0) warnings.add(warning("plan.warning.dropped", Integer.toString(dropped)));
        if (p.request.shop() == ShopMode.NONE && (worstEnergy > ENERGY_BAND || worstProtein > PROTEIN_BAND)) {
            warnings.add(warning("plan.warning.stockonly", percent(lowestEnergy), percent(highestEnergy),
                    Long.toString(Math.round(worstProtein * 100))));
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
        double atRisk = 0;
        double atRiskUsed = 0;
        double atRiskFlagged = 0;
        record Spoil(Food food, double grams, int day) {
        }
        Map<String, Spoil> spoiling = new LinkedHashMap<>();
        for (int l = 0; l < p.lotGrams.length; l++) {
            if (p.lotExpiresDay[l] >= p.horizon) continue;
            double used = p.lotGrams[l] - leftover[0][l];
            soonUsed += used;
            boolean mfd = FoodFamilies.meatFishDairy(p.lotFoods[l]);
            if (mfd) {
                atRisk += p.lotGrams[l];
                atRiskUsed += used;
            }
            if (leftover[0][l] >= 30) {
                if (mfd) atRiskFlagged += leftover[0][l];
                String name = MealPlan.Warning.food(p.lotFoods[l]);
                Spoil before = spoiling.get(name);
                spoiling.put(name, new Spoil(p.lotFoods[l], leftover[0][l] + (before == null ? 0 : before.grams()),
                        before == null ? p.lotExpiresDay[l] : Math.min(before.day(), p.lotExpiresDay[l])));
            }
        }
        spoiling.forEach((name, sp) -> warnings.add(FoodFamilies.perishable(sp.food())
                ? warning("plan.warning.freeze", name, fmt(sp.grams()), p.request.start().plusDays(sp.day()).toString())
                : warning("plan.warning.spoils", name, fmt(sp.grams()))));
        double soonShare = p.soonExpiringGrams == 0 ? 1 : soonUsed / p.soonExpiringGrams;
        return new MealPlan(p.request.start(), p.days, p.meals, round1(p.energyTarget), round1(p.proteinTarget), days, shopping,
                warnings, new MealPlan.Quality(cost, worstEnergy, worstProtein, soonShare, round1(stockUsed[0]), round1(bought),
                substitutedMeals, over1000, maxDishes, round1(atRisk), round1(atRiskUsed), round1(atRiskFlagged)),
                p.people, p.request.shop().key());
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

    static String fmt(double v) {
        return Long.toString(Math.round(v));
    }

    private static String percent(double share) {
        return (share > 0 ? "+" : "") + Math.round(share * 100);
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /**
     * How a shop sells what is missing, in real pack sizes: pieces for eggs, fruit and vegetables
     * sold by the piece; bottles of 250/500 ml (oils, sauces, vinegars) and cartons of 500 ml/1 l
     * (milk, kefir); a 40 g jar of a dried spice or a 30 g bunch of fresh herbs however little the
     * plan needs; packs of 200 g for cheese and butter; 50 g steps (100 g above 500 g) otherwise.
     * {@code section} is the shop section the GUI groups by.
     */
    static final class ShopUnits {
        private ShopUnits() {
        }

        static MealPlan.ShoppingItem item(Food food, double grams) {
            String group = food.group() == null ? "" : food.group().code();
            String d = food.description();
            String section = section(food);
            boolean countable = group.equals("0900") || group.equals("1100") || d.startsWith("Egg,");
            var piece = GramConversion.pieceMeasure(food);
            boolean wholePiece = piece.isPresent() && piece.get().gramsPerUnit() >= 20
                    && GramConversion.measureText(piece.get()).matches(".*\\b(medium|large|small|whole|fruit|egg|head|bunch)\\b.*");
            if (countable && wholePiece) {
                double pieces = Math.ceil(grams / piece.get().gramsPerUnit() - 0.05);
                if (d.startsWith("Egg,")) pieces = Math.max(6, Math.ceil(pieces / 6) * 6); // eggs come by the half dozen
                return shopping(food, grams, Math.max(1, pieces), "pcs", section);
            }
            if (group.equals("0200") && d.startsWith("Spices,")) return shopping(food, grams, Math.max(40, Math.ceil(grams / 40) * 40), "g", section);
            if (section.equals("herbs")) return shopping(food, grams, Math.max(30, Math.ceil(grams / 30) * 30), "g", section);
            var density = GramConversion.gramsPerMl(food);
            boolean liquid = group.equals("1400") || d.contains("fluid") || d.startsWith("Oil,") || d.startsWith("Vinegar")
                    || d.startsWith("Sauce,") || d.startsWith("Soy sauce") || d.startsWith("Milk,");
            if (liquid && density.isPresent()) {
                double ml = grams / density.getAsDouble();
                double step = d.startsWith("Milk,") || group.equals("1400") ? (ml <= 1000 ? 500 : 1000) : ml <= 500 ? 250 : 500;
                return shopping(food, grams, Math.ceil(ml / step) * step, "ml", section);
            }
            if (d.startsWith("Cheese,") || d.startsWith("Butter,")) return shopping(food, grams, Math.ceil(grams / 200) * 200, "g", section);
            double step = grams <= 500 ? 50 : 100;
            return shopping(food, grams, Math.ceil(grams / step) * step, "g", section);
        }

        /** produce, herbs, meat, fish, dairy, bakery, frozen, spices, grocery. */
        static String section(Food food) {
            String group = food.group() == null ? "" : food.group().code();
            String d = food.description();
            if (d.contains("frozen")) return "frozen";
            if (d.matches("^(Dill weed, fresh|Parsley|Coriander \\(cilantro\\) leaves|Basil, fresh|Spearmint, fresh|Rosemary, fresh|Chives|Thyme, fresh).*")) {
                return "herbs";
            }
            return switch (group) {
                case "0900", "1100" -> d.contains("canned") || d.startsWith("Tomato products") ? "grocery" : "produce";
                case "0500", "0700", "1000", "1300", "1700" -> "meat";
                case "1500" -> d.contains("canned") ? "grocery" : "fish";
                case "0100" -> "dairy";
                case "1800" -> "bakery";
                case "0200" -> "spices";
                default -> "grocery";
            };
        }

        private static MealPlan.ShoppingItem shopping(Food food, double grams, double quantity, String unit, String section) {
            return new MealPlan.ShoppingItem(food.id(), food.displayName(false), food.displayName(true), round1(grams), quantity, unit, section);
        }
    }
}
