package dev.fridgechef.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** /api/v1/stock: the household's shared stock, checked by core, scoped to the household, safe under concurrent use. */
class StockApiTest {
    /** Made when the class loads: PlanApiTest uses the helpers below before (or without) these tests. */
    static final Api api = new Api(TestServer.shared());

    /** A new user in a new household of their own. */
    static Api.Session member(String prefix) {
        Api.Session s = api.register(prefix);
        assertThat(api.post("/api/v1/households", s.access(), Map.of("name", prefix + "'s home")).status()).isEqualTo(201);
        return s;
    }

    static Api.Reply add(Api.Session s, Map<String, Object> item) {
        return api.post("/api/v1/stock", s.access(), item);
    }

    static String addOk(Api.Session s, String name, double quantity, String unit, String expires) {
        Map<String, Object> item = new HashMap<>(Map.of("name", name, "quantity", quantity, "unit", unit));
        if (expires != null) item.put("expires", expires);
        Api.Reply r = add(s, item);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.text("id");
    }

    @Test
    void membersShareTheStockExpiringFirst() {
        Api.Session ann = member("stockann");
        String milk = addOk(ann, "milk", 1, "l", "+2d");
        String rice = addOk(ann, "rice", 1, "kg", null);
        String eggs = addOk(ann, "eggs", 6, "pcs", "+10d");
        Api.Reply got = api.get("/api/v1/stock/" + milk, ann.access());
        assertThat(got.text("foodId")).isNotBlank();
        assertThat(got.text("unit")).isEqualTo("l");
        assertThat(got.text("expiresOn")).isEqualTo(LocalDate.now().plusDays(2).toString());
        assertThat(got.json().path("grams").asDouble()).isGreaterThan(900);
        assertThat(api.get("/api/v1/stock/" + rice, ann.access()).json().path("grams").asDouble()).isEqualTo(1000.0);

        // a second member sees and changes the same stock
        String code = api.post("/api/v1/households/" + household(ann) + "/invites", ann.access(), Map.of()).text("code");
        Api.Session ben = api.register("stockben");
        assertThat(api.post("/api/v1/households/join", ben.access(), Map.of("code", code)).status()).isEqualTo(200);
        Api.Reply list = api.get("/api/v1/stock", ben.access());
        assertThat(list.json().path("items")).extracting(n -> n.path("id").asText()).containsExactly(milk, eggs, rice);
        assertThat(list.header("ETag")).isNotBlank();
        assertThat(api.get("/api/v1/stock", ben.access(), Map.of("If-None-Match", list.header("ETag"))).status()).isEqualTo(304);

        Api.Reply used = api.post("/api/v1/stock/" + eggs + "/use", ben.access(), Map.of("quantity", 2));
        assertThat(used.status()).as(used.raw().body()).isEqualTo(200);
        assertThat(used.json().path("left").asDouble()).isEqualTo(4.0);
        Api.Reply grams = api.post("/api/v1/stock/" + rice + "/use", ben.access(), Map.of("quantity", 250, "unit", "g"));
        assertThat(grams.json().path("left").asDouble()).isEqualTo(0.75);
        assertThat(grams.json().path("item").path("unit").asText()).isEqualTo("kg");
        Api.Reply tooMuch = api.post("/api/v1/stock/" + rice + "/use", ben.access(), Map.of("quantity", 2, "unit", "kg"));
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(api.get("/api/v1/stock/" + rice, ann.access()).json().path("quantity").asDouble()).isEqualTo(0.75);

        assertThat(api.delete("/api/v1/stock/" + milk, ben.access()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/stock/" + milk, ann.access()).status()).isEqualTo(404);
    }

    @Test
    void patchHonoursIfMatchAndCoresRules() {
        Api.Session s = member("patcher");
        String id = addOk(s, "cheddar cheese", 200, "g", "+20d");
        Api.Reply read = api.get("/api/v1/stock/" + id, s.access());
        String etag = read.header("ETag");

        Api.Reply changed = api.send("PATCH", "/api/v1/stock/" + id, s.access(), Map.of("quantity", 150, "opened", true),
                Map.of("If-Match", etag));
        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(200);
        assertThat(changed.json().path("version").asLong()).isEqualTo(2);
        assertThat(changed.json().path("opened").asBoolean()).isTrue();
        assertThat(changed.text("addedOn")).isEqualTo(read.text("addedOn"));
        // the same values again change nothing, not even the version
        Api.Reply same = api.send("PATCH", "/api/v1/stock/" + id, s.access(), Map.of("quantity", 150), Map.of());
        assertThat(same.json().path("version").asLong()).isEqualTo(2);

        // the old ETag is stale now: PATCH, DELETE and use are refused and change nothing
        assertThat(api.send("PATCH", "/api/v1/stock/" + id, s.access(), Map.of("quantity", 1), Map.of("If-Match", etag)).status())
                .isEqualTo(412);
        assertThat(api.send("DELETE", "/api/v1/stock/" + id, s.access(), null, Map.of("If-Match", etag)).status()).isEqualTo(412);
        assertThat(api.post("/api/v1/stock/" + id + "/use", s.access(), Map.of("quantity", 1), Map.of("If-Match", etag)).status())
                .isEqualTo(412);
        Api.Reply now = api.get("/api/v1/stock/" + id, s.access());
        assertThat(now.json().path("quantity").asDouble()).isEqualTo(150.0);
        assertThat(now.header("ETag")).isNotEqualTo(etag);

        Map<String, Object> clear = new HashMap<>();
        clear.put("expires", null);
        assertThat(api.send("PATCH", "/api/v1/stock/" + id, s.access(), clear, Map.of()).json().path("expiresOn").isNull()).isTrue();
        assertThat(api.send("PATCH", "/api/v1/stock/" + id, s.access(), Map.of("unit", "parsecs"), Map.of()).text("field")).isEqualTo("unit");
        assertThat(api.send("DELETE", "/api/v1/stock/" + id, s.access(), null, Map.of("If-Match", now.header("ETag"))).status())
                .isEqualTo(412); // the expiry was cleared since
        String fresh = api.get("/api/v1/stock/" + id, s.access()).header("ETag");
        assertThat(api.send("DELETE", "/api/v1/stock/" + id, s.access(), null, Map.of("If-Match", fresh)).status()).isEqualTo(204);
    }

    @Test
    void badItemsAreRefusedNamingTheFieldAndNothingIsWritten() {
        Api.Session s = member("badstock");
        assertField(add(s, Map.of("quantity", 1, "unit", "g")), "name");
        assertField(add(s, Map.of("name", "x".repeat(201), "quantity", 1, "unit", "g")), "name");
        assertField(add(s, Map.of("name", "flour", "quantity", -1, "unit", "g")), "quantity");
        assertField(add(s, Map.of("name", "flour", "quantity", "lots", "unit", "g")), "quantity");
        assertField(add(s, Map.of("name", "flour", "quantity", 5_000_000, "unit", "g")), "quantity");
        assertField(add(s, Map.of("name", "flour", "quantity", 500, "unit", "g", "location", "garage")), "location");
        assertField(add(s, Map.of("name", "flour", "quantity", 500, "unit", "g", "expires", "2026-02-30")), "expires");
        assertField(add(s, Map.of("name", "flour", "quantity", 500, "unit", "g", "foodId", "99999")), "foodId");
        assertField(add(s, Map.of("name", "flour", "quantity", 500, "unit", "g", "colour", "white")), "colour");
        // implausible: refused unless forced
        Api.Reply implausible = add(s, Map.of("name", "flour", "quantity", 200, "unit", "kg"));
        assertField(implausible, "quantity");
        assertThat(implausible.text("message")).contains("\"force\": true");
        assertThat(add(s, Map.of("name", "flour", "quantity", 200, "unit", "kg", "force", true)).status()).isEqualTo(201);
        assertThat(api.postRaw("/api/v1/stock", s.access(), "{\"name\": ").status()).isEqualTo(400);
        assertThat(api.postRaw("/api/v1/stock", s.access(), "{\"name\": \"" + "a".repeat(70_000) + "\"}").status()).isEqualTo(413);
        assertThat(api.get("/api/v1/stock", s.access()).json().path("count").asInt()).isEqualTo(1);
    }

    @Test
    void concurrentUsesOfOneItemAllCount() throws Exception {
        Api.Session ann = member("racer");
        String id = addOk(ann, "white rice", 200, "g", null);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Api.Reply>> uses = new ArrayList<>();
            for (int i = 0; i < 20; i++) uses.add(() -> api.post("/api/v1/stock/" + id + "/use", ann.access(), Map.of("quantity", 10)));
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> f : pool.invokeAll(uses)) replies.add(f.get());
            assertThat(replies).extracting(Api.Reply::status).containsOnly(200);
            assertThat(replies).filteredOn(r -> r.json().path("removed").asBoolean()).hasSize(1);
            assertThat(replies).extracting(r -> r.json().path("left").asDouble())
                    .containsExactlyInAnyOrder(190.0, 180.0, 170.0, 160.0, 150.0, 140.0, 130.0, 120.0, 110.0, 100.0, 90.0, 80.0, 70.0, 60.0,
                            50.0, 40.0, 30.0, 20.0, 10.0, 0.0);
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.get("/api/v1/stock/" + id, ann.access()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/stock/" + id + "/use", ann.access(), Map.of("quantity", 10)).status()).isEqualTo(404);
    }

    @Test
    void anotherHouseholdsItemsAnswer404AndStayUntouched() {
        Api.Session a = member("stockowner");
        Api.Session b = member("stockprober");
        String id = addOk(a, "butter", 250, "g", "+30d");
        String base = "/api/v1/stock/" + id;
        assertNotFound(api.get(base, b.access()));
        assertNotFound(api.send("PATCH", base, b.access(), Map.of("quantity", 1), Map.of()));
        assertNotFound(api.delete(base, b.access()));
        assertNotFound(api.post(base + "/use", b.access(), Map.of("quantity", 10)));
        assertNotFound(api.get("/api/v1/stock/" + UUID.randomUUID(), b.access()));
        assertNotFound(api.get("/api/v1/stock/not-a-uuid", b.access()));
        assertThat(api.get("/api/v1/stock", b.access()).json().path("items")).isEmpty();
        JsonNode untouched = api.get(base, a.access()).json();
        assertThat(untouched.path("quantity").asDouble()).isEqualTo(250.0);
        assertThat(untouched.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void aHouseholdKeepsAtMostTwoThousandItems() {
        Api.Session s = member("hoarder");
        String household = household(s);
        // 1999 rows straight into the table (2000 requests would only slow the test down), then the API adds the 2000th
        TestServer.shared().database().jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO stock_items (id, household_id, name, quantity, unit, location, added_on, opened)
                        SELECT gen_random_uuid(), :household, 'jar ' || n, 1, 'pcs', 'PANTRY', current_date, false
                        FROM generate_series(1, 1999) n""")
                .bind("household", UUID.fromString(household)).execute());
        assertThat(add(s, Map.of("name", "salt", "quantity", 500, "unit", "g")).status()).isEqualTo(201);
        Api.Reply full = add(s, Map.of("name", "pepper", "quantity", 50, "unit", "g"));
        assertThat(full.status()).isEqualTo(422);
        assertThat(full.text("error")).isEqualTo("stock_full");
        assertThat(full.text("message")).contains("2000");
        assertThat(api.get("/api/v1/stock", s.access()).json().path("count").asInt()).isEqualTo(2000);
    }

    @Test
    void aUserInNoHouseholdIsToldSo() {
        Api.Session loner = api.register("loner");
        Api.Reply list = api.get("/api/v1/stock", loner.access());
        assertThat(list.status()).isEqualTo(409);
        assertThat(list.text("error")).isEqualTo("no_household");
        assertThat(add(loner, Map.of("name", "milk", "quantity", 1, "unit", "l")).status()).isEqualTo(409);
        assertThat(api.get("/api/v1/stock/" + UUID.randomUUID(), loner.access()).status()).isEqualTo(409);
        assertThat(api.get("/api/v1/stock", null).status()).isEqualTo(401);
    }

    static String household(Api.Session s) {
        return api.get("/api/v1/households/mine", s.access()).text("id");
    }

    static void assertNotFound(Api.Reply r) {
        assertThat(r.status()).as(r.raw().uri() + " " + r.raw().body()).isEqualTo(404);
        assertThat(r.text("error")).isEqualTo("not_found");
    }

    private static void assertField(Api.Reply r, String field) {
        assertThat(r.status()).as(r.raw().body()).isEqualTo(422);
        assertThat(r.text("field")).isEqualTo(field);
    }
}
