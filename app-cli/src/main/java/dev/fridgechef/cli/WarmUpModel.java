package dev.fridgechef.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The model {@link WarmUp} asks, on a loopback port for the training run only: an OpenAI-compatible
 * chat-completions endpoint that answers a plan request with a MENU recipe for each meal (so the
 * training goes through reading an answer and the optimiser's run over the proposed dishes, as a
 * real AI plan does) and a chat question with a short streamed answer. Nothing leaves the machine.
 */
final class WarmUpModel implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;

    WarmUpModel() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", this::answer);
        server.start();
    }

    /** The base URL to configure as the provider's ({@code OPENAI_BASE_URL}). */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            boolean streamed = request.path("stream").asBoolean();
            byte[] body = (streamed ? streamed() : completion(dishes(request))).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", streamed ? "text/event-stream" : "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** For each day and meal of the request's DATA, the first MENU recipe for that meal not chosen yet. */
    private static String dishes(JsonNode request) throws IOException {
        JsonNode data = null;
        for (JsonNode m : request.path("messages")) {
            String content = m.path("content").asText("");
            if (content.startsWith("{\"DATA\"")) data = JSON.readTree(content).path("DATA");
        }
        ObjectNode root = JSON.createObjectNode();
        ArrayNode dishes = root.putArray("dishes");
        if (data == null) return root.toString();
        Set<String> used = new HashSet<>();
        for (int day = 1; day <= data.path("DAYS").asInt(1); day++) {
            for (JsonNode meal : data.path("MEALS")) {
                for (JsonNode m : data.path("MENU")) {
                    String id = m.path("recipe_id").asText();
                    boolean fits = false;
                    for (JsonNode t : m.path("meals")) fits |= t.asText().equals(meal.asText());
                    if (!fits || !used.add(id)) continue;
                    ObjectNode dish = dishes.addObject().put("day", day).put("meal", meal.asText()).put("recipe_id", id)
                            .put("title_en", "").put("title_ru", "");
                    dish.putArray("ingredients");
                    dish.putArray("steps");
                    dish.put("active_minutes", 0);
                    break;
                }
            }
        }
        return root.toString();
    }

    private static String completion(String content) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("id", "warm-up").put("object", "chat.completion").put("created", 1).put("model", "warm-up");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        root.putObject("usage").put("prompt_tokens", 1000).put("completion_tokens", 100).put("total_tokens", 1100);
        return JSON.writeValueAsString(root);
    }

    private static String streamed() {
        return "data: {\"id\":\"w\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"warm-up\",\"choices\":[{\"index\":0,"
                + "\"delta\":{\"content\":\"Eat the chicken first.\"},\"finish_reason\":null}]}\n\n"
                + "data: {\"id\":\"w\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"warm-up\",\"choices\":[{\"index\":0,"
                + "\"delta\":{},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":500,\"completion_tokens\":5,\"total_tokens\":505}}\n\n"
                + "data: [DONE]\n\n";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
