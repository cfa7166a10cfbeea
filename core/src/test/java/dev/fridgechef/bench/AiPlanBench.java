package dev.fridgechef.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fridgechef.FridgeChef;
import dev.fridgechef.Json;
import dev.fridgechef.TestFoods;
import dev.fridgechef.TestStores;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.llm.LlmGateway;
import dev.fridgechef.llm.ProviderKind;
import dev.fridgechef.llm.ProviderSettings;
import dev.fridgechef.plan.AiPlanner;
import dev.fridgechef.plan.FakeModelAnswers;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.plan.PlanRequest;
import dev.fridgechef.plan.PlanRules;
import dev.fridgechef.profile.TargetCalculator;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.recipe.RecipeLibrary;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * AI plans with a fake model that proposes sensible dishes, over the quality suite's household
 * fridges and plan lengths from 1 to 14 days: the share of plans within ±5 % energy and ±10 %
 * protein on every day (recomputed from the foods actually used), the share in band or honestly
 * warned, rule violations, and model calls per plan. The fake model answers on loopback in
 * OpenAI's wire format: for each meal a MENU recipe not yet used, and one new dish per chunk built
 * from the stock (a protein food, a starch and a vegetable), as a good model would.
 */
public final class AiPlanBench {
    private static final LocalDate START = LocalDate.of(2026, 11, 25);
    private static final int[] DAYS = {1, 2, 3, 4, 5, 6, 7, 10, 14};

    public static void main(String[] args) throws Exception {
        FoodDatabase foods = TestFoods.get();
        RecipeLibrary library = RecipeLibrary.load(foods);
        ObjectMapper json = Json.mapper();
        Path dir = Files.createTempDirectory("fridgechef-aiplan");
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new FakeDishModel(json));
            server.start(java.net.InetAddress.getLoopbackAddress(), 0);
            LlmGateway gateway = new LlmGateway(List.of(new ProviderSettings("fake", ProviderKind.OPENAI, server.url("/v1").toString(), "good-dishes",
                    "sk-bench", 0.15, 0.6, 100_000, 1_000_000_000L)), LlmGateway.Limits.DEFAULT, d -> { }, 1);
            AiPlanner ai = new AiPlanner(gateway, foods, () -> library, json);
            List<QualityBench.Household> households = QualityBench.load();
            int plans = 0, inBand = 0, inBandOrWarned = 0, violations = 0, fromModel = 0;
            double proposedShare = 0;
            long started = System.nanoTime();
            System.out.println("fridge               days  energy  protein  warned  shop  new dishes  proposed  calls");
            for (int i = 0; i < households.size(); i++) {
                QualityBench.Household h = households.get(i);
                List<StockEntry> stock;
                try (FridgeChef app = TestStores.open(dir.resolve("h" + i))) {
                    app.inventory().addAll(h.items(), java.util.stream.IntStream.rangeClosed(1, h.items().size()).boxed().toList());
                    stock = app.inventory().list();
                }
                for (int days : DAYS) {
                    PlanRequest request = new PlanRequest(START, days, List.of(MealType.values()), h.profile(),
                            TargetCalculator.compute(h.profile(), 2026), stock).withPeople(h.people());
                    int callsBefore = server.getRequestCount();
                    AiPlanner.Result r = ai.plan(request);
                    int calls = server.getRequestCount() - callsBefore;
                    MealPlan plan = r.plan();
                    double worstE = 0, worstP = 0;
                    for (double[] d : PlanRules.eaten(plan, foods)) {
                        worstE = Math.max(worstE, Math.abs(d[0] - plan.energyTarget()) / plan.energyTarget());
                        worstP = Math.max(worstP, Math.abs(d[1] - plan.proteinTarget()) / plan.proteinTarget());
                    }
                    boolean band = worstE <= 0.05 && worstP <= 0.10;
                    boolean warned = plan.warnings().stream().anyMatch(w -> w.key().equals("plan.warning.energy")
                            || w.key().equals("plan.warning.protein") || w.key().equals("plan.warning.stockonly"));
                    long created = plan.plan().stream().flatMap(d -> d.meals().stream()).filter(m -> m.recipeId().startsWith("ai-")).count();
                    long meals = plan.plan().stream().mapToLong(d -> d.meals().size()).sum();
                    plans++;
                    if (band) inBand++;
                    if (band || warned) inBandOrWarned++;
                    if (r.source().startsWith("ai:")) fromModel++;
                    proposedShare += r.proposedShare();
                    List<String> broken = PlanRules.violations(request, plan, library.with(newDishes(r, foods)), foods);
                    violations += broken.size();
                    broken.forEach(b -> System.out.println("    ! " + b));
                    System.out.printf("%-20s %4d  %5.1f%%  %6.1f%%  %6s  %4d  %3d of %-3d  %7.0f%%  %5d%n", h.name(), days, worstE * 100, worstP * 100,
                            warned ? "yes" : "-", plan.shopping().size(), created, meals, r.proposedShare() * 100, calls);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%n%d AI plans (%d made with the model's dishes): %d within ±5 %% energy and ±10 %% protein every day (%.0f %%), "
                            + "%d in band or honestly warned (%.0f %%); meals that are the model's dishes %.0f %%; rule violations %d; "
                            + "model calls %d (%.2f a plan); %.1f s in all%n",
                    plans, fromModel, inBand, 100.0 * inBand / plans, inBandOrWarned, 100.0 * inBandOrWarned / plans, 100 * proposedShare / plans, violations,
                    server.getRequestCount(), (double) server.getRequestCount() / plans, seconds);
        }
    }

    private static List<dev.fridgechef.recipe.RecipeFacts> newDishes(AiPlanner.Result r, FoodDatabase foods) {
        return r.newDishes().stream().map(d -> RecipeLibrary.resolve(d, foods)).toList();
    }

    /** A model that chooses well: unused MENU recipes for each meal, and one dish of its own per chunk from the stock. */
    static final class FakeDishModel extends Dispatcher {
        private final ObjectMapper json;

        FakeDishModel(ObjectMapper json) {
            this.json = json;
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            try {
                JsonNode body = json.readTree(request.getBody().readUtf8());
                JsonNode data = json.readTree(body.get("messages").get(1).get("content").asText()).get("DATA");
                return FakeModelAnswers.openAi(answer(data));
            } catch (Exception e) {
                return new MockResponse().setResponseCode(500).setBody("{\"error\":{\"message\":\"" + e.getClass().getSimpleName() + "\"}}");
            }
        }

        /** The dishes for the request DATA, as the model's JSON answer. */
        String answer(JsonNode data) {
            ArrayNode dishes = json.createArrayNode();
            List<String> used = new ArrayList<>();
            boolean createdOne = false;
            for (int day = 1; day <= data.get("DAYS").asInt(); day++) {
                for (JsonNode mealNode : data.get("MEALS")) {
                    String meal = mealNode.asText();
                    ObjectNode dish = dishes.addObject();
                    dish.put("day", day);
                    dish.put("meal", meal);
                    String pick = null;
                    for (JsonNode m : data.get("MENU")) {
                        String id = m.get("recipe_id").asText();
                        boolean fits = false;
                        for (JsonNode t : m.get("meals")) fits |= t.asText().equals(meal);
                        if (fits && !used.contains(id)) {
                            pick = id;
                            break;
                        }
                    }
                    boolean main = meal.equals("lunch") || meal.equals("dinner");
                    if ((pick == null || (main && !createdOne)) && ownDish(dish, data)) {
                        createdOne = true;
                        continue;
                    }
                    if (pick == null && !data.get("MENU").isEmpty()) pick = data.get("MENU").get(0).get("recipe_id").asText();
                    if (pick == null) {
                        dishes.remove(dishes.size() - 1); // nothing to propose: the meal comes from the library
                        continue;
                    }
                    used.add(pick);
                    empty(dish, pick);
                }
            }
            ObjectNode root = json.createObjectNode();
            root.set("dishes", dishes);
            return root.toString();
        }

        private static void empty(ObjectNode dish, String recipeId) {
            dish.put("recipe_id", recipeId);
            dish.put("title_en", "");
            dish.put("title_ru", "");
            dish.putArray("ingredients");
            dish.putArray("steps");
            dish.put("active_minutes", 0);
        }

        /** Stock's soonest-expiring protein food with a starch and a vegetable from the stock, fried in oil; false if the stock has none. */
        private boolean ownDish(ObjectNode dish, JsonNode data) {
            JsonNode protein = null, starch = null, vegetable = null;
            for (JsonNode s : data.get("STOCK")) {
                if (!s.has("grams")) continue;
                double kcal = s.get("kcal_per_100g").asDouble(), p = s.get("protein_per_100g").asDouble();
                if (protein == null && p >= 15 && kcal < 300) protein = s;
                else if (starch == null && kcal >= 300 && p < 15) starch = s;
                else if (vegetable == null && kcal < 60) vegetable = s;
            }
            if (protein == null || starch == null) return false;
            dish.put("recipe_id", "");
            dish.put("title_en", protein.get("food").asText() + " with " + starch.get("food").asText());
            dish.put("title_ru", protein.get("food").asText() + " с гарниром");
            ArrayNode ing = dish.putArray("ingredients");
            ing.addObject().put("food_id", protein.get("food_id").asText()).put("grams_per_serving", 120);
            ing.addObject().put("food_id", starch.get("food_id").asText()).put("grams_per_serving", 80);
            if (vegetable != null) ing.addObject().put("food_id", vegetable.get("food_id").asText()).put("grams_per_serving", 150);
            ing.addObject().put("food_id", "04053").put("grams_per_serving", 10);
            dish.putArray("steps").add("Cook the " + starch.get("food").asText() + ".").add("Fry the rest in the oil and serve together.");
            dish.put("active_minutes", 25);
            return true;
        }
    }
}
