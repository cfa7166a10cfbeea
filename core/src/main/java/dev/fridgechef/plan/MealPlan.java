package dev.fridgechef.plan;

import dev.fridgechef.recipe.MealType;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan as shown and stored (its JSON form is documented in the README). Nutrition comes from the
 * food database, from the foods actually used (a substituted stock food counts with its own
 * nutrition); {@code fromStockGrams} and {@code toBuyGrams} say where each ingredient comes from.
 * Fields added after the first stored plans default when an old plan is read (people 1, no
 * substitutions, no leftovers).
 */
public record MealPlan(LocalDate start, int days, List<MealType> meals, double energyTarget, double proteinTarget,
                       List<Day> plan, List<ShoppingItem> shopping, List<Warning> warnings, Quality quality, int people, String shop) {

    /** How far a day's energy and protein may be from the plan's targets before the plan says so. */
    public static final double ENERGY_BAND = 0.05;
    public static final double PROTEIN_BAND = 0.10;

    public MealPlan {
        people = Math.max(1, people);
        shop = shop == null ? "any" : shop;
        warnings = warnings == null ? List.of() : warnings;
        shopping = shopping == null ? List.of() : shopping;
    }

    public MealPlan(LocalDate start, int days, List<MealType> meals, double energyTarget, double proteinTarget,
                    List<Day> plan, List<ShoppingItem> shopping, List<Warning> warnings, Quality quality) {
        this(start, days, meals, energyTarget, proteinTarget, plan, shopping, warnings, quality, 1, "any");
    }

    /** The foods (as eaten, substitutes included) the plan cooks with from stock. */
    public java.util.Set<String> foodsFromStock() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        plan.forEach(d -> d.meals().forEach(m -> m.ingredients().stream().filter(u -> u.fromStockGrams() > 0)
                .forEach(u -> ids.add(u.eatenFoodId()))));
        return ids;
    }

    public record Day(LocalDate date, List<Meal> meals, double energy, double protein, double fat, double carbohydrate) {
    }

    /**
     * One meal; {@code servings} are the person's. {@code cookServings}: how many servings are cooked
     * at this meal for the household, planned leftovers included (0 for a meal of leftovers);
     * {@code leftoverFrom}: the day the dish was cooked when this meal eats its leftovers; {@code skipped}: pinch
     * ingredients neither at home nor bought, which the dish is cooked without (not in its nutrition).
     */
    public record Meal(MealType meal, String recipeId, String titleEn, String titleRu, double servings, double energy,
                       double protein, List<IngredientUse> ingredients, double cookServings, LocalDate leftoverFrom,
                       List<Substitution> substitutions, int activeMinutes, List<Skipped> skipped) {
        public Meal {
            substitutions = substitutions == null ? List.of() : substitutions;
            skipped = skipped == null ? List.of() : skipped;
        }

        public Meal(MealType meal, String recipeId, String titleEn, String titleRu, double servings, double energy,
                    double protein, List<IngredientUse> ingredients, double cookServings, LocalDate leftoverFrom,
                    List<Substitution> substitutions, int activeMinutes) {
            this(meal, recipeId, titleEn, titleRu, servings, energy, protein, ingredients, cookServings, leftoverFrom, substitutions,
                    activeMinutes, List.of());
        }

        public Meal(MealType meal, String recipeId, String titleEn, String titleRu, double servings, double energy,
                    double protein, List<IngredientUse> ingredients) {
            this(meal, recipeId, titleEn, titleRu, servings, energy, protein, ingredients, servings, null, List.of(), 0);
        }

        public boolean leftover() {
            return leftoverFrom != null;
        }
    }

    /**
     * Where an ingredient comes from. {@code foodId} is the recipe's food; when stock of the same
     * family stands in, {@code usedFoodId} (and its names) is the food actually used, else null.
     */
    public record IngredientUse(String foodId, String nameEn, String nameRu, double grams, double fromStockGrams, double toBuyGrams,
                                String usedFoodId, String usedNameEn, String usedNameRu, boolean staple) {
        public IngredientUse(String foodId, String nameEn, String nameRu, double grams, double fromStockGrams, double toBuyGrams) {
            this(foodId, nameEn, nameRu, grams, fromStockGrams, toBuyGrams, null, null, null, false);
        }

        /** The food actually eaten: the substitute when there is one. */
        public String eatenFoodId() {
            return usedFoodId != null ? usedFoodId : foodId;
        }
    }

    /** "Your {usedName} instead of {recipeName}": a stock food of the same family used for the recipe's food. */
    /** A pinch of a recipe's food (a spice, a spoonful of a sauce) left out of the dish rather than bought. */
    public record Skipped(String foodId, String nameEn, String nameRu, double grams) {
    }

    public record Substitution(String recipeFoodId, String recipeNameEn, String recipeNameRu, String usedFoodId, String usedNameEn,
                               String usedNameRu, double grams) {
    }

    /** The shopping list in the alphabetical order of the reader's language (Cyrillic order in Russian). */
    public List<ShoppingItem> shoppingList(boolean russian) {
        return shopping.stream().sorted(dev.fridgechef.i18n.NameOrder.by(i -> i.name(russian), russian)).toList();
    }

    /** One line of the shopping list, summed over the plan; {@code quantity unit} is what to ask for in a shop. */
    public record ShoppingItem(String foodId, String nameEn, String nameRu, double grams, double quantity, String unit, String section) {
        public ShoppingItem(String foodId, String nameEn, String nameRu, double grams, double quantity, String unit) {
            this(foodId, nameEn, nameRu, grams, quantity, unit, null);
        }

        public String name(boolean russian) {
            return russian ? nameRu : nameEn;
        }
    }

    /**
     * Something the person should know, as a message key and its arguments. An argument that names a
     * food is written as {@code food:ID} and shown in the reader's language ({@link #text}).
     */
    public record Warning(String key, List<String> args) {
        private static final String FOOD = "food:";
        /** Its arguments are the foods left out, any number of them, shown as one list. */
        static final String SKIPPED = "plan.warning.skipped";

        static String food(dev.fridgechef.food.Food food) {
            return FOOD + food.id();
        }

        /**
         * The warning in the language of {@code messages}: food names from {@code foods}, dates and meal
         * names in that language.
         */
        public String text(dev.fridgechef.i18n.Messages messages, dev.fridgechef.food.FoodDatabase foods) {
            var dates = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(messages.locale());
            Object[] shown = args.stream().map(a -> shown(a, messages, foods, dates)).toArray();
            if (key.equals("plan.warning.norecipes") && shown.length > 0) shown[0] = messages.get("meal." + args.get(0));
            if (key.equals(SKIPPED)) shown = new Object[] {String.join(", ", java.util.Arrays.stream(shown).map(String::valueOf).toList())};
            return messages.format(key, shown);
        }

        private static String shown(String arg, dev.fridgechef.i18n.Messages messages, dev.fridgechef.food.FoodDatabase foods,
                                    java.time.format.DateTimeFormatter dates) {
            if (arg.startsWith(FOOD)) {
                String id = arg.substring(FOOD.length());
                return foods.byId(id).map(f -> f.displayName(messages.isRussian())).orElse(id);
            }
            if (arg.length() == 10 && arg.charAt(4) == '-') {
                try {
                    return dates.format(java.time.LocalDate.parse(arg));
                } catch (java.time.format.DateTimeParseException notADate) {
                    return arg;
                }
            }
            return arg;
        }
    }

    /** How good the plan is: the figures the planner optimises, for reports and benchmarks. */
    public record Quality(double cost, double worstEnergyError, double worstProteinError, double soonExpiringUsedShare,
                          double stockGramsUsed, double boughtGrams, int substitutedMeals, int mealsOver1000Kcal,
                          int maxDishesCookedPerDay, double atRiskGrams, double atRiskUsedGrams, double atRiskFlaggedGrams) {
        public Quality(double cost, double worstEnergyError, double worstProteinError, double soonExpiringUsedShare,
                       double stockGramsUsed, double boughtGrams) {
            this(cost, worstEnergyError, worstProteinError, soonExpiringUsedShare, stockGramsUsed, boughtGrams, 0, 0, 0, 0, 0, 0);
        }
    }
}
