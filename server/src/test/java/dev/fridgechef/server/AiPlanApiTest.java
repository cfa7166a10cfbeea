package dev.fridgechef.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.Nutrient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.fridgechef.server.AiTesting.balance;
import static dev.fridgechef.server.AiTesting.setBalance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * POST /api/v1/plans with "ai": core's AI planner through the server's provider (an OpenAI-compatible
 * MockWebServer): the model proposes dishes, core sets the amounts and computes every number from the
 * food database; tokens are debited exactly; an identical request is served from the shared cache with
 * no call; an empty balance, a failing provider or no AI at all give the offline plan and say why.
 */
class AiPlanApiTest {
    /** Two new dishes of database foods (chicken breast, rice, olive oil, tomato) for day 1; the "kcal" is never read. */
    static final String DISHES = """
            {"dishes": [
              {"day": 1, "meal": "lunch", "recipe_id": "", "title_en": "Chicken with rice", "title_ru": "Курица с рисом", "kcal": 99999,
               "ingredients": [{"food_id": "05062", "grams_per_serving": 70}, {"food_id": "20044", "grams_per_serving": 100},
                               {"food_id": "04053", "grams_per_serving": 12}],
               "steps": ["Cook the rice.", "Fry the chicken in the oil and serve on the rice."], "active_minutes": 25},
              {"day": 1, "meal": "dinner", "recipe_id": "", "title_en": "Chicken rice bowl", "title_ru": "Боул с курицей и рисом",
               "ingredients": [{"food_id": "05062", "grams_per_serving": 80}, {"food_id": "20044", "grams_per_serving": 90},
                               {"food_id": "11529", "grams_per_serving": 100}, {"food_id": "04053", "grams_per_serving": 10}],
               "steps": ["Cook the rice.", "Grill the chicken, slice the tomato, put it all in a bowl."], "active_minutes": 20}]}""";

    static FakeOpenAi provider;
    static ServerApp app;
    static Api api;
    static FoodDatabase foods;

    @BeforeAll
    static void start() {
        provider = new FakeOpenAi();
        app = provider.instance("ai-plan", Duration.ofSeconds(20));
        api = new Api(app);
        foods = FoodDatabase.load();
    }

    @AfterAll
    static void stop() throws IOException {
        app.close();
        provider.close();
    }

    /** A member of a new household (one person, omnivore, no allergies) with chicken and rice in stock. */
    static Api.Session cook(Api api, String name) {
        Api.Session s = api.register(name);
        assertThat(api.post("/api/v1/households", s.access(), Map.of("name", name + "'s home")).status()).isEqualTo(201);
        Map<String, Object> profile = new HashMap<>(ProfileApiTest.complete());
        profile.put("householdSize", 1);
        profile.put("allergies", List.of());
        profile.put("diet", "omnivore");
        profile.put("goal", "maintain");
        assertThat(api.send("PUT", "/api/v1/profile", s.access(), profile, Map.of()).status()).isEqualTo(200);
        for (Object[] item : new Object[][] {{"chicken breast", 800, "g", "+3d"}, {"white rice", 1, "kg", null}, {"tomatoes", 500, "g", "+5d"}}) {
            Map<String, Object> body = new HashMap<>(Map.of("name", item[0], "quantity", item[1], "unit", item[2]));
            if (item[3] != null) body.put("expires", item[3]);
            Api.Reply r = api.post("/api/v1/stock", s.access(), body);
            assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        }
        return s;
    }

    static Map<String, Object> ask(String wish) {
        return Map.of("ai", true, "days", 1, "meals", List.of("lunch", "dinner"), "wish", wish);
    }

    @Test
    void anAiPlanHasTheFoodDatabasesNumbersDebitsExactlyAndIsServedFromTheCacheAfterwards() {
        Api.Session s = cook(api, "aiplanner");
        setBalance(s.userId(), 100_000);
        int before = provider.requests();
        provider.enqueue(FakeOpenAi.completion(1234, 567, DISHES));
        Api.Reply made = api.post("/api/v1/plans", s.access(), ask("something with chicken"));
        assertThat(made.status()).as(made.raw().body()).isEqualTo(201);
        assertThat(made.text("source")).isEqualTo("ai:openai/gpt-test");
        assertThat(made.json().has("aiUnavailable")).isFalse();
        assertThat(made.json().path("cached").asBoolean()).isFalse();
        assertThat(provider.requests() - before).isEqualTo(1);
        JsonNode request = provider.body(before);
        assertThat(request.path("model").asText()).isEqualTo("gpt-test");
        assertThat(request.path("messages").toString()).contains("something with chicken");

        JsonNode day = made.json().path("days").get(0);
        assertThat(day.path("meals")).extracting(m -> m.path("title").asText()).contains("Chicken with rice");
        assertNutritionIsTheFoodDatabases(day);
        assertThat(balance(s.userId())).isEqualTo(100_000 - 1234 - 567);
        assertThat(generations(s.userId())).containsExactly("plan ok 1234 567 false");

        Api.Reply again = api.post("/api/v1/plans", s.access(), ask("something with chicken"));
        assertThat(again.status()).as(again.raw().body()).isEqualTo(201);
        assertThat(again.json().path("cached").asBoolean()).isTrue();
        assertThat(again.text("source")).isEqualTo("ai:openai/gpt-test");
        assertThat(again.json().path("days")).isEqualTo(made.json().path("days"));
        assertThat(provider.requests() - before).isEqualTo(1);
        assertThat(balance(s.userId())).isEqualTo(100_000 - 1234 - 567);
        assertThat(generations(s.userId())).containsExactly("plan ok 1234 567 false", "plan ok 0 0 true");
    }

    @Test
    void aQueuedAiPlanIsMadeByAWorkerDebitedOnceAndSaysWhoMadeIt() {
        Api.Session s = cook(api, "aiqueued");
        setBalance(s.userId(), 100_000);
        int before = provider.requests();
        provider.enqueue(FakeOpenAi.completion(1000, 400, DISHES));
        Api.Reply queued = api.post("/api/v1/plans/jobs", s.access(), ask("chicken, queued"));
        assertThat(queued.status()).as(queued.raw().body()).isEqualTo(202);
        assertThat(queued.json().path("kind").asText()).isEqualTo("ai-plan");

        JsonNode done = JobApiTest.awaitEnd(api, s, queued.text("id"));
        assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("done");
        assertThat(done.path("progress").asText()).contains("ai:openai/gpt-test");
        Api.Reply plan = api.get("/api/v1/plans/" + done.path("result").path("planId").asText(), s.access());
        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.json().path("days").get(0).path("meals")).extracting(m -> m.path("title").asText()).contains("Chicken with rice");
        assertNutritionIsTheFoodDatabases(plan.json().path("days").get(0));
        assertThat(provider.requests() - before).isEqualTo(1);
        assertThat(balance(s.userId())).isEqualTo(100_000 - 1000 - 400);
    }

    @Test
    void aQueuedAiPlanWithAnEmptyBalanceEndsWithTheOfflinePlanAndSaysWhy() {
        Api.Session s = cook(api, "aiqueuedpoor");
        setBalance(s.userId(), 0);
        int before = provider.requests();
        Api.Reply queued = api.post("/api/v1/plans/jobs", s.access(), ask("anything, queued"));
        assertThat(queued.status()).as(queued.raw().body()).isEqualTo(202);
        JsonNode done = JobApiTest.awaitEnd(api, s, queued.text("id"));
        assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("done");
        assertThat(done.path("progress").asText()).contains("offline: balance_exhausted");
        assertThat(provider.requests()).isEqualTo(before);
    }

    @Test
    void anEmptyBalanceGivesTheOfflinePlanWithoutARequest() {
        Api.Session s = cook(api, "aipoor");
        setBalance(s.userId(), 0);
        int before = provider.requests();
        Api.Reply r = api.post("/api/v1/plans", s.access(), ask("something quick"));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        assertThat(r.text("source")).isEqualTo("offline");
        assertThat(r.json().path("aiUnavailable").path("code").asText()).isEqualTo("balance_exhausted");
        assertThat(r.json().path("aiUnavailable").path("message").asText()).contains("balance");
        assertThat(r.json().path("days").get(0).path("meals")).isNotEmpty();
        assertNutritionIsTheFoodDatabases(r.json().path("days").get(0));
        assertThat(provider.requests()).isEqualTo(before);
        assertThat(generations(s.userId())).isEmpty();
    }

    @Test
    void theCallLimitGivesTheOfflinePlanWithoutARequest() {
        Api.Session s = cook(api, "aibusy");
        setBalance(s.userId(), 10_000);
        TestServer.shared().database().jdbi().useHandle(h -> h.createUpdate(
                        "INSERT INTO ai_call_windows (user_id, window_start, calls) VALUES (:user, now(), 1000)")
                .bind("user", UUID.fromString(s.userId())).execute()); // this minute's calls are used up
        int before = provider.requests();
        Api.Reply r = api.post("/api/v1/plans", s.access(), ask("anything"));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        assertThat(r.text("source")).isEqualTo("offline");
        assertThat(r.json().path("aiUnavailable").path("code").asText()).isEqualTo("too_many_requests");
        assertThat(provider.requests()).isEqualTo(before);
        assertThat(balance(s.userId())).isEqualTo(10_000);
    }

    @Test
    void aFailingProviderGivesTheOfflinePlanAndDebitsNothing() {
        Api.Session s = cook(api, "aifailed");
        setBalance(s.userId(), 10_000);
        int before = provider.requests();
        for (int i = 0; i < 3; i++) provider.enqueue(FakeOpenAi.serverError()); // the first try and 2 retries
        Api.Reply r = api.post("/api/v1/plans", s.access(), ask("anything"));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        assertThat(r.text("source")).isEqualTo("offline");
        assertThat(r.json().path("aiUnavailable").path("code").asText()).isEqualTo("ai_provider_failed");
        assertThat(r.json().path("days").get(0).path("meals")).isNotEmpty();
        assertThat(provider.requests() - before).isEqualTo(3);
        assertThat(balance(s.userId())).isEqualTo(10_000);
    }

    @Test
    void withoutAiOnTheServerAnAiRequestGetsTheOfflinePlan() {
        Api shared = new Api(TestServer.shared());
        Api.Session s = cook(shared, "ainone");
        Api.Reply r = shared.post("/api/v1/plans", s.access(), ask("anything"));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        assertThat(r.text("source")).isEqualTo("offline");
        assertThat(r.json().path("aiUnavailable").path("code").asText()).isEqualTo("ai_not_configured");
    }

    @Test
    void aWishNeedsAiAndAtMost300Characters() {
        Api.Session s = cook(api, "aiwish");
        Api.Reply noAi = api.post("/api/v1/plans", s.access(), Map.of("days", 1, "wish", "quick"));
        assertThat(noAi.status()).isEqualTo(422);
        assertThat(noAi.text("field")).isEqualTo("wish");
        Api.Reply tooLong = api.post("/api/v1/plans", s.access(), ask("x".repeat(301)));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.text("field")).isEqualTo("wish");
    }

    /** A day's energy and protein equal the food database's for the grams its meals list (core computed them; nothing from the model). */
    static void assertNutritionIsTheFoodDatabases(JsonNode day) {
        double energy = 0;
        double protein = 0;
        for (JsonNode meal : day.path("meals")) {
            double cook = meal.path("cookServings").asDouble();
            double share = cook > 0 ? meal.path("servings").asDouble() / cook : 1;
            for (JsonNode u : meal.path("ingredients")) {
                String eaten = u.path("usedFoodId").isNull() || u.path("usedFoodId").isMissingNode() ? u.path("foodId").asText()
                        : u.path("usedFoodId").asText();
                Food food = foods.byId(eaten).orElseThrow();
                double grams = u.path("grams").asDouble() * share;
                energy += food.per100g().getOrZero(Nutrient.ENERGY) * grams / 100;
                protein += food.per100g().getOrZero(Nutrient.PROTEIN) * grams / 100;
            }
        }
        assertThat(energy).isGreaterThan(0);
        assertThat(day.path("nutrition").path("energyKcal").asDouble()).isCloseTo(energy, within(Math.max(2, energy * 0.01)));
        assertThat(day.path("nutrition").path("proteinG").asDouble()).isCloseTo(protein, within(Math.max(1, protein * 0.01)));
    }

    static List<String> generations(String userId) {
        return TestServer.shared().database().jdbi().withHandle(h -> h.createQuery("""
                        SELECT feature || ' ' || outcome || ' ' || prompt_tokens || ' ' || completion_tokens || ' ' || cache_hit
                        FROM ai_generations WHERE user_id = :user ORDER BY created_at""")
                .bind("user", UUID.fromString(userId)).mapTo(String.class).list());
    }
}
