package dev.fridgechef.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.diet.DietRules;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.llm.LlmGateway;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.recipe.Recipe;
import dev.fridgechef.recipe.RecipeFacts;
import dev.fridgechef.recipe.RecipeLibrary;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Plans with a language model where the model does what it is good at and nothing else: it
 * proposes dishes (library recipes from a short menu that fits the stock, or new dishes as
 * database foods with grams per serving), and the offline {@link Planner} sets portions, leftovers
 * and shopping with the same objective and checks as for offline plans. One call proposes dishes
 * for at most {@value #DISH_DAYS} days (up to 28 dishes of about 200 tokens: the answer fits its
 * 8,000-token limit); a longer plan cooks them again, as leftovers, with library recipes between,
 * as a person planning two weeks does. A broken dish is
 * dropped and its meal filled from the library; only an unreadable answer gets a repair round;
 * when no provider answers or nothing usable comes back, the offline plan is used and the person
 * is told why.
 */
public final class AiPlanner {
    /** Token limits: one chunk's dishes, and the repair round. */
    public static final int GENERATION_TOKENS = 8000;
    public static final int REPAIR_TOKENS = 4000;
    static final int DISH_DAYS = 7;
    private static final int MENU_PER_MEAL = 10;

    private final LlmGateway gateway;
    private final FoodDatabase foods;
    private final Supplier<RecipeLibrary> library;
    private final ObjectMapper json;

    public AiPlanner(LlmGateway gateway, FoodDatabase foods, Supplier<RecipeLibrary> library, ObjectMapper json) {
        this.gateway = gateway;
        this.foods = foods;
        this.library = library;
        this.json = json;
    }

    /**
     * The plan, who made it ("ai:provider/model" or "offline"), why the offline planner was used,
     * notes on dishes replaced from the library, the provider attempts and answers, and the new
     * dishes the model created that the plan uses.
     */
    public record Result(MealPlan plan, String source, List<String> fallbackReasons, List<LlmGateway.Attempt> attempts,
                         List<LlmGateway.Answer> answers, List<String> notes, List<Recipe> newDishes, Set<String> proposed) {
        public Result(MealPlan plan, String source, List<String> fallbackReasons, List<LlmGateway.Attempt> attempts,
                      List<LlmGateway.Answer> answers) {
            this(plan, source, fallbackReasons, attempts, answers, List.of(), List.of(), Set.of());
        }

        /** The share of the plan's meals that are dishes the model proposed (the rest came from the library). */
        public double proposedShare() {
            long all = plan.plan().stream().mapToLong(d -> d.meals().size()).sum();
            long mine = plan.plan().stream().flatMap(d -> d.meals().stream()).filter(m -> proposed.contains(m.recipeId())).count();
            return all == 0 ? 0 : (double) mine / all;
        }
    }

    public Result plan(PlanRequest request) {
        return plan(request, null);
    }

    /** A plan for {@code request}; {@code wish} ("something Georgian, quick dinners") guides the model's choice. */
    public Result plan(PlanRequest request, String wish) {
        return plan(request, wish, null);
    }

    /** The same, with the offline plan for {@code request} when the caller has made it already (else null: it is made here). */
    public Result plan(PlanRequest request, String wish, MealPlan offlineMade) {
        RecipeLibrary recipes = library.get();
        if (!gateway.configured()) {
            return fallback(offlineMade != null ? offlineMade : new Planner(recipes).plan(request), List.of("no AI provider is configured"),
                    List.of(), List.of());
        }
        AiPrompt prompt = new AiPrompt(json, foods);
        DishProposals reader = new DishProposals(request, recipes, foods, json);
        List<RecipeFacts> menu = menu(request, recipes);
        // made while the model thinks: the fallback, and its recipes are candidates for the optimiser
        CompletableFuture<MealPlan> offline = offlineMade != null ? CompletableFuture.completedFuture(offlineMade)
                : CompletableFuture.supplyAsync(() -> new Planner(recipes).plan(request), task -> Thread.ofPlatform().daemon().name("offline-plan").start(task));
        List<LlmGateway.Attempt> attempts = new ArrayList<>();
        List<LlmGateway.Answer> answers = new ArrayList<>();
        int days = Math.min(DISH_DAYS, request.days());
        List<ChatMessage> messages = new ArrayList<>(List.of(SystemMessage.from(AiPrompt.system()),
                UserMessage.from(prompt.data(request, days, menu, wish))));
        DishProposals.Outcome outcome = null;
        for (int round = 0; round < 2 && (outcome == null || outcome.empty()); round++) {
            LlmGateway.Answer answer;
            try {
                answer = gateway.chat(messages, round == 0 ? GENERATION_TOKENS : REPAIR_TOKENS, AiPrompt.format());
            } catch (LlmGateway.AllProvidersFailed e) {
                attempts.addAll(e.attempts());
                return fallback(join(offline), List.of("no AI provider answered: " + e.describe()), attempts, answers);
            }
            attempts.addAll(answer.attempts());
            answers.add(answer);
            outcome = reader.read(answer.text(), days);
            if (outcome.empty()) {
                messages.add(AiMessage.from(truncate(answer.text(), 20000)));
                messages.add(UserMessage.from("No dish could be used; return all dishes again as JSON in the schema, fixing:\n- "
                        + String.join("\n- ", outcome.problems())));
            }
        }
        if (outcome.empty()) {
            return fallback(join(offline), List.of("the AI proposed no usable dish: " + String.join("; ", limit(outcome.problems(), 5))), attempts,
                    answers);
        }
        LlmGateway.Answer last = answers.get(answers.size() - 1);
        return optimised(request, outcome, recipes, join(offline), StoredPlan.AI_SOURCE_PREFIX + last.provider() + "/" + last.model(), attempts,
                answers);
    }

    /**
     * The plan for {@code request} from the dishes of an answer received earlier ({@code text}, dishes
     * for {@code days} days), read against this request's stock and rules as a new answer is and
     * portioned by the same optimiser, with {@code offline}'s recipes as the other candidates; empty
     * when no dish of it is usable now. No model is called; {@code source} names the plan.
     */
    java.util.Optional<Result> fromAnswer(PlanRequest request, String text, int days, MealPlan offline, String source) {
        RecipeLibrary recipes = library.get();
        DishProposals.Outcome outcome = new DishProposals(request, recipes, foods, json).read(text, days);
        if (outcome.empty()) return java.util.Optional.empty();
        return java.util.Optional.of(optimised(request, outcome, recipes, offline, source, List.of(), List.of()));
    }

    /** The optimiser's plan from the accepted dishes (preferred) and the offline plan's recipes. */
    private static Result optimised(PlanRequest request, DishProposals.Outcome outcome, RecipeLibrary recipes, MealPlan offline, String source,
                                    List<LlmGateway.Attempt> attempts, List<LlmGateway.Answer> answers) {
        List<DishProposals.Dish> dishes = outcome.dishes();
        Set<String> proposed = dishes.stream().map(d -> d.facts().recipe().id()).collect(java.util.stream.Collectors.toUnmodifiableSet());
        MealPlan plan = inBandFirst(request, candidates(dishes, recipes, offline), proposed, recipes);
        return new Result(plan, source, List.of(), attempts, answers, notes(outcome.problems()), newDishesIn(plan, dishes), proposed);
    }

    /**
     * The recipes the optimiser may use: every accepted dish (preferred), and the offline planner's
     * choices for the same request, which fill a meal whose proposal broke and let the optimiser
     * bring a day into its energy and protein band when the proposed dishes alone cannot.
     */
    private static RecipeLibrary candidates(List<DishProposals.Dish> dishes, RecipeLibrary recipes, MealPlan offline) {
        Map<String, RecipeFacts> chosen = new LinkedHashMap<>();
        for (DishProposals.Dish d : dishes) chosen.putIfAbsent(d.facts().recipe().id(), d.facts());
        for (MealPlan.Day day : offline.plan()) {
            for (MealPlan.Meal meal : day.meals()) recipes.byId(meal.recipeId()).ifPresent(f -> chosen.putIfAbsent(f.recipe().id(), f));
        }
        return RecipeLibrary.of(chosen.values());
    }

    /**
     * The plan that prefers the proposed dishes, unless that leaves a day outside its energy or
     * protein band and the same candidates without the preference do better: the band comes first.
     */
    private static MealPlan inBandFirst(PlanRequest request, RecipeLibrary candidates, Set<String> proposed, RecipeLibrary recipes) {
        MealPlan preferring = new Planner(candidates, proposed, recipes).plan(request);
        long off = daysOffBand(preferring);
        if (off == 0) return preferring;
        MealPlan balanced = new Planner(candidates, Set.of(), recipes).plan(request);
        return daysOffBand(balanced) < off ? balanced : preferring;
    }

    private static long daysOffBand(MealPlan plan) {
        return plan.warnings().stream()
                .filter(w -> w.key().equals("plan.warning.energy") || w.key().equals("plan.warning.protein")).count();
    }

    /** The library recipes offered to the model: per meal, the ones whose main ingredients the stock has, soonest-expiring first. */
    private static List<RecipeFacts> menu(PlanRequest request, RecipeLibrary recipes) {
        DietRules rules = new DietRules(request.profile());
        Map<String, RecipeFacts> out = new LinkedHashMap<>();
        for (MealType m : request.meals()) {
            CookService.rank(recipes.all(), rules, request.stock(), request.start(), request.staples(), 3, m).stream()
                    .limit(MENU_PER_MEAL).forEach(s -> out.putIfAbsent(s.recipe().recipe().id(), s.recipe()));
        }
        return List.copyOf(out.values());
    }

    private static List<Recipe> newDishesIn(MealPlan plan, List<DishProposals.Dish> dishes) {
        Set<String> used = new java.util.HashSet<>();
        plan.plan().forEach(d -> d.meals().forEach(m -> used.add(m.recipeId())));
        Map<String, Recipe> out = new LinkedHashMap<>();
        for (DishProposals.Dish d : dishes) {
            if (d.created() && used.contains(d.facts().recipe().id())) out.putIfAbsent(d.facts().recipe().id(), d.facts().recipe());
        }
        return List.copyOf(out.values());
    }

    private static List<String> notes(List<String> problems) {
        if (problems.isEmpty()) return List.of();
        return List.of(problems.size() + " proposed dish(es) replaced from the library: " + String.join("; ", limit(problems, 4)));
    }

    private static List<String> limit(List<String> l, int n) {
        return l.size() <= n ? l : l.subList(0, n);
    }

    /** The offline planner's plan, saying why. */
    private static Result fallback(MealPlan offline, List<String> reasons, List<LlmGateway.Attempt> attempts, List<LlmGateway.Answer> answers) {
        return new Result(offline, "offline", reasons, attempts, answers);
    }

    private static MealPlan join(CompletableFuture<MealPlan> plan) {
        try {
            return plan.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    private static String truncate(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
