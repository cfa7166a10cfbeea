package dev.fridgechef.plan;

import dev.fridgechef.recipe.MealType;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the person ticked on a stored plan: meals cooked and shopping-list lines bought. */
public final class PlanMarks {
    private final Jdbi jdbi;
    private final Clock clock;
    private PlanJournal journal = PlanJournal.NONE;

    public PlanMarks(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Who hears each meal marked cooked, in the marking transaction (sync's outbox). */
    public PlanMarks withJournal(PlanJournal hears) {
        this.journal = hears;
        return this;
    }

    /** A meal of a plan that was cooked, with the recipe it had then. */
    public record CookedMeal(LocalDate day, MealType meal, String recipeId) {
    }

    public void cooked(long planId, LocalDate day, MealType meal, String recipeId) {
        jdbi.useTransaction(h -> cooked(h, planId, day, meal, recipeId));
    }

    /** Marks the meal cooked inside the caller's transaction (with the stock it took, see {@link PlannedCooking}). */
    void cooked(Handle h, long planId, LocalDate day, MealType meal, String recipeId) {
        mark(h, planId, day, meal, recipeId, LocalDateTime.now(clock));
        journal.cooked(h, day, meal);
    }

    /** The mark alone, heard by no journal. */
    static void mark(Handle h, long planId, LocalDate day, MealType meal, String recipeId, LocalDateTime at) {
        h.createUpdate("MERGE INTO cooked_meal (plan_id, plan_date, meal, recipe_id, cooked_at) KEY (plan_id, plan_date, meal) "
                        + "VALUES (:p, :d, :m, :r, :t)")
                .bind("p", planId).bind("d", day).bind("m", meal.key()).bind("r", recipeId).bind("t", at).execute();
    }

    /** Whether that slot is marked cooked with that recipe, read with a lock so two cooks cannot both pass. */
    static boolean isCooked(Handle h, long planId, LocalDate day, MealType meal, String recipeId) {
        return h.createQuery("SELECT recipe_id FROM cooked_meal WHERE plan_id = :p AND plan_date = :d AND meal = :m FOR UPDATE")
                .bind("p", planId).bind("d", day).bind("m", meal.key()).mapTo(String.class).findOne()
                .filter(r -> r.equals(recipeId)).isPresent();
    }

    public List<CookedMeal> cookedMeals(long planId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT plan_date, meal, recipe_id FROM cooked_meal WHERE plan_id = :p ORDER BY plan_date, meal")
                .bind("p", planId)
                .map((rs, ctx) -> new CookedMeal(rs.getDate("plan_date").toLocalDate(), MealType.parse(rs.getString("meal")), rs.getString("recipe_id")))
                .list());
    }

    /** Whether the meal planned now in that slot was cooked (a replaced meal is not). */
    public static boolean isCooked(List<CookedMeal> cooked, LocalDate day, MealPlan.Meal meal) {
        return cooked.contains(new CookedMeal(day, meal.meal(), meal.recipeId()));
    }

    public void checkShopping(long planId, String foodId, boolean checked) {
        jdbi.useHandle(h -> {
            if (checked) {
                h.createUpdate("MERGE INTO shopping_check (plan_id, food_id) KEY (plan_id, food_id) VALUES (:p, :f)")
                        .bind("p", planId).bind("f", foodId).execute();
            } else {
                h.createUpdate("DELETE FROM shopping_check WHERE plan_id = :p AND food_id = :f").bind("p", planId).bind("f", foodId).execute();
            }
        });
    }

    public Set<String> checkedShopping(long planId) {
        return jdbi.withHandle(h -> new HashSet<>(h.createQuery("SELECT food_id FROM shopping_check WHERE plan_id = :p")
                .bind("p", planId).mapTo(String.class).list()));
    }
}
