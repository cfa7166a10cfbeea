package dev.fridgechef.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Executors;

/**
 * A small OpenAI-compatible chat-completions server for the AI benches (scripts/bench.sh ai-procs):
 * on 127.0.0.1 only, on a free port that it writes to PORT_FILE, answering every request after
 * DELAY_MS with the dishes a good model would propose for the request (AiPlanBench's fake model),
 * and appending a line "epochMillis requestNumber" to LOG_FILE for every
 * answer it sent in full (a paid answer). It stops by itself after LIFETIME_S seconds.
 * <pre>FakeOpenAiServer PORT_FILE LOG_FILE LIFETIME_S [DELAY_MS]</pre>
 */
public final class FakeOpenAiServer {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        Path portFile = Path.of(args[0]);
        Path log = Path.of(args[1]);
        long lifetime = Long.parseLong(args[2]);
        long delay = args.length > 3 ? Long.parseLong(args[3]) : 300;
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        server.createContext("/", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int n = count.incrementAndGet();
                Thread.sleep(delay);
                byte[] answer = completion(plan(body)).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
                synchronized (FakeOpenAiServer.class) {
                    Files.writeString(log, System.currentTimeMillis() + " " + n + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                }
            } catch (InterruptedException | IOException | RuntimeException e) {
                System.err.println("fake server: " + e);
            }
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        Files.writeString(portFile, Integer.toString(server.getAddress().getPort()));
        Thread.sleep(lifetime * 1000);
        server.stop(0);
        System.exit(0);
    }

    /** An OpenAI chat completion whose message is {@code content}: 1,000 tokens in, 500 out. */
    static String completion(String content) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-bench").put("object", "chat.completion").put("created", 1).put("model", "fake");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        root.putObject("usage").put("prompt_tokens", 1000).put("completion_tokens", 500).put("total_tokens", 1500);
        return JSON.writeValueAsString(root);
    }

    /** The dishes a good model proposes for the request's DATA (AiPlanBench's fake model). */
    static String plan(String requestBody) throws IOException {
        for (JsonNode m : JSON.readTree(requestBody).path("messages")) {
            String text = m.path("content").asText("");
            if (!text.contains("\"DATA\"")) continue;
            return new AiPlanBench.FakeDishModel(JSON).answer(JSON.readTree(text.substring(text.indexOf('{'))).path("DATA"));
        }
        return "{\"dishes\": []}";
    }

    private FakeOpenAiServer() {
    }
}
