package dev.fridgechef.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * fridge admin users|grant|generations|costs against a server's admin API (a MockWebServer answering
 * as the server does): it logs in as the admin, sends the access token, logs out after, and says
 * plainly when the account is no admin or the server cannot be reached.
 */
class AdminCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "8b5f3c1e-0d7a-4c8e-9f1b-2a3c4d5e6f70";

    @TempDir
    Path dir;
    MockWebServer server;
    CliRunner cli;
    final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    volatile boolean admin = true;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                requests.add(r);
                String path = r.getPath();
                if (path.equals("/api/v1/auth/login")) return json(200, "{\"accessToken\":\"acc-1\",\"refreshToken\":\"ref\",\"sessionId\":\"s\"}");
                if (path.equals("/api/v1/auth/logout")) return new MockResponse().setResponseCode(204);
                if (!"Bearer acc-1".equals(r.getHeader("Authorization"))) return json(401, "{\"error\":\"unauthorized\",\"message\":\"no token\"}");
                if (!admin) return json(403, "{\"error\":\"forbidden\",\"message\":\"Only an admin may do this\"}");
                if (path.startsWith("/api/v1/admin/users?")) {
                    return json(200, "{\"users\":[{\"id\":\"" + ID + "\",\"username\":\"ann\",\"email\":\"ann@example.org\",\"role\":\"user\","
                            + "\"createdAt\":\"2026-11-30T10:00:00Z\",\"balance\":4693,\"lastActiveAt\":\"2026-11-30T21:59:01.123456Z\","
                            + "\"generations\":3,\"tokensUsed\":307,\"costUsd\":0.0000492}],\"total\":1,\"limit\":1000,\"offset\":0}");
                }
                if (path.equals("/api/v1/admin/users/" + ID + "/balance")) {
                    return json(200, "{\"userId\":\"" + ID + "\",\"granted\":5000,\"balance\":9693}");
                }
                if (path.startsWith("/api/v1/admin/generations")) {
                    return json(200, "{\"from\":\"2026-11-01T00:00:00Z\",\"to\":\"2026-12-01T00:00:00Z\",\"calls\":4,\"tokens\":614,\"costUsd\":0.0000984,"
                            + "\"byFeatureAndModel\":[{\"feature\":\"chat\",\"model\":\"gpt-4o-mini\",\"calls\":3,\"ok\":2,\"failed\":1,\"cacheHits\":0,"
                            + "\"promptTokens\":600,\"completionTokens\":14,\"costUsd\":0.0000984,\"meanLatencyMs\":812},"
                            + "{\"feature\":\"chat\",\"model\":\"cache\",\"calls\":1,\"ok\":1,\"failed\":0,\"cacheHits\":1,\"promptTokens\":0,"
                            + "\"completionTokens\":0,\"costUsd\":0,\"meanLatencyMs\":0}]}");
                }
                if (path.startsWith("/api/v1/admin/stats")) {
                    return json(200, "{\"from\":\"2026-11-01T00:00:00Z\",\"to\":\"2026-12-01T00:00:00Z\",\"users\":7,\"activeUsers\":2,\"aiUsers\":3,"
                            + "\"requests\":3,\"answers\":3,\"cacheHits\":1,\"cacheHitRate\":0.3333,\"tokens\":614,\"costUsd\":0.0000984,"
                            + "\"tokensGrantedLeft\":12000}");
                }
                return json(404, "{\"error\":\"not_found\",\"message\":\"No route\"}");
            }
        });
        server.start();
        cli = new CliRunner(dir).withEnv(Map.of("LANG", "en_US.UTF-8", "FRIDGECHEF_SERVER", server.url("/").toString(),
                "FRIDGECHEF_ADMIN_USER", "root", "FRIDGECHEF_ADMIN_PASSWORD", "correct horse battery"));
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    @Test
    void usersAreListedWithTheAdminsLoginWhichIsClosedAfter() throws Exception {
        CliRunner.Result r = cli.runWithoutDb("admin", "users").ok();
        assertThat(r.out()).contains("ann").contains("4693").contains("2026-11-30T21:59:01Z").contains("$0.0000").contains("1 user(s).");
        assertThat(requests).extracting(RecordedRequest::getPath)
                .containsExactly("/api/v1/auth/login", "/api/v1/admin/users?limit=1000", "/api/v1/auth/logout");
        JsonNode login = JSON.readTree(requests.get(0).getBody().readUtf8());
        assertThat(login.path("login").asText()).isEqualTo("root");
        assertThat(login.path("password").asText()).isEqualTo("correct horse battery");
        assertThat(requests.get(2).getHeader("Authorization")).isEqualTo("Bearer acc-1");
        assertThat(cli.storeExists()).isFalse();

        assertThat(cli.runWithoutDb("admin", "users", "--json").ok().json().path("users").get(0).path("balance").asLong()).isEqualTo(4693);
    }

    @Test
    void aGrantNamesTheUserByName() throws Exception {
        CliRunner.Result r = cli.runWithoutDb("admin", "grant", "ANN", "5000").ok();
        assertThat(r.out()).contains("Granted 5000 tokens to ANN: balance now 9693.");
        RecordedRequest grant = requests.stream().filter(q -> q.getPath().endsWith("/balance")).findFirst().orElseThrow();
        assertThat(JSON.readTree(grant.getBody().readUtf8()).path("tokens").asLong()).isEqualTo(5000);
        assertThat(cli.runWithoutDb("admin", "grant", "bob", "10").exit(1).err()).contains("No user named bob");
        assertThat(cli.runWithoutDb("admin", "grant", "ann", "lots").exit(2).err()).contains("'lots'");
    }

    @Test
    void generationsAndCostsAreReportedForAPeriod() {
        CliRunner.Result g = cli.runWithoutDb("admin", "generations", "--from", "2026-11-01", "--to", "2026-12-01").ok();
        assertThat(g.out()).contains("gpt-4o-mini").contains("600 / 14").contains("812").contains("Total: 4 call(s), 614 tokens, $0.0001.");
        assertThat(requests).extracting(RecordedRequest::getPath).contains("/api/v1/admin/generations?from=2026-11-01&to=2026-12-01");
        CliRunner.Result c = cli.runWithoutDb("admin", "costs").ok();
        assertThat(c.out()).contains("Cache: 1 of 3 answer(s) without a call (33 %).").contains("7 user(s), 2 active in the last 5 minutes");
    }

    @Test
    void aPlainUserOrAnUnreachableServerIsSaidPlainly() throws Exception {
        admin = false;
        CliRunner.Result r = cli.runWithoutDb("admin", "costs").exit(1);
        assertThat(r.err()).contains("This account is not an admin of the server.");
        assertThat(requests.getLast().getPath()).isEqualTo("/api/v1/auth/logout");

        assertThat(cli.withEnv(Map.of("LANG", "en_US.UTF-8", "FRIDGECHEF_ADMIN_PASSWORD", "x")).runWithoutDb("admin", "users").exit(1).err())
                .contains("--user");
        int port = server.getPort();
        server.shutdown();
        assertThat(cli.runWithoutDb("admin", "users", "--server", "http://127.0.0.1:" + port).exit(1).err()).contains("did not answer");
        assertThat(cli.runWithoutDb("admin", "users", "--server", "ftp://x").exit(1).err()).contains("http:// or https://");
    }
}
