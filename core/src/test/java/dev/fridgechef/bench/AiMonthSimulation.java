package dev.fridgechef.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.FridgeChef;
import dev.fridgechef.Json;
import dev.fridgechef.MovableClock;
import dev.fridgechef.TestFoods;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.llm.LlmSettings;
import dev.fridgechef.llm.ProviderKind;
import dev.fridgechef.llm.ProviderSettings;
import dev.fridgechef.llm.UsageLedger;
import dev.fridgechef.plan.FakeModelAnswers;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.plan.PlanService;
import dev.fridgechef.plan.StoredPlan;
import dev.fridgechef.profile.ActivityLevel;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.profile.Goal;
import dev.fridgechef.profile.ProfileUpdate;
import dev.fridgechef.profile.Sex;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.store.Store;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A month of one household's AI plans (run by scripts/bench.sh ai-month), on a movable clock: a
 * week plan on Sundays, "today and tomorrow" every other morning, today's plan again at lunch some
 * days, a 3-day plan after shopping (Wednesdays and Saturdays, perishables with expiry dates);
 * every evening the day's planned meals are cooked ("I cooked it": the stock leaves, the meal is
 * marked), some dinners are eaten out, snacks take from the fridge. The model is a local server
 * that plans from the stock it is sent, earliest expiry first ({@link FakeModel}, the one place
 * that knows the answer format). Prints requests, model calls, cache hits by kind, tokens and
 * cost, and audits every reused plan served: soon-expiring food it ignores, and shopping beyond
 * the bound. Both counts must be 0.
 */
public final class AiMonthSimulation {
    private static final List<MealType> MEALS = List.of(MealType.LUNCH, MealType.DINNER);
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 1); // a Sunday

    public static void main(String[] args) throws Exception {
        ObjectMapper json = Json.mapper();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse().setHeader("Content-Type", "application/json")
                            .setBody(FakeModel.answer(request.getBody().readUtf8(), json));
                }
            });
            server.start();
            MovableClock clock = new MovableClock(Instant.parse("2026-11-01T08:00:00Z"));
            Path dir = Files.createTempDirectory("fridgechef-month");
            ProviderSettings provider = new ProviderSettings("local", ProviderKind.OPENAI, server.url("/v1").toString(), "m", "k", 0.15, 0.60);
            LlmSettings settings = new LlmSettings(List.of(provider), 5, 50);
            Random random = new Random(11);
            Audit audit = new Audit(settings.reuseExtraFoods());
            int requests = 0;
            try (FridgeChef app = new FridgeChef(Store.open(dir.resolve("store")), TestFoods.get(), clock, settings)) {
                app.profiles().update(new ProfileUpdate(Sex.MALE, null, 40, 180.0, 80.0, ActivityLevel.MODERATE, Goal.MAINTAIN, null,
                        Diet.OMNIVORE, Set.of(), Set.of(), List.of()));
                app.inventory().add(ItemDraft.of("rice", "5", "kg"));
                app.inventory().add(ItemDraft.of("pasta", "2", "kg"));
                app.inventory().add(ItemDraft.of("olive oil", "1", "l"));
                shop(app, 0);
                for (int day = 0; day < 30; day++) {
                    LocalDate today = FIRST.plusDays(day);
                    clock.set(today, 8);
                    boolean sunday = today.getDayOfWeek() == DayOfWeek.SUNDAY;
                    if (sunday) requests += ask(app, audit, today, 7);
                    else if (day % 2 == 1) requests += ask(app, audit, today, 2);
                    if (random.nextInt(3) > 0) {
                        clock.set(today, 12);
                        snack(app, random);
                        requests += ask(app, audit, today, 1);
                        if (random.nextInt(3) == 0) requests += ask(app, audit, today, 1); // asked again: the exact cache
                    }
                    if (today.getDayOfWeek() == DayOfWeek.WEDNESDAY || today.getDayOfWeek() == DayOfWeek.SATURDAY) {
                        clock.set(today, 17);
                        shop(app, day);
                        if (today.getDayOfWeek() == DayOfWeek.SATURDAY) app.inventory().add(ItemDraft.of("rice", "2", "kg"));
                        requests += ask(app, audit, today, 3);
                    }
                    clock.set(today, 20);
                    cook(app, today, MealType.LUNCH);
                    if (random.nextInt(5) > 0) cook(app, today, MealType.DINNER); // else dinner out
                }
                List<UsageLedger.Day> days = app.usage().days(31);
                Map<String, Integer> hits = app.usage().cacheHitsByKind(31);
                int calls = days.stream().mapToInt(UsageLedger.Day::calls).sum();
                long tokensIn = days.stream().mapToLong(UsageLedger.Day::tokensIn).sum();
                long tokensOut = days.stream().mapToLong(UsageLedger.Day::tokensOut).sum();
                double cost = days.stream().mapToDouble(UsageLedger.Day::costUsd).sum();
                System.out.printf("a month of one household: %d AI plan requests over 30 days%n", requests);
                System.out.printf("  model calls: %d (%.0f%% fewer than requests; the local server saw %d)%n", calls,
                        100.0 * (requests - calls) / requests, server.getRequestCount());
                System.out.printf("  cache hits: %d exact, %d reuse%n", hits.getOrDefault("exact", 0), hits.getOrDefault("reuse", 0));
                System.out.printf("  plans from the offline planner (the model's answer refused or not asked): %d%n", audit.offline);
                System.out.printf("  tokens: %d in, %d out; cost $%.4f%n", tokensIn, tokensOut, cost);
                System.out.printf("  reused plans served: %d; ignoring soon-expiring food: %d; beyond the extra shopping bound: %d%n",
                        audit.reused, audit.ignoring, audit.overShopping);
                audit.problems.forEach(p -> System.out.println("    " + p));
            }
        }
    }

    private static int ask(FridgeChef app, Audit audit, LocalDate today, int days) {
        StoredPlan served = app.planWithAi(new PlanOptions(today, days, MEALS, false));
        if (served.source().startsWith(PlanService.REUSE_SOURCE)) audit.check(app, served);
        if (served.aiSource().isEmpty()) audit.offline++;
        if (System.getenv("MONTH_TRACE") != null) System.out.println(today + " " + today.getDayOfWeek() + " " + days + "d -> " + served.source());
        return 1;
    }

    /** Shopping: perishables with their expiry, and staples now and then. */
    private static void shop(FridgeChef app, int day) {
        String[][] weeks = {
                {"chicken breast", "800", "g", "+3d"}, {"salmon", "400", "g", "+2d"}, {"yogurt", "500", "g", "+6d"},
                {"spinach", "200", "g", "+3d"}, {"tomatoes", "500", "g", "+5d"}, {"eggs", "10", "pcs", "+14d"},
                {"ground beef", "500", "g", "+2d"}, {"cottage cheese", "400", "g", "+4d"}, {"broccoli", "400", "g", "+5d"},
                {"pork loin", "600", "g", "+3d"}, {"cod", "400", "g", "+2d"}, {"carrots", "500", "g", "+14d"}};
        int start = (day * 5) % weeks.length;
        for (int i = 0; i < 5; i++) {
            String[] item = weeks[(start + i) % weeks.length];
            app.inventory().add(ItemDraft.of(item[0], item[1], item[2]).withExpires(item[3]));
        }
    }

    private static void snack(FridgeChef app, Random random) {
        String[] name = {"yogurt", "carrots", "tomatoes", "cottage cheese"};
        try {
            app.inventory().use(name[random.nextInt(name.length)], "100", "g");
        } catch (UserException none) {
            // not in the fridge today: no snack
        }
    }

    private static void cook(FridgeChef app, LocalDate day, MealType meal) {
        try {
            app.plannedCooking().cookPlanned(day, meal);
        } catch (UserException nothingPlanned) {
            // no plan covers the day or has the meal
        }
    }

    /**
     * Checks each reused plan served, apart from PlanReuse: stock expiring before its end + 2 days
     * (30 g or more) of a food that neither it nor the plan it came from takes from stock is ignored food; foods on its
     * shopping list beyond what the plan it came from bought for those days (over 50 g more, or over
     * 300 g more in all) are extra shopping.
     */
    private static final class Audit {
        final int maxExtraFoods;
        int reused;
        int ignoring;
        int overShopping;
        int offline;
        final List<String> problems = new ArrayList<>();

        Audit(int maxExtraFoods) {
            this.maxExtraFoods = maxExtraFoods;
        }

        void check(FridgeChef app, StoredPlan served) {
            reused++;
            String idText = served.source().substring(PlanService.REUSE_SOURCE.length()).split(" ")[0];
            MealPlan origin = app.plans().get(Long.parseLong(idText)).orElseThrow().plan();
            MealPlan plan = served.plan();
            LocalDate end = plan.start().plusDays(plan.days() - 1L);
            Set<String> eaten = plan.foodsFromStock();
            eaten.addAll(origin.foodsFromStock());
            // what a fresh plan would cook with: food it leaves too is no fault of reuse
            List<StockEntry> stock = app.inventory().list();
            var profile = app.profiles().get();
            MealPlan fresh = new dev.fridgechef.plan.Planner(app.recipes().library()).plan(new dev.fridgechef.plan.PlanRequest(plan.start(),
                    plan.days(), plan.meals(), profile, app.profiles().targets(profile), stock).withPeople(plan.people())
                    .withStaples(app.pantry().ids()));
            Set<String> freshUses = fresh.foodsFromStock();
            for (StockEntry e : stock) {
                LocalDate expires = e.item().expiresOn();
                if (e.food() == null || e.grams() == null || e.grams() < 30 || expires == null) continue;
                if (expires.isBefore(plan.start()) || !expires.isBefore(end.plusDays(3))) continue;
                if (!eaten.contains(e.food().id()) && freshUses.contains(e.food().id())) {
                    ignoring++;
                    problems.add(served.source() + " ignores " + e.item().name() + " expiring " + expires + ", which a fresh plan uses");
                }
            }
            Map<String, Double> boughtThen = new HashMap<>();
            origin.plan().stream().filter(d -> !d.date().isBefore(plan.start()) && !d.date().isAfter(end))
                    .forEach(d -> d.meals().forEach(m -> m.ingredients().forEach(u -> boughtThen.merge(u.foodId(), u.toBuyGrams(), Double::sum))));
            int extraFoods = 0;
            double extraGrams = 0;
            for (MealPlan.ShoppingItem item : plan.shopping()) {
                double more = item.grams() - boughtThen.getOrDefault(item.foodId(), 0.0);
                if (more > 50) extraFoods++;
                extraGrams += Math.max(0, more);
            }
            if (extraFoods > maxExtraFoods || extraGrams > 300 * plan.people() + 1) {
                overShopping++;
                problems.add(served.source() + " needs " + extraFoods + " more foods, " + Math.round(extraGrams) + " g more");
            }
        }
    }

    /**
     * The model: plans from the stock in the request, earliest expiry first, one or two stock foods a
     * meal and the starchiest undated stock food to meet the energy target. The only code that knows
     * the AI planner's prompt and answer formats (and OpenAI's wire format around them).
     */
    /** The model's side: a model that proposes good dishes (AiPlanBench's), in OpenAI's wire format. */
    static final class FakeModel {
        private FakeModel() {
        }

        static String answer(String requestBody, ObjectMapper json) {
            try {
                JsonNode body = json.readTree(requestBody);
                JsonNode data = null;
                for (JsonNode m : body.path("messages")) {
                    String content = m.path("content").asText("");
                    if (content.startsWith("{\"DATA\"")) data = json.readTree(content).path("DATA");
                }
                String dishes = new AiPlanBench.FakeDishModel(json).answer(data);
                return FakeModelAnswers.openAiBody(dishes, requestBody.length() / 4, dishes.length() / 4);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
