package dev.fridgechef.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.fridgechef.server.AiTesting.ask;
import static dev.fridgechef.server.AiTesting.conversation;
import static dev.fridgechef.server.AiTesting.setBalance;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the chat's model is told about the person (core's chat data): their targets and hard rules,
 * their household's stock with expiry (what breaks their rules marked), today's plan; never another
 * household's stock.
 */
class AiChatContextTest {
    static FakeOpenAi provider;
    static ServerApp app;
    static Api api;

    @BeforeAll
    static void start() {
        provider = new FakeOpenAi();
        app = provider.instance("ai-chat-context", Duration.ofSeconds(5));
        api = new Api(app);
    }

    @AfterAll
    static void stop() throws IOException {
        app.close();
        provider.close();
    }

    static Api.Session member(String name) {
        Api.Session s = api.register(name);
        assertThat(api.post("/api/v1/households", s.access(), Map.of("name", name + "'s home")).status()).isEqualTo(201);
        return s;
    }

    static void stock(Api.Session s, String name, double quantity, String unit, String expires) {
        Map<String, Object> item = new HashMap<>(Map.of("name", name, "quantity", quantity, "unit", unit));
        if (expires != null) item.put("expires", expires);
        Api.Reply r = api.post("/api/v1/stock", s.access(), item);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
    }

    @Test
    void theModelIsToldTheTargetsRulesStockAndTodaysPlanOfTheAskerOnly() {
        Api.Session other = member("ctxother");
        stock(other, "salmon", 400, "g", "+2d");

        Api.Session s = member("ctxasker");
        Map<String, Object> profile = new HashMap<>(ProfileApiTest.complete()); // vegetarian, allergic to peanuts and sesame
        Api.Reply saved = api.send("PUT", "/api/v1/profile", s.access(), profile, Map.of());
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        stock(s, "milk", 1, "l", "+4d");
        stock(s, "chicken breast", 500, "g", "+3d");
        stock(s, "white rice", 1, "kg", null);
        Api.Reply plan = api.post("/api/v1/plans", s.access(), Map.of("days", 1));
        assertThat(plan.status()).as(plan.raw().body()).isEqualTo(201);
        setBalance(s.userId(), 5000);

        int before = provider.requests();
        Api.Reply answered = ask(api, s, conversation(api, s), "What could I cook tonight?");
        assertThat(answered.status()).as(answered.raw().body()).isEqualTo(201);
        JsonNode data = data(provider.body(before));

        JsonNode targets = saved.json().path("targets");
        assertThat(data.path("TARGETS_PER_DAY").path("energy_kcal").asLong()).isEqualTo(Math.round(targets.path("energy").asDouble()));
        assertThat(data.path("TARGETS_PER_DAY").path("protein_g").asLong()).isEqualTo(Math.round(targets.path("protein").asDouble()));
        assertThat(data.path("HARD_RULES").path("allergies")).extracting(JsonNode::asText).contains("peanuts", "sesame");
        assertThat(data.path("HARD_RULES").path("diet").asText()).isEqualTo("vegetarian");
        assertThat(data.path("HARD_RULES").path("dislikes")).extracting(JsonNode::asText).containsExactly("olives");

        JsonNode milk = item(data, "milk");
        assertThat(milk.path("expires").asText()).isEqualTo(LocalDate.now().plusDays(4).toString());
        assertThat(milk.has("FORBIDDEN_FOR_THIS_PERSON")).isFalse();
        assertThat(item(data, "chicken").path("FORBIDDEN_FOR_THIS_PERSON")).isNotEmpty(); // a vegetarian's
        assertThat(data.path("STOCK").toString().toLowerCase()).doesNotContain("salmon");
        assertThat(data.path("PLANNED_TODAY")).isNotEmpty();
        assertThat(data.path("PLANNED_TODAY").get(0).path("dish").asText()).isNotBlank();
    }

    @Test
    void someoneInNoHouseholdStillChatsWithTheirRules() {
        Api.Session s = api.register("ctxalone");
        assertThat(api.send("PUT", "/api/v1/profile", s.access(), ProfileApiTest.complete(), Map.of()).status()).isEqualTo(200);
        setBalance(s.userId(), 5000);
        int before = provider.requests();
        Api.Reply answered = ask(api, s, conversation(api, s), "What could I cook tonight?");
        assertThat(answered.status()).as(answered.raw().body()).isEqualTo(201);
        JsonNode data = data(provider.body(before));
        assertThat(data.path("HARD_RULES").path("allergies")).extracting(JsonNode::asText).contains("peanuts");
        assertThat(data.path("STOCK")).isEmpty();
        assertThat(data.has("PLANNED_TODAY")).isFalse();
    }

    /** The DATA object in the system message of a request the provider received. */
    private static JsonNode data(JsonNode request) {
        String system = request.path("messages").get(0).path("content").asText();
        try {
            return Api.JSON.readTree(system.substring(system.indexOf("{\"DATA\"")).lines().findFirst().orElseThrow()).path("DATA");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode item(JsonNode data, String name) {
        for (JsonNode i : data.path("STOCK")) if (i.path("food").asText().toLowerCase().contains(name)) return i;
        throw new AssertionError(name + " is not in the stock the model was told about: " + data.path("STOCK"));
    }
}
