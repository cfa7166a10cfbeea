package dev.fridgechef.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.fridgechef.diary.DiaryNutrition;
import dev.fridgechef.diary.EntryResolver;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.Nutrients;
import dev.fridgechef.recipe.RecipeLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The household diary: logging, days and ranges with core's nutrition, edits, undo, validation and scoping. */
class DiaryTest {
    static final String DAY = "2026-11-20";
    static ServerApp app;
    static Api api;
    static FoodDatabase foods;

    @BeforeAll
    static void start() {
        app = TestServer.shared();
        api = new Api(app);
        foods = FoodDatabase.load();
    }

    @Test
    void aFoodWithGramsHasTheFoodDatabasesNutrition() {
        Api.Session ann = member("ann", "Ann's");
        Api.Reply logged = api.post("/api/v1/diary/entries", ann.access(),
                Map.of("foodId", "09003", "grams", 150, "at", DAY + "T08:30"));
        assertThat(logged.status()).isEqualTo(201);
        JsonNode entry = logged.json().path("entry");
        // by hand: SR21 09003 (apples, raw, with skin) has 52 kcal and 0.26 g protein per 100 g
        assertThat(entry.path("nutrients").path("energy").asDouble()).isEqualTo(78.0);
        assertThat(entry.path("nutrients").path("protein").asDouble()).isCloseTo(0.39, within(1e-9));
        assertThat(entry.path("amount").asText()).isEqualTo("150 g");
        assertThat(entry.path("eatenBy").asText()).isEqualTo(ann.userId());
        assertThat(logged.json().path("session").path("meal").asText()).isEqualTo("breakfast");
        assertThat(logged.header("ETag")).isNotBlank();
        assertThat(logged.header("Location")).endsWith(entry.path("id").asText());

        Api.Reply day = api.get("/api/v1/diary?date=" + DAY, ann.access());
        assertThat(day.status()).isEqualTo(200);
        assertThat(day.json().path("sessions")).hasSize(1);
        assertThat(day.json().path("sessions").get(0).path("entries").get(0).path("id").asText()).isEqualTo(entry.path("id").asText());
        assertThat(day.json().path("total").path("energy").asDouble()).isEqualTo(78.0);
        assertThat(day.json().path("targets").isNull()).isTrue();
        assertThat(api.get("/api/v1/diary?date=" + DAY, ann.access(), Map.of("If-None-Match", day.header("ETag"))).status()).isEqualTo(304);

        Api.Reply read = api.get("/api/v1/diary/entries/" + entry.path("id").asText(), ann.access());
        assertThat(read.header("ETag")).isEqualTo(logged.header("ETag"));
    }

    @Test
    void recipesTextAndDishesEqualCoresNutrition() {
        Api.Session ann = member("cook", "Cook's");
        Api.Reply recipe = api.post("/api/v1/diary/entries", ann.access(),
                Map.of("recipeId", "borscht-with-beef", "servings", 1.5, "eaten", 80, "at", DAY + "T13:10"));
        assertThat(recipe.status()).isEqualTo(201);
        RecipeLibrary library = RecipeLibrary.load(foods);
        Nutrients core = new DiaryNutrition(foods).of(EntryResolver.portionsOf(library.byId("borscht-with-beef").orElseThrow(), 1.5), 80);
        assertSameNutrients(recipe.json().path("entry").path("nutrients"), core.asMap());
        assertThat(recipe.json().path("entry").path("servings").asDouble()).isEqualTo(1.5);
        assertThat(recipe.json().path("session").path("meal").asText()).isEqualTo("lunch");

        Api.Reply text = api.post("/api/v1/diary/entries", ann.access(), Map.of("text", "apple 150 g", "at", DAY + "T13:40"));
        assertThat(text.status()).isEqualTo(201);
        assertThat(text.json().path("entry").path("foodId").asText()).isEqualTo("09003");
        assertThat(text.json().path("entry").path("nutrients").path("energy").asDouble()).isEqualTo(78.0);
        // 30 minutes later, the same meal: the same session, as in core
        assertThat(text.json().path("session").path("id").asText()).isEqualTo(recipe.json().path("session").path("id").asText());

        Api.Reply dish = api.post("/api/v1/diary/entries", ann.access(),
                Map.of("text", "tomato 150 g, cucumber 100 g", "dishName", "Salad", "at", DAY + "T19:00", "meal", "dinner"));
        assertThat(dish.status()).isEqualTo(201);
        assertThat(dish.json().path("entry").path("kind").asText()).isEqualTo("dish");
        assertThat(dish.json().path("entry").path("label").asText()).isEqualTo("Salad");
        assertThat(dish.json().path("entry").path("portions")).hasSize(2);

        JsonNode day = api.get("/api/v1/diary?date=" + DAY, ann.access()).json();
        assertThat(day.path("sessions")).extracting(s -> s.path("meal").asText()).containsExactly("lunch", "dinner");
        assertThat(day.path("sessions").get(0).path("entries")).hasSize(2);
        double sessions = 0;
        for (JsonNode s : day.path("sessions")) sessions += s.path("total").path("energy").asDouble();
        assertThat(day.path("total").path("energy").asDouble()).isCloseTo(sessions, within(0.01));
        assertThat(day.path("sessions").get(0).path("total").path("energy").asDouble())
                .isCloseTo(core.asMap().get("energy") + 78.0, within(0.01));
    }

    @Test
    void aRangeHasDayTotalsForEveryDay() {
        Api.Session ann = member("ranger", "Range");
        api.post("/api/v1/diary/entries", ann.access(), Map.of("foodId", "09003", "grams", 100, "at", "2026-11-01T08:00"));
        api.post("/api/v1/diary/entries", ann.access(), Map.of("foodId", "09003", "grams", 200, "at", "2026-11-03T12:00"));
        api.post("/api/v1/diary/entries", ann.access(), Map.of("foodId", "09003", "grams", 100, "at", "2026-11-03T19:00", "eaten", 50));
        Api.Reply range = api.get("/api/v1/diary?from=2026-11-01&to=2026-11-04", ann.access());
        assertThat(range.status()).isEqualTo(200);
        assertThat(range.header("ETag")).isNotBlank();
        JsonNode days = range.json().path("days");
        assertThat(days).extracting(d -> d.path("date").asText()).containsExactly("2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04");
        assertThat(days).extracting(d -> d.path("entries").asInt()).containsExactly(1, 0, 2, 0);
        assertThat(days).extracting(d -> d.path("total").path("energy").asDouble()).containsExactly(52.0, 0.0, 130.0, 0.0);
    }

    @Test
    void editsAndRemovalsAreUndoneOneAtATime() {
        Api.Session ann = member("editor", "Edits");
        JsonNode logged = api.post("/api/v1/diary/entries", ann.access(), Map.of("foodId", "09003", "grams", 150, "at", DAY + "T08:30")).json();
        String id = logged.path("entry").path("id").asText();
        String path = "/api/v1/diary/entries/" + id;
        String etag = api.get(path, ann.access()).header("ETag");

        Api.Reply grams = patch(path, ann.access(), Map.of("grams", 200), etag);
        assertThat(grams.status()).isEqualTo(200);
        assertThat(grams.json().path("entry").path("nutrients").path("energy").asDouble()).isEqualTo(104.0);
        assertThat(grams.json().path("entry").path("amount").asText()).isEqualTo("200 g");
        // the ETag read before the edit is stale now
        assertThat(patch(path, ann.access(), Map.of("eaten", 50), etag).status()).isEqualTo(412);
        Api.Reply eaten = patch(path, ann.access(), Map.of("eaten", 50, "meal", "snack"), grams.header("ETag"));
        assertThat(eaten.json().path("entry").path("nutrients").path("energy").asDouble()).isEqualTo(52.0);
        assertThat(eaten.json().path("session").path("meal").asText()).isEqualTo("snack");
        assertThat(api.get("/api/v1/diary?date=" + DAY, ann.access()).json().path("sessions")).singleElement()
                .satisfies(s -> assertThat(s.path("meal").asText()).isEqualTo("snack"));

        assertThat(delete(path, ann.access(), grams.header("ETag")).status()).isEqualTo(412);
        assertThat(delete(path, ann.access(), eaten.header("ETag")).status()).isEqualTo(204);
        assertThat(api.get(path, ann.access()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/diary?date=" + DAY, ann.access()).json().path("sessions")).isEmpty();

        Api.Reply undoRemove = api.post("/api/v1/diary/undo", ann.access(), Map.of());
        assertThat(undoRemove.status()).isEqualTo(200);
        assertThat(undoRemove.text("action")).isEqualTo("remove");
        assertThat(api.get(path, ann.access()).json().path("entry").path("eatenPercent").asDouble()).isEqualTo(50.0);

        assertThat(api.post("/api/v1/diary/undo", ann.access(), Map.of()).text("action")).isEqualTo("edit");
        JsonNode back = api.get(path, ann.access()).json();
        assertThat(back.path("entry").path("eatenPercent").asDouble()).isEqualTo(100.0);
        assertThat(back.path("entry").path("nutrients").path("energy").asDouble()).isEqualTo(104.0);
        assertThat(back.path("session").path("meal").asText()).isEqualTo("breakfast");

        assertThat(api.post("/api/v1/diary/undo", ann.access(), Map.of()).text("action")).isEqualTo("edit");
        assertThat(api.get(path, ann.access()).json().path("entry").path("amount").asText()).isEqualTo("150 g");
        Api.Reply undoAdd = api.post("/api/v1/diary/undo", ann.access(), Map.of());
        assertThat(undoAdd.text("action")).isEqualTo("add");
        assertThat(undoAdd.json().path("entry").isNull()).isTrue();
        assertThat(api.get(path, ann.access()).status()).isEqualTo(404);
        Api.Reply nothing = api.post("/api/v1/diary/undo", ann.access(), Map.of());
        assertThat(nothing.status()).isEqualTo(409);
        assertThat(nothing.text("error")).isEqualTo("nothing_to_undo");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        Api.Session ann = member("strict", "Strict");
        String entries = "/api/v1/diary/entries";
        assertInvalid(api.post(entries, ann.access(), Map.of("foodId", "09003", "grams", 0)), "grams");
        assertInvalid(api.post(entries, ann.access(), Map.of("foodId", "09003", "grams", 5001)), "grams");
        assertInvalid(api.post(entries, ann.access(), Map.of("foodId", "09003", "grams", "lots")), "grams");
        assertInvalid(api.post(entries, ann.access(), Map.of("foodId", "09003")), "grams");
        assertInvalid(api.post(entries, ann.access(), Map.of("foodId", "09003", "grams", 100, "eaten", 101)), "eaten");
        assertInvalid(api.post(entries, ann.access(), Map.of("foodId", "09003", "grams", 100, "eaten", -1)), "eaten");
        assertInvalid(api.post(entries, ann.access(), Map.of("recipeId", "borscht-with-beef", "servings", 51)), "servings");
        assertInvalid(api.post(entries, ann.access(), Map.of("recipeId", "borscht-with-beef", "servings", 0)), "servings");
        assertInvalid(api.post(entries, ann.access(), Map.of("foodId", "09003", "grams", 100, "at", "yesterday")), "at");
        assertInvalid(api.post(entries, ann.access(), Map.of("foodId", "09003", "grams", 100, "at", "2099-01-01T08:00")), "at");
        assertInvalid(api.post(entries, ann.access(), Map.of("foodId", "09003", "grams", 100, "meal", "brunch")), "meal");
        assertInvalid(api.post(entries, ann.access(), Map.of("text", "x".repeat(501))), "text");
        assertInvalid(api.post(entries, ann.access(), Map.of("grams", 100)), "recipeId");
        assertInvalid(api.post(entries, ann.access(), Map.of("foodId", "09003", "text", "apple", "grams", 100)), "recipeId");
        assertInvalid(api.post(entries, ann.access(), Map.of("text", "apple 6000 g")), "text");

        Api.Reply unknownFood = api.post(entries, ann.access(), Map.of("foodId", "99999", "grams", 100));
        assertInvalid(unknownFood, "foodId");
        assertThat(unknownFood.text("message")).contains("99999");
        Api.Reply unknownRecipe = api.post(entries, ann.access(), Map.of("recipeId", "no-such-dish"));
        assertInvalid(unknownRecipe, "recipeId");
        assertThat(unknownRecipe.text("message")).contains("no-such-dish");
        Api.Reply unknownName = api.post(entries, ann.access(), Map.of("food", "qwertyuiop", "grams", 100));
        assertInvalid(unknownName, "food");
        assertThat(unknownName.text("message")).contains("qwertyuiop");
        assertThat(api.postRaw(entries, ann.access(), "{not json").status()).isEqualTo(400);

        String id = api.post(entries, ann.access(), Map.of("foodId", "09003", "grams", 100, "at", DAY + "T08:00")).json().path("entry").path("id").asText();
        assertInvalid(patch(entries + "/" + id, ann.access(), Map.of(), null), "body");
        assertInvalid(patch(entries + "/" + id, ann.access(), Map.of("servings", 2), null), "servings");
        assertInvalid(patch(entries + "/" + id, ann.access(), Map.of("grams", -5), null), "grams");

        assertInvalid(api.get("/api/v1/diary?date=20-11-2026", ann.access()), "date");
        assertInvalid(api.get("/api/v1/diary", ann.access()), "from");
        assertInvalid(api.get("/api/v1/diary?from=2026-11-10&to=2026-11-01", ann.access()), "to");
        assertInvalid(api.get("/api/v1/diary?from=2026-01-01&to=2026-04-04", ann.access()), "to"); // 94 days
        assertThat(api.get("/api/v1/diary?from=2026-01-01&to=2026-04-03", ann.access()).status()).isEqualTo(200); // 93, the most
        assertInvalid(api.get("/api/v1/diary?date=" + DAY + "&member=someone", ann.access()), "member");

        // only the one valid entry was written
        assertThat(api.get("/api/v1/diary?from=2026-01-01&to=2026-04-03", ann.access()).json().path("days"))
                .allSatisfy(d -> assertThat(d.path("entries").asInt()).isZero());
        JsonNode day = api.get("/api/v1/diary?date=" + DAY, ann.access()).json();
        assertThat(day.path("sessions")).singleElement().satisfies(s -> assertThat(s.path("entries")).hasSize(1));
        assertThat(day.path("total").path("energy").asDouble()).isEqualTo(52.0);
    }

    @Test
    void anotherHouseholdsEntriesAreNeitherSeenNorChanged() {
        Api.Session a = member("alice", "A's home");
        Api.Session b = member("bob", "B's home");
        JsonNode logged = api.post("/api/v1/diary/entries", a.access(), Map.of("foodId", "09003", "grams", 150, "at", DAY + "T08:30")).json();
        String path = "/api/v1/diary/entries/" + logged.path("entry").path("id").asText();

        assertNotFound(api.get(path, b.access()));
        assertNotFound(patch(path, b.access(), Map.of("grams", 10), null));
        assertNotFound(patch(path, b.access(), Map.of("grams", 10), api.get(path, a.access()).header("ETag")));
        assertNotFound(api.delete(path, b.access()));
        assertNotFound(api.get("/api/v1/diary/entries/" + UUID.randomUUID(), b.access()));
        assertNotFound(api.get("/api/v1/diary/entries/not-a-uuid", b.access()));
        assertNotFound(api.get("/api/v1/diary?date=" + DAY + "&member=" + a.userId(), b.access()));
        assertNotFound(api.get("/api/v1/diary?from=2026-11-01&to=2026-11-30&member=" + a.userId(), b.access()));
        assertThat(api.get("/api/v1/diary?date=" + DAY, b.access()).json().path("sessions")).isEmpty();
        assertThat(api.get("/api/v1/diary?from=2026-11-01&to=2026-11-30", b.access()).json().path("days"))
                .allSatisfy(d -> assertThat(d.path("entries").asInt()).isZero());
        assertThat(api.post("/api/v1/diary/undo", b.access(), Map.of()).status()).isEqualTo(409);

        // A's entry is as it was, and A can still undo it
        JsonNode still = api.get(path, a.access()).json();
        assertThat(still.path("entry").path("amount").asText()).isEqualTo("150 g");
        assertThat(api.post("/api/v1/diary/undo", a.access(), Map.of()).text("action")).isEqualTo("add");
    }

    @Test
    void membersShareTheDiaryButChangeOnlyTheirOwnEntries() {
        Api.Session mum = member("mum", "Family");
        Api.Session kid = join("kid", mum);
        String mine = api.post("/api/v1/diary/entries", mum.access(), Map.of("foodId", "09003", "grams", 150, "at", DAY + "T19:00"))
                .json().path("entry").path("id").asText();
        JsonNode kids = api.post("/api/v1/diary/entries", kid.access(), Map.of("text", "apple 100 g", "at", DAY + "T19:10")).json();
        // one family dinner: one session holding both plates
        assertThat(kids.path("session").path("meal").asText()).isEqualTo("dinner");

        JsonNode day = api.get("/api/v1/diary?date=" + DAY, kid.access()).json();
        assertThat(day.path("sessions")).singleElement().satisfies(s -> assertThat(s.path("entries"))
                .extracting(e -> e.path("eatenBy").asText()).containsExactly(mum.userId(), kid.userId()));
        assertThat(day.path("total").path("energy").asDouble()).isEqualTo(130.0);
        JsonNode kidOnly = api.get("/api/v1/diary?date=" + DAY + "&member=" + kid.userId(), mum.access()).json();
        assertThat(kidOnly.path("total").path("energy").asDouble()).isEqualTo(52.0);
        assertThat(kidOnly.path("member").asText()).isEqualTo(kid.userId());
        assertThat(api.get("/api/v1/diary?from=" + DAY + "&to=" + DAY + "&member=" + mum.userId(), kid.access()).json()
                .path("days").get(0).path("total").path("energy").asDouble()).isEqualTo(78.0);

        String path = "/api/v1/diary/entries/" + mine;
        assertThat(api.get(path, kid.access()).status()).isEqualTo(200);
        Api.Reply edit = patch(path, kid.access(), Map.of("grams", 10), null);
        assertThat(edit.status()).isEqualTo(403);
        assertThat(edit.text("error")).isEqualTo("not_your_entry");
        assertThat(api.delete(path, kid.access()).status()).isEqualTo(403);
        // the kid's undo takes back the kid's own entry, never mum's
        assertThat(api.post("/api/v1/diary/undo", kid.access(), Map.of()).text("entryId")).isEqualTo(kids.path("entry").path("id").asText());
        assertThat(api.get(path, mum.access()).json().path("entry").path("amount").asText()).isEqualTo("150 g");
    }

    @Test
    void membersLoggingTheSameMealAtOnceShareOneSession() {
        Api.Session mum = member("cook", "Busy kitchen");
        Api.Session kid = join("eater", mum);
        List<CompletableFuture<Api.Reply>> posts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Api.Session who = i % 2 == 0 ? mum : kid;
            String at = DAY + "T12:0" + i;
            posts.add(CompletableFuture.supplyAsync(() -> api.post("/api/v1/diary/entries", who.access(),
                    Map.of("foodId", "09003", "grams", 100, "at", at))));
        }
        assertThat(posts).allSatisfy(p -> assertThat(p.join().status()).isEqualTo(201));
        JsonNode day = api.get("/api/v1/diary?date=" + DAY, kid.access()).json();
        assertThat(day.path("sessions")).singleElement().satisfies(s -> assertThat(s.path("entries")).hasSize(8));
    }

    @Test
    void aUserWithoutAHouseholdIsToldToMakeOrJoinOne() {
        Api.Session loner = api.register("loner");
        for (Api.Reply r : new Api.Reply[] {
                api.get("/api/v1/diary?date=" + DAY, loner.access()),
                api.post("/api/v1/diary/entries", loner.access(), Map.of("foodId", "09003", "grams", 100)),
                api.post("/api/v1/diary/undo", loner.access(), Map.of())}) {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.text("error")).isEqualTo("no_household");
            assertThat(r.text("message")).contains("household");
        }
        assertThat(api.get("/api/v1/diary?date=" + DAY, null).status()).isEqualTo(401);
    }

    private static void assertSameNutrients(JsonNode served, Map<String, Double> core) {
        Map<String, Double> got = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = served.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            got.put(f.getKey(), f.getValue().asDouble());
        }
        assertThat(got).isEqualTo(core);
    }

    /** A new user who creates the household {@code name}. */
    private static Api.Session member(String prefix, String name) {
        Api.Session s = api.register(prefix);
        Api.Reply created = api.post("/api/v1/households", s.access(), Map.of("name", name));
        assertThat(created.status()).isEqualTo(201);
        return s;
    }

    /** A new user who joins {@code owner}'s household by an invite. */
    private static Api.Session join(String prefix, Api.Session owner) {
        String id = api.get("/api/v1/households/mine", owner.access()).text("id");
        String code = api.post("/api/v1/households/" + id + "/invites", owner.access(), Map.of()).text("code");
        Api.Session s = api.register(prefix);
        assertThat(api.post("/api/v1/households/join", s.access(), Map.of("code", code)).status()).isEqualTo(200);
        return s;
    }

    private static Api.Reply patch(String path, String token, Object body, String ifMatch) {
        return send("PATCH", path, token, HttpRequest.BodyPublishers.ofString(Api.write(body)), ifMatch);
    }

    private static Api.Reply delete(String path, String token, String ifMatch) {
        return send("DELETE", path, token, HttpRequest.BodyPublishers.noBody(), ifMatch);
    }

    private static Api.Reply send(String method, String path, String token, HttpRequest.BodyPublisher body, String ifMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body);
        if (ifMatch != null) b.header("If-Match", ifMatch);
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = r.body().isEmpty() ? MissingNode.getInstance() : Api.JSON.readTree(r.body());
            return new Api.Reply(r.statusCode(), r, json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertInvalid(Api.Reply r, String field) {
        assertThat(r.status()).as(r.raw().uri() + " " + r.raw().body()).isEqualTo(422);
        assertThat(r.text("field")).as(r.raw().body()).isEqualTo(field);
    }

    private static void assertNotFound(Api.Reply r) {
        assertThat(r.status()).as(r.raw().uri() + " " + r.raw().body()).isEqualTo(404);
        assertThat(r.text("error")).isEqualTo("not_found");
    }
}
