package dev.fridgechef.server.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import java.io.IOException;
import java.net.InetAddress;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The model the server under load asks: an OpenAI-compatible provider on loopback that answers
 * after {@code latencyMs} (a real model's time to answer, so AI requests hold their connections as
 * they would). A plan request (JSON asked for) is answered with a library recipe of the request's
 * MENU for each meal, as a model that chooses well would; a chat request with a short streamed
 * answer. Both in the provider's wire format, with token usage.
 */
final class FakeModel implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();
    private final long latencyMs;
    private final AtomicLong calls = new AtomicLong();

    FakeModel(long latencyMs) throws IOException {
        this.latencyMs = latencyMs;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                calls.incrementAndGet();
                return answer(request).setHeadersDelay(latencyMs, TimeUnit.MILLISECONDS);
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    /** The base URL to give the server ({@code .../v1}). */
    String url() {
        return server.url("/v1").toString();
    }

    long latencyMs() {
        return latencyMs;
    }

    long calls() {
        return calls.get();
    }

    private static MockResponse answer(RecordedRequest request) {
        try {
            JsonNode body = JSON.readTree(request.getBody().readUtf8());
            if (body.path("stream").asBoolean()) return streamed("Aim for a palm-sized portion of protein at each meal.");
            JsonNode messages = body.path("messages");
            JsonNode data = JSON.readTree(messages.get(messages.size() - 1).path("content").asText()).path("DATA");
            return completion(dishes(data));
        } catch (IOException | RuntimeException e) {
            return new MockResponse().setResponseCode(500).setHeader("Content-Type", "application/json")
                    .setBody("{\"error\":{\"message\":\"fake model: " + e.getClass().getSimpleName() + "\",\"type\":\"server_error\"}}");
        }
    }

    /** For each day and meal, the first MENU recipe for that meal not chosen yet (repeats when the menu runs out). */
    static String dishes(JsonNode data) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode dishes = root.putArray("dishes");
        Set<String> used = new HashSet<>();
        for (int day = 1; day <= data.path("DAYS").asInt(1); day++) {
            for (JsonNode mealNode : data.path("MEALS")) {
                String meal = mealNode.asText();
                String pick = null;
                for (JsonNode m : data.path("MENU")) {
                    boolean fits = false;
                    for (JsonNode t : m.path("meals")) fits |= t.asText().equals(meal);
                    if (!fits) continue;
                    if (pick == null) pick = m.path("recipe_id").asText();
                    if (!used.contains(m.path("recipe_id").asText())) {
                        pick = m.path("recipe_id").asText();
                        break;
                    }
                }
                if (pick == null) continue;
                used.add(pick);
                ObjectNode dish = dishes.addObject();
                dish.put("day", day).put("meal", meal).put("recipe_id", pick).put("title_en", "").put("title_ru", "");
                dish.putArray("ingredients");
                dish.putArray("steps");
                dish.put("active_minutes", 0);
            }
        }
        return root.toString();
    }

    private static MockResponse completion(String content) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("id", "c").put("object", "chat.completion").put("created", 1).put("model", "fake-model");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        root.putObject("usage").put("prompt_tokens", 2500).put("completion_tokens", 400).put("total_tokens", 2900);
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(JSON.writeValueAsString(root));
    }

    private static MockResponse streamed(String text) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String piece : text.split("(?<= )")) {
            ObjectNode chunk = JSON.createObjectNode().put("id", "c").put("object", "chat.completion.chunk").put("created", 1).put("model", "fake-model");
            ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
            choice.putObject("delta").put("content", piece);
            choice.putNull("finish_reason");
            body.append("data: ").append(JSON.writeValueAsString(chunk)).append("\n\n");
        }
        body.append("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"fake-model\",\"choices\":[{\"index\":0,")
                .append("\"delta\":{},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":900,\"completion_tokens\":40,\"total_tokens\":940}}\n\n")
                .append("data: [DONE]\n\n");
        return new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(body.toString());
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
