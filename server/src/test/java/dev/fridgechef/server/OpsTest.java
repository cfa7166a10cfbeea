package dev.fridgechef.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.server.db.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Health, metrics, request ids and the OpenAPI document. */
class OpsTest {
    static ServerApp app;
    static Api api;

    @BeforeAll
    static void start() {
        app = TestServer.shared();
        api = new Api(app);
    }

    @Test
    void healthChecksAnswer() {
        assertThat(api.get("/health/live", null).text("status")).isEqualTo("up");
        Api.Reply ready = api.get("/health/ready", null);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.text("status")).isEqualTo("ready");
    }

    @Test
    void metricsHaveLatencyHistogramsByRouteTemplateAndActiveUsers() {
        Api.Session s = api.register("metric");
        api.get("/api/v1/households/" + java.util.UUID.randomUUID(), s.access());
        Api.Reply metrics = api.get("/metrics", null);
        assertThat(metrics.status()).isEqualTo(200);
        String text = metrics.raw().body();
        assertThat(text).contains("http_server_requests_seconds_bucket{");
        assertThat(text).contains("route=\"/api/v1/households/{id}\"");
        assertThat(text).doesNotContain("route=\"/api/v1/households/" + "0");
        assertThat(text).containsPattern("fridgechef_active_users [1-9]");
    }

    @Test
    void withAMetricsTokenMetricsAnswerOnlyTheScraperThatSendsIt() throws java.io.IOException {
        String token = "scrape-token-0123456789abcdef";
        Database.Target db = TestServer.shared().database().embeddedTarget().orElseThrow();
        try (ServerApp guarded = ServerApp.start(TestServer.options(TestServer.freshFolder("metrics-token"))
                .withDatabase(new ServerOptions.ExternalDatabase(db.url(), db.user(), db.password())).withMetricsToken(token))) {
            Api other = new Api(guarded);
            Api.Reply none = other.get("/metrics", null);
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(none.raw().body()).doesNotContain("jvm_memory");
            assertThat(other.get("/metrics", token + "x").status()).isEqualTo(401);
            assertThat(other.get("/metrics", token.substring(1)).status()).isEqualTo(401);
            Api.Reply scraped = other.get("/metrics", token);
            assertThat(scraped.status()).isEqualTo(200);
            assertThat(scraped.raw().body()).contains("jvm_memory_used_bytes");
            assertThat(other.get("/health/ready", null).status()).as("health stays open for the load balancer").isEqualTo(200);
        }
    }

    @Test
    void withoutAMetricsTokenMetricsAnswerOnlyThisMachine() throws java.io.IOException {
        Database.Target db = TestServer.shared().database().embeddedTarget().orElseThrow();
        try (ServerApp proxied = ServerApp.start(TestServer.options(TestServer.freshFolder("metrics-local"))
                .withDatabase(new ServerOptions.ExternalDatabase(db.url(), db.user(), db.password())).behindProxy(true))) {
            Api api = new Api(proxied);
            Api.Reply remote = api.get("/metrics", null, Map.of("X-Forwarded-For", "203.0.113.7"));
            assertThat(remote.status()).isEqualTo(403);
            assertThat(remote.raw().body()).contains("FRIDGECHEF_METRICS_TOKEN").doesNotContain("jvm_memory");
            assertThat(api.get("/metrics", null, Map.of("X-Forwarded-For", "10.0.0.1, 127.0.0.1")).status()).isEqualTo(200);
            assertThat(api.get("/metrics", null, Map.of("X-Forwarded-For", "::1")).status()).isEqualTo(200);
            assertThat(api.get("/metrics", null, Map.of("X-Forwarded-For", "localhost.evil.example")).status()).isEqualTo(403);
        }
    }

    @Test
    void aRequestIdIsEchoedOrMade() {
        assertThat(api.get("/health/live", null, Map.of("X-Request-Id", "abc-123")).header("X-Request-Id")).isEqualTo("abc-123");
        assertThat(api.get("/health/live", null).header("X-Request-Id")).hasSize(36);
        assertThat(api.get("/health/live", null, Map.of("X-Request-Id", "x".repeat(101))).header("X-Request-Id")).hasSize(36);
    }

    @Test
    void theOpenApiDocumentDescribesEveryServedRoute() {
        Api.Reply doc = api.get("/openapi.json", null);
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.text("openapi")).startsWith("3.");
        JsonNode paths = doc.json().path("paths");
        assertThat(app.servedRoutes()).isNotEmpty();
        for (String route : app.servedRoutes()) {
            String[] parts = route.split(" ", 2);
            assertThat(paths.path(parts[1]).has(parts[0].toLowerCase(Locale.ROOT)))
                    .as("%s is in /openapi.json", route).isTrue();
        }
        // and nothing it describes is missing from the server
        paths.fieldNames().forEachRemaining(path -> paths.path(path).fieldNames().forEachRemaining(method -> {
            if (!method.equals("parameters")) {
                assertThat(app.servedRoutes()).as("/openapi.json describes %s %s", method, path)
                        .contains(method.toUpperCase(Locale.ROOT) + " " + path);
            }
        }));
    }
}
