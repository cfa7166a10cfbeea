package dev.fridgechef.server;

import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

/** Balances and roles set straight in the shared test database (as `fridge admin` or an admin would), and small chat helpers. */
final class AiTesting {
    private AiTesting() {
    }

    static void setBalance(String userId, long tokens) {
        TestServer.shared().database().jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO ai_balances (user_id, tokens) VALUES (:user, :tokens)
                        ON CONFLICT (user_id) DO UPDATE SET tokens = :tokens""")
                .bind("user", UUID.fromString(userId)).bind("tokens", tokens).execute());
    }

    static long balance(String userId) {
        return TestServer.shared().database().jdbi().withHandle(h -> h.createQuery("SELECT coalesce(max(tokens), 0) FROM ai_balances WHERE user_id = :user")
                .bind("user", UUID.fromString(userId)).mapTo(Long.class).one());
    }

    static void makeAdmin(String userId) {
        TestServer.shared().database().jdbi().useHandle(h -> h.createUpdate("UPDATE users SET role = 'admin' WHERE id = :id")
                .bind("id", UUID.fromString(userId)).execute());
    }

    static String conversation(Api api, Api.Session s) {
        Api.Reply created = api.post("/api/v1/chat/conversations", s.access(), Map.of());
        if (created.status() != 201) throw new AssertionError("conversation: " + created.status() + " " + created.raw().body());
        return created.text("id");
    }

    static Api.Reply ask(Api api, Api.Session s, String conversationId, String text) {
        return api.post("/api/v1/chat/conversations/" + conversationId + "/messages", s.access(), Map.of("text", text));
    }

    /** A PATCH with a JSON body (Api has no PATCH of its own). */
    static Api.Reply patch(ServerApp app, String path, String token, Object body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(Api.write(body))).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(response.statusCode(), response,
                    response.body().isEmpty() ? MissingNode.getInstance() : Api.JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
