package dev.fridgechef.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fridgechef.Lazy;
import dev.fridgechef.diet.DietRules;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.profile.ProfileService;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import org.jdbi.v3.core.Jdbi;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The semantic cache: near-identical requests (the same person with almost the same fridge) reuse
 * an earlier AI plan. A request is described in words (targets, rules, meals, stock by food and
 * rounded weight), embedded in-process with all-MiniLM-L6-v2, and compared by cosine similarity
 * with the requests behind stored AI plans for the same first day (tomorrow's plan is not today's,
 * and a month of the same plan would be no plan at all). A plan at or above the threshold is re-checked against
 * today's request with {@link AiPlanCheck} — rules, and the stock, so what is gone is now bought —
 * and used only if it still passes.
 */
public final class SemanticPlanCache {

    private final Jdbi jdbi;
    private final ObjectMapper json;
    private final FoodDatabase foods;
    private final Lazy<EmbeddingModel> model;
    private final Clock clock;

    public SemanticPlanCache(Jdbi jdbi, ObjectMapper json, FoodDatabase foods, Clock clock) {
        this(jdbi, json, foods, clock, new Lazy<>(AllMiniLmL6V2EmbeddingModel::new));
    }

    SemanticPlanCache(Jdbi jdbi, ObjectMapper json, FoodDatabase foods, Clock clock, Lazy<EmbeddingModel> model) {
        this.jdbi = jdbi;
        this.json = json;
        this.foods = foods;
        this.model = model;
        this.clock = clock;
    }

    /** A reusable plan: the earlier plan's id, its similarity, and the plan re-checked against today's request. */
    public record Hit(long planId, double similarity, MealPlan plan) {
    }

    /** The words that stand for a request; the same fridge and person give the same text. */
    static String describe(PlanRequest r) {
        List<String> stock = new ArrayList<>();
        for (StockEntry e : r.stock()) {
            if (e.food() == null || e.grams() == null) continue;
            stock.add(e.food().displayName(false) + " " + Math.round(e.grams() / 50) * 50 + " g");
        }
        stock.sort(Comparator.naturalOrder());
        return "meals " + String.join(" ", r.meals().stream().map(m -> m.key()).toList()) + "; " + r.days() + " days; energy "
                + Math.round(r.targets().energy() / 50) * 50 + " kcal; protein " + Math.round(r.targets().protein() / 5) * 5 + " g; diet "
                + r.profile().diet().key() + "; allergies " + String.join(" ", r.profile().allergies().stream().map(a -> a.key()).sorted().toList())
                + "; restrictions " + String.join(" ", r.profile().flags().stream().map(f -> f.key()).sorted().toList())
                + "; dislikes " + String.join(" ", r.profile().dislikes()) + "; stock: " + String.join(", ", stock);
    }

    public float[] embed(PlanRequest r) {
        return model.get().embed(describe(r)).content().vector();
    }

    public void remember(long planId, float[] vector) {
        jdbi.useHandle(h -> h.createUpdate("MERGE INTO plan_embedding (plan_id, user_name, vector, created_at) KEY (plan_id) VALUES (:p, :u, :v, :t)")
                .bind("p", planId).bind("u", ProfileService.DEFAULT_USER).bind("v", bytes(vector)).bind("t", LocalDateTime.now(clock)).execute());
    }

    /** The most similar earlier AI plan at or above {@code threshold} that still passes today's checks. */
    public Optional<Hit> find(PlanRequest request, float[] vector, double threshold) {
        record Candidate(long id, double similarity, String planJson) {
        }
        List<Candidate> candidates = jdbi.withHandle(h -> h.createQuery("SELECT e.plan_id, e.vector, p.plan_json FROM plan_embedding e "
                        + "JOIN meal_plan p ON p.id = e.plan_id WHERE e.user_name = :u AND p.source LIKE 'ai:%' AND p.start_date = :start")
                .bind("u", ProfileService.DEFAULT_USER).bind("start", request.start())
                .map((rs, ctx) -> new Candidate(rs.getLong(1), cosine(vector, floats(rs.getBytes(2))), rs.getString(3))).list());
        DietRules rules = new DietRules(request.profile());
        return candidates.stream().filter(c -> c.similarity() >= threshold)
                .sorted(Comparator.comparingDouble(Candidate::similarity).reversed())
                .map(c -> recheck(request, rules, c.planJson()).map(plan -> new Hit(c.id(), c.similarity(), plan)))
                .flatMap(Optional::stream).findFirst();
    }

    private Optional<MealPlan> recheck(PlanRequest request, DietRules rules, String planJson) {
        MealPlan old;
        try {
            old = json.readValue(planJson, MealPlan.class);
        } catch (Exception e) {
            return Optional.empty();
        }
        if (old.days() != request.days() || !old.meals().equals(request.meals())) return Optional.empty();
        var outcome = new AiPlanCheck(request, foods, rules, json).check(asModelAnswer(old, request));
        return outcome.problems().isEmpty() ? Optional.of(outcome.plan()) : Optional.empty();
    }

    /** The stored plan in the model's own schema, moved to the new start date, for the same checks a fresh answer gets. */
    private String asModelAnswer(MealPlan plan, PlanRequest request) {
        ObjectNode root = json.createObjectNode();
        ArrayNode days = root.putArray("days");
        for (int d = 0; d < plan.plan().size(); d++) {
            ObjectNode day = days.addObject();
            day.put("date", request.start().plusDays(d).toString());
            ArrayNode meals = day.putArray("meals");
            for (MealPlan.Meal m : plan.plan().get(d).meals()) {
                ObjectNode meal = meals.addObject();
                meal.put("meal", m.meal().key());
                meal.put("title", m.titleEn());
                ArrayNode ingredients = meal.putArray("ingredients");
                for (MealPlan.IngredientUse u : m.ingredients()) {
                    ingredients.addObject().put("food_id", u.foodId()).put("grams", u.grams());
                }
            }
        }
        return root.toString();
    }

    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) return 0;
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static byte[] bytes(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4);
        for (float f : v) b.putFloat(f);
        return b.array();
    }

    private static float[] floats(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        float[] v = new float[bytes.length / 4];
        for (int i = 0; i < v.length; i++) v[i] = b.getFloat();
        return v;
    }
}
