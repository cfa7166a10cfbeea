package dev.fridgechef.cli.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.cli.CliContext;
import dev.fridgechef.i18n.UserException;

import java.io.Console;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The admin API of a server, logged in as an admin for one command: logs in (password from
 * FRIDGECHEF_ADMIN_PASSWORD, else asked on the terminal without echo), sends the requests with the
 * access token, and logs out at the end so no session is left behind. A refusal of the server
 * becomes a message with its reason.
 */
final class AdminClient implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String server;
    private String token;

    private AdminClient(String server) {
        this.server = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
    }

    static AdminClient login(CliContext context, AdminLogin login) {
        Map<String, String> env = context.env();
        String server = login.server != null ? login.server : env.getOrDefault("FRIDGECHEF_SERVER", AdminLogin.DEFAULT_SERVER);
        if (!server.startsWith("http://") && !server.startsWith("https://")) throw new UserException("cli.admin.url", server);
        String user = login.user != null ? login.user : env.get("FRIDGECHEF_ADMIN_USER");
        if (user == null || user.isBlank()) throw new UserException("cli.admin.nouser");
        String password = env.get("FRIDGECHEF_ADMIN_PASSWORD");
        if (password == null || password.isEmpty()) password = ask(context, user);
        AdminClient client = new AdminClient(server);
        JsonNode tokens = client.send("POST", "/api/v1/auth/login", Map.of("login", user, "password", password, "deviceName", "fridge admin"));
        client.token = tokens.path("accessToken").asText();
        return client;
    }

    private static String ask(CliContext context, String user) {
        Console console = System.console();
        if (console == null) throw new UserException("cli.admin.nopassword");
        char[] typed = console.readPassword("%s", context.text("cli.admin.password", user));
        if (typed == null || typed.length == 0) throw new UserException("cli.admin.nopassword");
        return new String(typed);
    }

    JsonNode get(String pathAndQuery) {
        return send("GET", pathAndQuery, null);
    }

    JsonNode post(String path, Object body) {
        return send("POST", path, body);
    }

    private JsonNode send(String method, String path, Object body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        try {
            if (body == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = r.body().isBlank() ? JSON.nullNode() : JSON.readTree(r.body());
            if (r.statusCode() / 100 == 2) return json;
            String message = json.path("message").asText("HTTP " + r.statusCode());
            throw switch (r.statusCode()) {
                case 401 -> new UserException("cli.admin.login", message);
                case 403 -> new UserException("cli.admin.forbidden");
                default -> new UserException("cli.admin.refused", r.statusCode(), message);
            };
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UserException("cli.admin.notjson", server);
        } catch (IOException e) {
            throw new UserException("cli.admin.unreachable", server, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException("cli.admin.unreachable", server, "interrupted");
        }
    }

    /** Ends the session the login opened. */
    @Override
    public void close() {
        if (token == null) return;
        try {
            send("POST", "/api/v1/auth/logout", null);
        } catch (UserException ignored) {
            // the access token expires within 15 minutes anyway
        } finally {
            token = null;
            http.close();
        }
    }

    /** An instant as the server writes it, to the second: 2026-11-30T22:25:18.933017701Z → 2026-11-30T22:25:18Z. */
    static String seconds(String instant) {
        return instant.replaceFirst("\\.\\d+Z$", "Z");
    }

    /** {@code ?from=&to=} of the given bounds (either may be null). */
    static String period(String from, String to) {
        StringBuilder q = new StringBuilder();
        if (from != null) q.append("from=").append(java.net.URLEncoder.encode(from, java.nio.charset.StandardCharsets.UTF_8));
        if (to != null) q.append(q.isEmpty() ? "" : "&").append("to=").append(java.net.URLEncoder.encode(to, java.nio.charset.StandardCharsets.UTF_8));
        return q.isEmpty() ? "" : "?" + q;
    }
}
