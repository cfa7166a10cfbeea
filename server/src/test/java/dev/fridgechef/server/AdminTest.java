package dev.fridgechef.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static dev.fridgechef.server.AiTesting.ask;
import static dev.fridgechef.server.AiTesting.conversation;
import static dev.fridgechef.server.AiTesting.makeAdmin;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin API: admins only (403 otherwise); users with balances, grants, roles, AI use and costs, cache hit rate. */
class AdminTest {
    static FakeOpenAi provider;
    static ServerApp app;
    static Api api;

    @BeforeAll
    static void start() {
        provider = new FakeOpenAi();
        app = provider.instance("ai-admin", Duration.ofSeconds(5));
        api = new Api(app);
    }

    @AfterAll
    static void stop() throws IOException {
        app.close();
        provider.close();
    }

    @Test
    void aPlainUserGets403OnEveryAdminRoute() {
        Api.Session s = api.register("plain");
        String other = UUID.randomUUID().toString();
        for (Api.Reply r : new Api.Reply[] {api.get("/api/v1/admin/users", s.access()),
                api.post("/api/v1/admin/users/" + s.userId() + "/balance", s.access(), Map.of("tokens", 1000)),
                api.post("/api/v1/admin/users/" + other + "/role", s.access(), Map.of("role", "admin")),
                api.get("/api/v1/admin/generations", s.access()), api.get("/api/v1/admin/stats", s.access())}) {
            assertThat(r.status()).as(r.raw().uri().toString()).isEqualTo(403);
            assertThat(r.text("error")).isEqualTo("forbidden");
        }
        assertThat(AiTesting.balance(s.userId())).isZero();
        assertThat(api.get("/api/v1/admin/users", null).status()).isEqualTo(401);
    }

    @Test
    void anAdminGrantsTokensThatTheUserThenSpends() throws InterruptedException {
        Api.Session admin = api.register("boss");
        makeAdmin(admin.userId());
        Api.Session user = api.register("spender");
        Api.Reply granted = api.post("/api/v1/admin/users/" + user.userId() + "/balance", admin.access(), Map.of("tokens", 5000));
        assertThat(granted.status()).isEqualTo(200);
        assertThat(granted.json().path("balance").asLong()).isEqualTo(5000);
        assertThat(api.post("/api/v1/admin/users/" + user.userId() + "/balance", admin.access(), Map.of("tokens", 1000))
                .json().path("balance").asLong()).isEqualTo(6000);

        Instant from = Instant.now().minusSeconds(1);
        Thread.sleep(300); // so that the AI call below is later than the login by more than the clocks differ
        Instant asking = Instant.now();
        assertThat(ask(api, user, conversation(api, user), "What is fibre?").status()).isEqualTo(201);
        assertThat(ask(api, user, conversation(api, user), "What is fibre?").json().path("answer").path("cached").asBoolean()).isTrue();

        JsonNode listed = find(api.get("/api/v1/admin/users?limit=1000", admin.access()).json().path("users"), user.userId());
        assertThat(listed.path("balance").asLong()).isEqualTo(6000 - FakeOpenAi.PROMPT - FakeOpenAi.COMPLETION);
        assertThat(listed.path("username").asText()).isEqualTo(user.username());
        assertThat(Instant.parse(listed.path("lastActiveAt").asText())).isAfterOrEqualTo(asking.minusMillis(50)); // the AI call, not the login
        assertThat(listed.path("generations").asLong()).isEqualTo(2);
        assertThat(listed.path("tokensUsed").asLong()).isEqualTo(FakeOpenAi.PROMPT + FakeOpenAi.COMPLETION);

        String period = "?from=" + from + "&to=" + Instant.now().plusSeconds(1);
        JsonNode report = api.get("/api/v1/admin/generations" + period, admin.access()).json();
        assertThat(report.path("calls").asLong()).isEqualTo(2);
        assertThat(report.path("tokens").asLong()).isEqualTo(FakeOpenAi.PROMPT + FakeOpenAi.COMPLETION);
        // 300 prompt tokens at $0.15 and 7 completion tokens at $0.60 a million
        assertThat(report.path("costUsd").asDouble()).isCloseTo((300 * 0.15 + 7 * 0.60) / 1_000_000, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(report.path("byFeatureAndModel")).extracting(r -> r.path("feature").asText() + " " + r.path("model").asText())
                .containsExactlyInAnyOrder("chat gpt-test", "chat cache");

        JsonNode stats = api.get("/api/v1/admin/stats" + period, admin.access()).json();
        assertThat(stats.path("requests").asLong()).isEqualTo(1);
        assertThat(stats.path("answers").asLong()).isEqualTo(2);
        assertThat(stats.path("cacheHits").asLong()).isEqualTo(1);
        assertThat(stats.path("cacheHitRate").asDouble()).isEqualTo(0.5);
        assertThat(stats.path("aiUsers").asLong()).isEqualTo(1);
        assertThat(stats.path("activeUsers").asLong()).isPositive();
    }

    @Test
    void grantsAndRolesAreChecked() {
        Api.Session admin = api.register("checker");
        makeAdmin(admin.userId());
        Api.Session user = api.register("promoted");
        String grant = "/api/v1/admin/users/" + user.userId() + "/balance";
        assertThat(api.post(grant, admin.access(), Map.of("tokens", 0)).text("field")).isEqualTo("tokens");
        assertThat(api.post(grant, admin.access(), Map.of("tokens", -5)).text("field")).isEqualTo("tokens");
        assertThat(api.post(grant, admin.access(), Map.of("tokens", 1_000_000_001)).text("field")).isEqualTo("tokens");
        assertThat(api.post(grant, admin.access(), Map.of("tokens", "many")).text("field")).isEqualTo("tokens");
        assertThat(api.post(grant, admin.access(), Map.of()).text("field")).isEqualTo("tokens");
        assertThat(api.post("/api/v1/admin/users/" + UUID.randomUUID() + "/balance", admin.access(), Map.of("tokens", 10)).status())
                .isEqualTo(404);
        assertThat(AiTesting.balance(user.userId())).isZero();
        assertThat(api.get("/api/v1/admin/generations?from=yesterday", admin.access()).text("field")).isEqualTo("from");
        assertThat(api.get("/api/v1/admin/stats?from=2026-12-01&to=2026-11-01", admin.access()).text("field")).isEqualTo("from");

        String role = "/api/v1/admin/users/" + user.userId() + "/role";
        assertThat(api.post(role, admin.access(), Map.of("role", "root")).text("field")).isEqualTo("role");
        assertThat(api.get("/api/v1/admin/users", user.access()).status()).isEqualTo(403);
        assertThat(api.post(role, admin.access(), Map.of("role", "admin")).status()).isEqualTo(200);
        // the role is read at each request: the same token now passes
        assertThat(api.get("/api/v1/admin/users", user.access()).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/admin/users/" + admin.userId() + "/role", admin.access(), Map.of("role", "user")).status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/admin/users/" + admin.userId() + "/role", user.access(), Map.of("role", "user")).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/admin/users", admin.access()).status()).isEqualTo(403);
    }

    private static JsonNode find(JsonNode users, String id) {
        for (JsonNode u : users) if (u.path("id").asText().equals(id)) return u;
        throw new AssertionError("user " + id + " is not listed");
    }
}
