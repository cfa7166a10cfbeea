package dev.fridgechef.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.Nutrient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** /api/v1/plans: core's offline planner over the household's stock, the shared plan cache, scoping. */
class PlanApiTest {
    static Api api;
    static FoodDatabase foods;

    @BeforeAll
    static void start() {
        api = new Api(TestServer.shared());
        foods = FoodDatabase.load();
    }

    /** A member of a new household with a complete profile (one person) and some stock. */
    static Api.Session cook(String prefix) {
        Api.Session s = StockApiTest.member(prefix);
        Map<String, Object> profile = new HashMap<>(ProfileApiTest.complete());
        profile.put("householdSize", 1);
        profile.put("allergies", java.util.List.of());
        profile.put("diet", "omnivore");
        profile.put("goal", "maintain");
        assertThat(api.send("PUT", "/api/v1/profile", s.access(), profile, Map.of()).status()).isEqualTo(200);
        StockApiTest.addOk(s, "chicken breast", 600, "g", "+3d");
        StockApiTest.addOk(s, "white rice", 1, "kg", null);
        StockApiTest.addOk(s, "eggs", 10, "pcs", "+12d");
        StockApiTest.addOk(s, "milk", 1, "l", "+4d");
        StockApiTest.addOk(s, "carrots", 500, "g", "+10d");
        return s;
    }

    @Test
    void aPlanIsMadeStoredAndAnsweredFromTheSharedCacheTheSecondTime() {
        Api.Session ann = cook("planann");
        Map<String, Object> ask = Map.of("start", LocalDate.now().toString(), "days", 2, "meals", java.util.List.of("breakfast", "lunch", "dinner"));
        long started = System.nanoTime();
        Api.Reply first = api.post("/api/v1/plans", ann.access(), ask);
        long plannedMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
        assertThat(first.json().path("cached").asBoolean()).isFalse();
        JsonNode days = first.json().path("days");
        assertThat(days).hasSize(2);
        assertThat(days.get(0).path("meals")).hasSizeGreaterThan(0);
        assertThat(first.json().path("shopping").isArray()).isTrue();
        boolean usesStock = false;
        for (JsonNode day : days) {
            for (JsonNode meal : day.path("meals")) {
                assertThat(meal.path("recipeId").asText()).isNotBlank();
                for (JsonNode u : meal.path("ingredients")) {
                    assertThat(foods.byId(u.path("foodId").asText())).as(u.toString()).isPresent();
                    if (u.path("fromStockGrams").asDouble() > 0) usesStock = true;
                }
            }
            assertDayNutritionIsTheFoodDatabases(day);
        }
        assertThat(usesStock).as("the plan cooks with the household's stock").isTrue();

        started = System.nanoTime();
        Api.Reply again = api.post("/api/v1/plans", ann.access(), ask);
        long cachedMs = (System.nanoTime() - started) / 1_000_000;
        System.err.printf("plan: made in %d ms, from the cache in %d ms%n", plannedMs, cachedMs);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().path("cached").asBoolean()).isTrue();
        assertThat(again.json().path("days")).isEqualTo(days);
        assertThat(again.text("id")).isNotEqualTo(first.text("id"));
        Api.Reply fresh = api.post("/api/v1/plans", ann.access(), Map.of("start", LocalDate.now().toString(), "days", 2,
                "meals", java.util.List.of("breakfast", "lunch", "dinner"), "fresh", true));
        assertThat(fresh.json().path("cached").asBoolean()).isFalse();
        assertThat(fresh.json().path("days")).isEqualTo(days); // the planner is deterministic

        Api.Reply byId = api.get("/api/v1/plans/" + first.text("id"), ann.access());
        assertThat(byId.status()).isEqualTo(200);
        assertThat(byId.json().path("days")).isEqualTo(days);
        assertThat(api.get("/api/v1/plans/" + first.text("id"), ann.access(), Map.of("If-None-Match", byId.header("ETag"))).status())
                .isEqualTo(304);
        assertThat(api.get("/api/v1/plans/current", ann.access()).text("id")).isEqualTo(fresh.text("id"));
        assertThat(api.get("/api/v1/plans", ann.access()).json().path("plans")).extracting(p -> p.path("id").asText())
                .containsExactly(fresh.text("id"), again.text("id"), first.text("id"));

        // the same stock and profile in another household: answered from the cache, the plan itself is shared
        Api.Session ben = cook("planben");
        Api.Reply bens = api.post("/api/v1/plans", ben.access(), ask);
        assertThat(bens.json().path("cached").asBoolean()).isTrue();
        assertThat(bens.json().path("days")).isEqualTo(days);
        // and nothing of ann's household is visible to ben
        StockApiTest.assertNotFound(api.get("/api/v1/plans/" + first.text("id"), ben.access()));
        assertThat(api.get("/api/v1/plans", ben.access()).json().path("plans")).extracting(p -> p.path("id").asText())
                .containsExactly(bens.text("id"));
    }

    @Test
    void anotherInstanceOnTheSameDatabaseAnswersFromTheSameCache() throws Exception {
        var db = TestServer.shared().database().embeddedTarget().orElseThrow();
        try (ServerApp second = ServerApp.start(TestServer.options(TestServer.freshFolder("second-planner"))
                .withDatabase(new ServerOptions.ExternalDatabase(db.url(), db.user(), db.password())))) {
            Map<String, Object> ask = Map.of("days", 2, "meals", java.util.List.of("lunch", "dinner"));
            Api.Reply planned = api.post("/api/v1/plans", cook("firstinstance").access(), ask);
            assertThat(planned.json().path("cached").asBoolean()).isFalse();
            Api other = new Api(second);
            Api.Reply fromCache = other.post("/api/v1/plans", cook("secondinstance").access(), ask);
            assertThat(fromCache.status()).isEqualTo(201);
            assertThat(fromCache.json().path("cached").asBoolean()).isTrue();
            assertThat(fromCache.json().path("days")).isEqualTo(planned.json().path("days"));
        }
    }

    @Test
    void moreRequestsThanPlannerSlotsAreRefusedWith503NotQueued() throws Exception {
        Api.Session s = cook("crowd");
        int requests = 2 * Runtime.getRuntime().availableProcessors() + 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(requests);
        try {
            java.util.List<java.util.concurrent.Callable<Api.Reply>> asks = new java.util.ArrayList<>();
            for (int i = 0; i < requests; i++) {
                int days = 1 + i % 7;
                asks.add(() -> api.post("/api/v1/plans", s.access(), Map.of("days", days, "fresh", true)));
            }
            java.util.List<Api.Reply> replies = new java.util.ArrayList<>();
            for (var f : pool.invokeAll(asks)) replies.add(f.get());
            assertThat(replies).extracting(Api.Reply::status).containsOnly(201, 503).contains(201, 503);
            Api.Reply busy = replies.stream().filter(r -> r.status() == 503).findFirst().orElseThrow();
            assertThat(busy.text("error")).isEqualTo("planner_busy");
            assertThat(busy.header("Retry-After")).isEqualTo("5");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPlanNeedsAHouseholdACompleteProfileAndSaneOptions() {
        Api.Session loner = api.register("planloner");
        Api.Reply none = api.post("/api/v1/plans", loner.access(), Map.of("days", 1));
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.text("error")).isEqualTo("no_household");
        assertThat(api.get("/api/v1/plans/current", loner.access()).status()).isEqualTo(409);

        Api.Session empty = StockApiTest.member("noprofile");
        Api.Reply incomplete = api.post("/api/v1/plans", empty.access(), Map.of("days", 1));
        assertThat(incomplete.status()).isEqualTo(409);
        assertThat(incomplete.text("error")).isEqualTo("profile_incomplete");
        StockApiTest.assertNotFound(api.get("/api/v1/plans/current", empty.access()));
        StockApiTest.assertNotFound(api.get("/api/v1/plans/" + UUID.randomUUID(), empty.access()));

        assertThat(api.post("/api/v1/plans", empty.access(), Map.of("days", 15)).text("field")).isEqualTo("days");
        assertThat(api.post("/api/v1/plans", empty.access(), Map.of("days", 0)).text("field")).isEqualTo("days");
        assertThat(api.post("/api/v1/plans", empty.access(), Map.of("meals", java.util.List.of("elevenses"))).text("field")).isEqualTo("meals");
        assertThat(api.post("/api/v1/plans", empty.access(), Map.of("start", "tomorrow")).text("field")).isEqualTo("start");
        assertThat(api.post("/api/v1/plans", empty.access(), Map.of("shop", "lots")).text("field")).isEqualTo("shop");
        assertThat(api.post("/api/v1/plans", empty.access(), Map.of("people", 13)).text("field")).isEqualTo("people");
        assertThat(api.get("/api/v1/plans", empty.access()).json().path("plans")).isEmpty();
    }

    /**
     * Each meal's energy, protein, fat and carbohydrate are the food database's for the foods eaten
     * (the substitute when stock stood in), the person's share of what was cooked; a day's are its meals'.
     */
    private static void assertDayNutritionIsTheFoodDatabases(JsonNode day) {
        double energy = 0;
        double protein = 0;
        for (JsonNode meal : day.path("meals")) {
            double cook = meal.path("cookServings").asDouble();
            double share = cook > 0 ? meal.path("servings").asDouble() / cook : 1; // a leftover meal lists the grams eaten (one person)
            for (JsonNode u : meal.path("ingredients")) {
                String eaten = u.path("usedFoodId").isNull() || u.path("usedFoodId").isMissingNode() ? u.path("foodId").asText()
                        : u.path("usedFoodId").asText();
                Food food = foods.byId(eaten).orElseThrow();
                double grams = u.path("grams").asDouble() * share;
                energy += food.per100g().getOrZero(Nutrient.ENERGY) * grams / 100;
                protein += food.per100g().getOrZero(Nutrient.PROTEIN) * grams / 100;
            }
        }
        JsonNode n = day.path("nutrition");
        assertThat(n.path("energyKcal").asDouble()).as(day.path("date").asText()).isCloseTo(energy,
                org.assertj.core.data.Offset.offset(2 + energy * 0.01));
        assertThat(n.path("proteinG").asDouble()).isCloseTo(protein, org.assertj.core.data.Offset.offset(0.5 + protein * 0.01));
        assertThat(n.path("energyKcal").asDouble()).isGreaterThan(500);
    }
}
