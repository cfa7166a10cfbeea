package dev.fridgechef.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.food.Nutrients;
import dev.fridgechef.profile.ProfileService;
import dev.fridgechef.recipe.MealType;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A plan as the slots (one meal of one day) an account's devices share, and the plan stored back from
 * slots pulled from another device. Sync records a slot per planned meal and projects pulled ones
 * through here; nothing here knows of sync.
 */
public final class PlanSlots {
    /** The source of a plan stored from slots starts so: "sync: <device>". */
    public static final String SOURCE_PREFIX = "sync: ";
    private static final String SYNC_KEY = "sync";
    private static final MealPlan.Quality NO_QUALITY = new MealPlan.Quality(0, 0, 0, 0, 0, 0);

    private final FoodDatabase foods;
    private final ObjectMapper json;
    private final Clock clock;

    public PlanSlots(FoodDatabase foods, ObjectMapper json, Clock clock) {
        this.foods = foods;
        this.json = json;
        this.clock = clock;
    }

    /**
     * One planned meal and what its plan's day needs besides: the fat and carbohydrate the person eats
     * with it (g, from the food database), the plan's daily targets and the people it cooks for.
     */
    public record Slot(LocalDate date, MealPlan.Meal meal, double fat, double carbohydrate, double energyTarget, double proteinTarget,
                       int people) {
        /** The slot's name on the wire: "2026-12-01/lunch". */
        public String id() {
            return date + "/" + meal.meal().key();
        }
    }

    /** A plan stored here, with the meals marked cooked on it. */
    public record Local(long id, MealPlan plan, List<PlanMarks.CookedMeal> cooked, LocalDateTime createdAt) {
    }

    /** A slot's value as it travels: everything but the date, which the slot's name holds. */
    private record Value(MealPlan.Meal meal, double fat, double carbohydrate, double energyTarget, double proteinTarget, int people) {
    }

    /** Every meal of {@code plan} as a slot. */
    public List<Slot> slots(MealPlan plan) {
        List<Slot> out = new ArrayList<>();
        for (MealPlan.Day day : plan.plan()) {
            for (MealPlan.Meal meal : day.meals()) {
                Nutrients eaten = eaten(meal, plan.people());
                out.add(new Slot(day.date(), meal, PlanRenderer.round1(eaten.getOrZero(Nutrient.FAT)),
                        PlanRenderer.round1(eaten.getOrZero(Nutrient.CARBOHYDRATE)), plan.energyTarget(), plan.proteinTarget(), plan.people()));
            }
        }
        return out;
    }

    /**
     * What the person eats of a meal, the way the planner counts it: a cooked meal's share of the listed
     * (whole dish) grams is servings / cooked servings; a meal of leftovers lists the household's part, 1 / people of it.
     */
    private Nutrients eaten(MealPlan.Meal meal, int people) {
        double share = meal.leftover() || meal.cookServings() <= 0 ? 1.0 / people : meal.servings() / meal.cookServings();
        Nutrients eaten = Nutrients.ZERO;
        for (MealPlan.IngredientUse u : meal.ingredients()) {
            Optional<Food> food = foods.byId(u.eatenFoodId());
            if (food.isPresent()) eaten = eaten.plus(food.get().per100g().scaled(u.grams() * share / 100));
        }
        return eaten;
    }

    public JsonNode value(Slot slot) {
        return json.valueToTree(new Value(slot.meal(), slot.fat(), slot.carbohydrate(), slot.energyTarget(), slot.proteinTarget(), slot.people()));
    }

    /** The slot of {@code date} a value describes; an {@link IllegalArgumentException} when it does not read as one. */
    public Slot slot(LocalDate date, JsonNode value) {
        Value v;
        try {
            v = json.treeToValue(value, Value.class);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("not a planned meal: " + e.getMessage(), e);
        }
        if (v == null || v.meal() == null || v.meal().meal() == null || v.meal().recipeId() == null || v.meal().ingredients() == null) {
            throw new IllegalArgumentException("not a planned meal: meal, its type, recipe and ingredients are needed");
        }
        return new Slot(date, v.meal(), v.fat(), v.carbohydrate(), v.energyTarget(), v.proteinTarget(), Math.max(1, v.people()));
    }

    /** The newest plan stored here that covers {@code date}, read in the caller's transaction. */
    public Optional<Local> covering(Handle h, LocalDate date) {
        return h.createQuery("SELECT id, created_at FROM meal_plan WHERE user_name = :u AND start_date <= :d AND end_date >= :d "
                        + "ORDER BY created_at DESC, id DESC LIMIT 1")
                .bind("u", ProfileService.DEFAULT_USER).bind("d", date)
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getTimestamp("created_at").toLocalDateTime())).findOne()
                .map(row -> new Local(row.getKey(), read(h, row.getKey()), cooked(h, row.getKey()), row.getValue()));
    }

    /**
     * The plan of the days {@code from} to {@code to}: a day with synced slots is made of them (meals in
     * meal order, its totals their sums); any other day is the one of {@code localDays} (the plan here
     * for it), or left empty. Targets come from the slots ({@code newest}, the newest plan here, when
     * there are none), the shopping list is what the meals still need to buy; a plan made so has no warnings.
     */
    public MealPlan plan(LocalDate from, LocalDate to, Map<LocalDate, List<Slot>> synced, Map<LocalDate, MealPlan.Day> localDays,
                         MealPlan newest) {
        List<Slot> all = new TreeMap<>(synced).values().stream().flatMap(List::stream).toList();
        List<MealPlan.Day> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            List<Slot> slots = synced.getOrDefault(d, List.of());
            days.add(slots.isEmpty() ? localDays.getOrDefault(d, new MealPlan.Day(d, List.of(), 0, 0, 0, 0)) : day(d, slots));
        }
        EnumSet<MealType> meals = EnumSet.noneOf(MealType.class);
        days.forEach(day -> day.meals().forEach(m -> meals.add(m.meal())));
        if (meals.isEmpty() && newest != null) meals.addAll(newest.meals());
        double energyTarget = all.isEmpty() ? (newest == null ? 0 : newest.energyTarget()) : all.get(0).energyTarget();
        double proteinTarget = all.isEmpty() ? (newest == null ? 0 : newest.proteinTarget()) : all.get(0).proteinTarget();
        int people = all.stream().mapToInt(Slot::people).max().orElse(newest == null ? 1 : newest.people());
        return new MealPlan(from, days.size(), List.copyOf(meals), energyTarget, proteinTarget, days, shopping(days), List.of(), NO_QUALITY,
                people, newest == null ? null : newest.shop());
    }

    private static MealPlan.Day day(LocalDate date, List<Slot> slots) {
        List<Slot> sorted = slots.stream().sorted(Comparator.comparing(s -> s.meal().meal())).toList();
        double energy = 0;
        double protein = 0;
        double fat = 0;
        double carbohydrate = 0;
        for (Slot s : sorted) {
            energy += s.meal().energy();
            protein += s.meal().protein();
            fat += s.fat();
            carbohydrate += s.carbohydrate();
        }
        return new MealPlan.Day(date, sorted.stream().map(Slot::meal).toList(), PlanRenderer.round1(energy), PlanRenderer.round1(protein),
                PlanRenderer.round1(fat), PlanRenderer.round1(carbohydrate));
    }

    /** The grams each food still has to be bought for the meals, in the planner's shop units. */
    private List<MealPlan.ShoppingItem> shopping(List<MealPlan.Day> days) {
        Map<String, Double> toBuy = new TreeMap<>();
        days.forEach(d -> d.meals().forEach(m -> m.ingredients().forEach(u -> {
            if (u.toBuyGrams() > 0) toBuy.merge(u.eatenFoodId(), u.toBuyGrams(), Double::sum);
        })));
        List<MealPlan.ShoppingItem> shopping = new ArrayList<>();
        toBuy.forEach((id, grams) -> {
            if (grams >= 0.5) foods.byId(id).ifPresent(f -> shopping.add(PlanRenderer.ShopUnits.item(f, grams)));
        });
        shopping.sort(Comparator.comparing(MealPlan.ShoppingItem::nameEn));
        return shopping;
    }

    /**
     * Stores a plan made from slots in the caller's transaction, as the newest plan of its days (the same
     * days again today update the same row), and marks cooked those of {@code cooked} whose recipe the
     * plan has in that slot. Returns the plan's id. Nothing is journaled: this is what another device did.
     */
    public long store(Handle h, MealPlan plan, String source, Collection<PlanMarks.CookedMeal> cooked) {
        String options = SYNC_KEY + ";start=" + plan.start() + ";days=" + plan.days();
        LocalDate today = LocalDate.now(clock);
        String document;
        try {
            document = json.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        h.createUpdate("MERGE INTO meal_plan (user_name, inventory_hash, profile_hash, options, plan_day, start_date, end_date, source, "
                        + "plan_json, created_at) KEY (user_name, inventory_hash, profile_hash, options, plan_day) "
                        + "VALUES (:u, :k, :k, :o, :d, :s, :e, :src, :j, :t)")
                .bind("u", ProfileService.DEFAULT_USER).bind("k", SYNC_KEY).bind("o", options).bind("d", today).bind("s", plan.start())
                .bind("e", plan.start().plusDays(plan.days() - 1L)).bind("src", source.length() > 200 ? source.substring(0, 200) : source)
                .bind("j", document).bind("t", LocalDateTime.now(clock)).execute();
        long id = h.createQuery("SELECT id FROM meal_plan WHERE user_name = :u AND inventory_hash = :k AND profile_hash = :k "
                        + "AND options = :o AND plan_day = :d")
                .bind("u", ProfileService.DEFAULT_USER).bind("k", SYNC_KEY).bind("o", options).bind("d", today).mapTo(Long.class).one();
        for (PlanMarks.CookedMeal c : cooked) {
            boolean planned = PlannedCooking.mealAt(plan, c.day(), c.meal()).filter(m -> m.recipeId().equals(c.recipeId())).isPresent();
            if (planned) PlanMarks.mark(h, id, c.day(), c.meal(), c.recipeId(), LocalDateTime.now(clock));
        }
        return id;
    }

    private MealPlan read(Handle h, long id) {
        String document = h.createQuery("SELECT plan_json FROM meal_plan WHERE id = :id").bind("id", id).mapTo(String.class).one();
        try {
            return json.readValue(document, MealPlan.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored plan is not readable: " + e.getOriginalMessage(), e);
        }
    }

    private static List<PlanMarks.CookedMeal> cooked(Handle h, long planId) {
        return h.createQuery("SELECT plan_date, meal, recipe_id FROM cooked_meal WHERE plan_id = :p ORDER BY plan_date, meal").bind("p", planId)
                .map((rs, ctx) -> new PlanMarks.CookedMeal(rs.getDate("plan_date").toLocalDate(), MealType.parse(rs.getString("meal")),
                        rs.getString("recipe_id"))).list();
    }
}
