package dev.fridgechef.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

/** A small HTTP client for the tests: real requests on loopback, JSON in and out. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final String base;

    Api(ServerApp app) {
        this("http://127.0.0.1:" + app.port());
    }

    Api(String base) {
        this.base = base;
    }

    record Reply(int status, HttpResponse<String> raw, JsonNode json) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String text(String field) {
            return json.path(field).asText();
        }
    }

    Reply get(String path, String token) {
        return send(builder(path, token).GET());
    }

    Reply get(String path, String token, Map<String, String> headers) {
        HttpRequest.Builder b = builder(path, token).GET();
        headers.forEach(b::header);
        return send(b);
    }

    Reply post(String path, String token, Object body) {
        return postRaw(path, token, write(body));
    }

    Reply post(String path, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder b = builder(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body)));
        headers.forEach(b::header);
        return send(b);
    }

    Reply postRaw(String path, String token, String body) {
        return send(builder(path, token).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply delete(String path, String token) {
        return send(builder(path, token).DELETE());
    }

    /** Any method, with a JSON body (null: none) and extra headers. */
    Reply send(String method, String path, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder b = builder(path, token);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        }
        headers.forEach(b::header);
        return send(b);
    }

    /** Registers a user with a unique name; its tokens are in the reply. */
    Session register(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        Reply r = post("/api/v1/auth/register", null, Map.of("username", name, "email", name + "@example.org",
                "password", "correct horse battery", "deviceName", "test"));
        if (r.status() != 201) throw new AssertionError("register: " + r.status() + " " + r.raw().body());
        JsonNode tokens = r.json().path("tokens");
        return new Session(name, r.json().path("user").path("id").asText(), tokens.path("accessToken").asText(),
                tokens.path("refreshToken").asText());
    }

    Reply login(String login, String password) {
        return post("/api/v1/auth/login", null, Map.of("login", login, "password", password, "deviceName", "laptop"));
    }

    record Session(String username, String userId, String access, String refresh) {
    }

    private HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }

    private Reply send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> response = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json;
            try {
                json = response.body().isEmpty() ? MissingNode.getInstance() : JSON.readTree(response.body());
            } catch (IOException notJson) {
                json = MissingNode.getInstance();
            }
            return new Reply(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
