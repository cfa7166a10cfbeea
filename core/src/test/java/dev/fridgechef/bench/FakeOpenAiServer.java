package dev.fridgechef.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.time.LocalDate;
import java.util.concurrent.Executors;

/**
 * A small OpenAI-compatible chat-completions server for the AI benches (scripts/bench.sh ai-procs):
 * on 127.0.0.1 only, on a free port that it writes to PORT_FILE, answering every request after
 * DELAY_MS with a plan of chicken and rice for the dates, meals and targets the request asks for (in
 * the AI planner's JSON schema of today: an answer the planner no longer understands is recorded as
 * unusable, which the bench's figures still count), and appending a line "epochMillis requestNumber" to LOG_FILE for every
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

    /**
     * Chicken and rice for each day and meal that the request's DATA asks for, in amounts that meet
     * its energy and protein targets (from the stock's kcal per 100 g; protein taken as 23 g and 7 g).
     */
    static String plan(String requestBody) throws IOException {
        LocalDate start = LocalDate.now();
        int days = 1;
        java.util.List<String> meals = java.util.List.of("breakfast", "lunch", "dinner", "snack");
        double energy = 2000;
        double protein = 100;
        String chickenId = "05062";
        double chickenKcal = 110;
        String riceId = "20044";
        double riceKcal = 365;
        for (JsonNode m : JSON.readTree(requestBody).path("messages")) {
            String text = m.path("content").asText("");
            if (!text.contains("\"DATA\"")) continue;
            JsonNode data = JSON.readTree(text.substring(text.indexOf('{'))).path("DATA");
            start = LocalDate.parse(data.path("start").asText(start.toString()));
            days = data.path("days").asInt(1);
            java.util.List<String> asked = new java.util.ArrayList<>();
            data.path("meals").forEach(x -> asked.add(x.asText()));
            if (!asked.isEmpty()) meals = asked;
            energy = data.path("TARGETS").path("energy_kcal_per_day_for_these_meals").asDouble(energy);
            protein = data.path("TARGETS").path("protein_g_per_day_for_these_meals").asDouble(protein);
            for (JsonNode item : data.path("STOCK")) {
                String food = item.path("food").asText("").toLowerCase(java.util.Locale.ROOT);
                if (food.contains("chicken")) {
                    chickenId = item.path("food_id").asText(chickenId);
                    chickenKcal = item.path("kcal_per_100g").asDouble(chickenKcal);
                } else if (food.contains("rice")) {
                    riceId = item.path("food_id").asText(riceId);
                    riceKcal = item.path("kcal_per_100g").asDouble(riceKcal);
                }
            }
        }
        // per meal: chicken c and rice r grams with 8 g of oil, solving energy and protein together
        double e = energy / meals.size() - 70.7;
        double p = protein / meals.size();
        double rice = Math.max(20, (e - chickenKcal / 100 * p / 0.23) / (riceKcal / 100 - chickenKcal / 100 * 0.07 / 0.23));
        double chicken = Math.max(20, (p - 0.07 * rice) / 0.23);
        ObjectNode plan = JSON.createObjectNode();
        ArrayNode dayNodes = plan.putArray("days");
        for (int d = 0; d < days; d++) {
            ObjectNode day = dayNodes.addObject();
            day.put("date", start.plusDays(d).toString());
            ArrayNode mealNodes = day.putArray("meals");
            for (String meal : meals) {
                ObjectNode m = mealNodes.addObject();
                m.put("meal", meal).put("title", "Chicken with rice");
                ArrayNode ingredients = m.putArray("ingredients");
                ingredients.addObject().put("food_id", chickenId).put("food", "chicken breast").put("grams", Math.round(chicken));
                ingredients.addObject().put("food_id", riceId).put("food", "rice").put("grams", Math.round(rice));
                ingredients.addObject().put("food", "olive oil").put("grams", 8);
            }
        }
        return JSON.writeValueAsString(plan);
    }

    private FakeOpenAiServer() {
    }
}
