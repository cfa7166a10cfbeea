package dev.fridgechef.insights;

import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.profile.ProfileService;
import dev.fridgechef.profile.Targets;
import dev.fridgechef.recipe.MealType;
import org.jdbi.v3.core.Jdbi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The person's eating habits from the diary: the window's entries and foods are read in one query and
 * summed in one pass ({@link InsightsCalculator}); nutrition comes from the food database as in the diary.
 */
public final class InsightsService {
    public static final int MAX_WEEKS = 104;

    private final Jdbi jdbi;
    private final FoodDatabase foods;
    private final Supplier<Optional<Targets>> targets;
    private final Clock clock;

    /** {@code targets}: the person's daily targets when the profile has what they need. */
    public InsightsService(Jdbi jdbi, FoodDatabase foods, Supplier<Optional<Targets>> targets, Clock clock) {
        this.jdbi = jdbi;
        this.foods = foods;
        this.targets = targets;
        this.clock = clock;
    }

    /** The insights of the last {@link Insights#DEFAULT_WEEKS} weeks up to today. */
    public Insights insights() {
        return insights(Insights.DEFAULT_WEEKS);
    }

    public Insights insights(int weeks) {
        if (weeks < 1 || weeks > MAX_WEEKS) throw new UserException("error.insights.weeks", weeks, MAX_WEEKS);
        LocalDate to = LocalDate.now(clock);
        LocalDate from = to.minusDays(weeks * 7L - 1);
        InsightsCalculator calc = new InsightsCalculator(from, to, weeks, targets.get().orElse(null));
        jdbi.useHandle(h -> h.createQuery("SELECT s.eaten_on, s.eaten_at, s.meal, e.id, e.recipe_id, e.food_id, e.label, e.label_ru, "
                        + "e.eaten_percent, p.food_id AS p_food, p.grams AS p_grams "
                        + "FROM diary_entry e JOIN diary_session s ON s.id = e.session_id LEFT JOIN diary_portion p ON p.entry_id = e.id "
                        + "WHERE e.eaten_on BETWEEN :f AND :t AND NOT e.removed AND s.user_name = :u ORDER BY e.eaten_on, e.id, p.position")
                .bind("f", from).bind("t", to).bind("u", ProfileService.DEFAULT_USER)
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    if (!calc.sameEntry(id)) {
                        String recipe = rs.getString("recipe_id");
                        String food = rs.getString("food_id");
                        String label = rs.getString("label");
                        String key = recipe != null ? "recipe:" + recipe : food != null ? "food:" + food : "dish:" + label.strip().toLowerCase(java.util.Locale.ROOT);
                        calc.entry(id, rs.getObject("eaten_on", LocalDate.class), rs.getObject("eaten_at", LocalTime.class),
                                MealType.parse(rs.getString("meal")), key, recipe, label, rs.getString("label_ru"),
                                rs.getBigDecimal("eaten_percent").doubleValue());
                    }
                    String foodId = rs.getString("p_food");
                    BigDecimal grams = rs.getBigDecimal("p_grams");
                    if (foodId != null) {
                        Food f = foods.byId(foodId).orElse(null);
                        if (f != null) calc.food(f, grams == null ? null : grams.doubleValue());
                    }
                    return id;
                }).forEach(id -> { }));
        return calc.result();
    }
}
