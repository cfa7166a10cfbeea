package dev.fridgechef.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.FridgeChef;
import dev.fridgechef.Json;
import dev.fridgechef.MovableClock;
import dev.fridgechef.TestFoods;
import dev.fridgechef.chat.ConversationChat;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.llm.LlmSettings;
import dev.fridgechef.llm.ProviderKind;
import dev.fridgechef.llm.ProviderSettings;
import dev.fridgechef.llm.UsageLedger;
import dev.fridgechef.plan.DishReuse;
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
 * A month of one household's AI use (run by scripts/bench.sh ai-month), on a movable clock: a
 * week plan on Sundays, "today and tomorrow" every other morning, today's plan again at lunch some
 * days, a 3-day plan after shopping (Wednesdays and Saturdays, perishables with expiry dates);
 * every evening the day's planned meals are cooked ("I cooked it": the stock leaves, the meal is
 * marked), some dinners are eaten out, snacks take from the fridge. Two weeks of the month the
 * plans carry a wish, typed anew with each request and so now and then worded differently ("more
 * fish this week", "I want to eat more fish this week"). On about half the mornings someone opens
 * a chat conversation with a question of their own ({@link #QUESTIONS}), sometimes with a
 * follow-up in it; now and then the other person of the household asks the same that morning in
 * another conversation, in their own words; some evenings, after the day's cooking changed the
 * stock, a question of the morning is asked again, and some evenings a question of the evening.
 * The model is a local server that plans from the stock it is sent, earliest expiry first, and
 * answers chat questions in OpenAI's streaming format ({@link FakeModel}, the one place that knows
 * the answer formats). Prints requests and model calls by kind, cache hits by kind, tokens and
 * cost, and audits every reused plan and plan made from earlier dishes served (soon-expiring food
 * it ignores, and shopping beyond the bound) and every chat answer served from the cache (given to another question). All three
 * counts must be 0.
 */
public final class AiMonthSimulation {
    private static final List<MealType> MEALS = List.of(MealType.LUNCH, MealType.DINNER);
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 1); // a Sunday

    /** The wish of each week's plans, as the person may type it (null: no wish that week). */
    private static final List<List<String>> WEEK_WISHES = java.util.Arrays.asList(
            List.of("more fish this week", "I want to eat more fish this week", "more fish this week please"),
            null,
            List.of("quick dinners", "fast dinners", "quick and easy dinners"),
            null,
            null);

    /** Opening questions a household asks, each in the wordings different people use. */
    static final List<List<String>> QUESTIONS = List.of(
            List.of("What should I cook tonight with what is in the fridge?", "What can I make for dinner tonight from my fridge?"),
            List.of("How much protein should I eat a day?", "What is my daily protein requirement?"),
            List.of("Which food in my fridge should I use first?", "What in my fridge should I eat first before it goes off?"),
            List.of("Is it OK to eat eggs every day?", "Can I eat eggs daily?"),
            List.of("What should I eat before a workout?", "What is a good meal before training?"),
            List.of("Does my plan for today have enough protein?", "Is there enough protein in today's plan?"),
            List.of("How long does cooked rice keep in the fridge?", "How many days can cooked rice stay in the fridge?"),
            List.of("Is oatmeal good for losing weight?", "Does oatmeal help with weight loss?"));
    /** The QUESTIONS about the person's own fridge or plan: never general ones (the EVENING questions are all such). */
    static final Set<Integer> PERSONAL_TOPICS = Set.of(0, 2, 5);
    /** Questions of the evening, after the day's cooking. */
    static final List<String> EVENING = List.of("What can I take to work for lunch tomorrow?", "What should I cook tomorrow with what is left?",
            "I ate out tonight, what should I eat tomorrow to balance it?");
    /** Follow-ups in the conversation a question opened. */
    static final List<String> FOLLOW_UPS = List.of("And how much of it per portion?", "Can I freeze the leftovers?", "What if I have no time?",
            "Which of these has the most protein?");

    public static void main(String[] args) throws Exception {
        ObjectMapper json = Json.mapper();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    String body = request.getBody().readUtf8();
                    if (FakeModel.streamed(body, json)) {
                        return new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(FakeModel.chat(body, json));
                    }
                    return new MockResponse().setHeader("Content-Type", "application/json").setBody(FakeModel.answer(body, json));
                }
            });
            server.start();
            MovableClock clock = new MovableClock(Instant.parse("2026-11-01T08:00:00Z"));
            Path dir = Files.createTempDirectory("fridgechef-month");
            ProviderSettings provider = new ProviderSettings("local", ProviderKind.OPENAI, server.url("/v1").toString(), "m", "k", 0.15, 0.60);
            LlmSettings settings = new LlmSettings(List.of(provider), 5, 50);
            Random random = new Random(11);
            Random people = new Random(23); // wishes and chat: apart, so the plans' days stay as they were
            Audit audit = new Audit(settings.reuseExtraFoods());
            Requests requests = new Requests(server, clock);
            try (FridgeChef app = new FridgeChef(Store.open(dir.resolve("store")), TestFoods.get(), clock, settings)) {
                app.profiles().update(new ProfileUpdate(Sex.MALE, null, 40, 180.0, 80.0, ActivityLevel.MODERATE, Goal.MAINTAIN, null,
                        Diet.OMNIVORE, Set.of(), Set.of(), List.of()));
                app.inventory().add(ItemDraft.of("rice", "5", "kg"));
                app.inventory().add(ItemDraft.of("pasta", "2", "kg"));
                app.inventory().add(ItemDraft.of("olive oil", "1", "l"));
                shop(app, 0);
                for (int day = 0; day < 30; day++) {
                    LocalDate today = FIRST.plusDays(day);
                    List<String> wishes = WEEK_WISHES.get(day / 7);
                    java.util.function.Supplier<String> wish = () -> wishes == null ? null : wishes.get(people.nextInt(wishes.size()));
                    clock.set(today, 8);
                    boolean sunday = today.getDayOfWeek() == DayOfWeek.SUNDAY;
                    if (sunday) requests.plan(app, audit, today, 7, wish.get());
                    else if (day % 2 == 1) requests.plan(app, audit, today, 2, wish.get());
                    // the morning's chat: a question, perhaps a follow-up, perhaps the same asked again by the other person
                    int topic = -1;
                    if (people.nextInt(2) == 0) {
                        clock.set(today, 9);
                        topic = people.nextInt(QUESTIONS.size());
                        long id = requests.chat(app, null, QUESTIONS.get(topic).get(0), topic);
                        if (people.nextInt(5) < 2) requests.chat(app, id, FOLLOW_UPS.get(people.nextInt(FOLLOW_UPS.size())), -1);
                        if (people.nextInt(10) < 3) {
                            clock.set(today, 10);
                            List<String> wordings = QUESTIONS.get(topic);
                            requests.chat(app, null, wordings.get(people.nextInt(wordings.size())), topic);
                        }
                    }
                    if (random.nextInt(3) > 0) {
                        clock.set(today, 12);
                        snack(app, random);
                        requests.plan(app, audit, today, 1, wish.get());
                        if (random.nextInt(3) == 0) requests.plan(app, audit, today, 1, wish.get()); // asked again
                    }
                    if (today.getDayOfWeek() == DayOfWeek.WEDNESDAY || today.getDayOfWeek() == DayOfWeek.SATURDAY) {
                        clock.set(today, 17);
                        shop(app, day);
                        if (today.getDayOfWeek() == DayOfWeek.SATURDAY) app.inventory().add(ItemDraft.of("rice", "2", "kg"));
                        requests.plan(app, audit, today, 3, wish.get());
                    }
                    clock.set(today, 20);
                    cook(app, today, MealType.LUNCH);
                    if (random.nextInt(5) > 0) cook(app, today, MealType.DINNER); // else dinner out
                    // the evening's chat, about the stock the day's cooking left
                    clock.set(today, 21);
                    if (topic >= 0 && people.nextInt(4) == 0) requests.chat(app, null, QUESTIONS.get(topic).get(1), topic);
                    if (people.nextInt(10) < 3) {
                        int evening = people.nextInt(EVENING.size());
                        requests.chat(app, null, EVENING.get(evening), QUESTIONS.size() + evening);
                    }
                }
                List<UsageLedger.Day> days = app.usage().days(31);
                Map<String, Integer> hits = app.usage().cacheHitsByKind(31);
                int calls = days.stream().mapToInt(UsageLedger.Day::calls).sum();
                long tokensIn = days.stream().mapToLong(UsageLedger.Day::tokensIn).sum();
                long tokensOut = days.stream().mapToLong(UsageLedger.Day::tokensOut).sum();
                double cost = days.stream().mapToDouble(UsageLedger.Day::costUsd).sum();
                int total = requests.total();
                System.out.printf("a month of one household: %d AI requests over 30 days%n", total);
                System.out.printf("  requests: %s%n", requests.describe(requests.asked));
                System.out.printf("  model calls: %d (%.0f%% fewer than requests; the local server saw %d): %s%n", calls,
                        100.0 * (total - calls) / total, server.getRequestCount(), requests.describe(requests.called));
                for (String kind : List.of(Requests.PLANS, Requests.WISHES, Requests.CHAT)) {
                    int asked = requests.asked.getOrDefault(kind, 0);
                    int called = requests.called.getOrDefault(kind, 0);
                    if (asked > 0) System.out.printf("    %s: %d requests, %d model calls (%.0f%% fewer)%n", kind, asked, called,
                            100.0 * (asked - called) / asked);
                }
                int plans = requests.asked.getOrDefault(Requests.PLANS, 0) + requests.asked.getOrDefault(Requests.WISHES, 0);
                int planCalls = requests.called.getOrDefault(Requests.PLANS, 0) + requests.called.getOrDefault(Requests.WISHES, 0);
                System.out.printf("    all plans: %d requests, %d model calls (%.0f%% fewer)%n", plans, planCalls, 100.0 * (plans - planCalls) / plans);
                System.out.printf("  cache hits: %d exact, %d reuse, %d dishes, %d chat; %d chat answered by the app%n", hits.getOrDefault("exact", 0),
                        hits.getOrDefault("reuse", 0), hits.getOrDefault("dishes", 0), hits.getOrDefault("chat", 0), hits.getOrDefault("local", 0));
                for (UsageLedger.Feature f : app.usage().features(31)) {
                    System.out.printf("  %s (usage ledger): %d calls, %d cache hits, %d tokens in, %d out, $%.4f%n", f.purpose(), f.calls(),
                            f.cacheHits(), f.tokensIn(), f.tokensOut(), f.costUsd());
                }
                System.out.printf("  plans from the offline planner (the model's answer refused or not asked): %d%n", audit.offline);
                System.out.printf("  tokens: %d in, %d out; cost $%.4f%n", tokensIn, tokensOut, cost);
                System.out.printf("  reused plans served: %d, plans from earlier dishes: %d; ignoring soon-expiring food: %d; beyond the extra "
                        + "shopping bound: %d%n", audit.reused, audit.dishes, audit.ignoring, audit.overShopping);
                System.out.printf("  general questions (sent with the targets and rules only, no stock, plan or date): %d, answered from the "
                        + "cache: %d%n", requests.chatGeneral, requests.chatGeneralServed);
                System.out.printf("  chat answers from the cache: %d; to another question or a personal question sent as general: %d%n",
                        requests.chatServed, requests.chatWrong);
                System.out.printf("  chat answered by the app from the stock, recipes and plan (no model call): %d %s%n",
                        requests.chatLocal.values().stream().mapToInt(Integer::intValue).sum(), requests.chatLocal);
                audit.problems.forEach(p -> System.out.println("    " + p));
                requests.problems.forEach(p -> System.out.println("    " + p));
            }
        }
    }

    /** The requests made, by kind, with the model calls each cost (the local server's count before and after). */
    private static final class Requests {
        static final String PLANS = "plans";
        static final String WISHES = "plans with a wish";
        static final String CHAT = "chat";
        private static final boolean TRACE = System.getenv("MONTH_TRACE") != null;

        final MockWebServer server;
        final MovableClock clock;
        final Map<String, Integer> asked = new java.util.LinkedHashMap<>();
        final Map<String, Integer> called = new java.util.LinkedHashMap<>();
        /** The topic (index in QUESTIONS, or past it for EVENING) of each conversation a question opened. */
        final Map<Long, Integer> topics = new HashMap<>();
        int chatOpening;
        int chatServed;
        final Map<String, Integer> chatLocal = new java.util.TreeMap<>();
        int chatWrong;
        /** Opening questions taken for general ones (sent without stock, plan or date), and of those answered from the cache. */
        int chatGeneral;
        int chatGeneralServed;
        final List<String> problems = new ArrayList<>();

        Requests(MockWebServer server, MovableClock clock) {
            this.server = server;
            this.clock = clock;
        }

        int total() {
            return asked.values().stream().mapToInt(Integer::intValue).sum();
        }

        String describe(Map<String, Integer> counts) {
            List<String> parts = new ArrayList<>();
            for (String kind : List.of(PLANS, WISHES, CHAT)) parts.add(counts.getOrDefault(kind, 0) + " " + kind);
            return String.join(", ", parts) + (counts == asked ? " (" + chatOpening + " opening a conversation, "
                    + (counts.getOrDefault(CHAT, 0) - chatOpening) + " follow-ups)" : "");
        }

        private void count(String kind, int before) {
            asked.merge(kind, 1, Integer::sum);
            called.merge(kind, server.getRequestCount() - before, Integer::sum);
        }

        void plan(FridgeChef app, Audit audit, LocalDate today, int days, String wish) {
            int before = server.getRequestCount();
            StoredPlan served = app.planWithAi(new PlanOptions(today, days, MEALS, false).withWish(wish));
            count(wish == null ? PLANS : WISHES, before);
            if (served.source().startsWith(PlanService.REUSE_SOURCE)) audit.check(app, served, PlanService.REUSE_SOURCE);
            if (served.source().startsWith(DishReuse.SOURCE)) audit.check(app, served, DishReuse.SOURCE);
            if (served.aiSource().isEmpty()) audit.offline++;
            if (TRACE) System.out.println(today + " " + today.getDayOfWeek() + " " + days + "d" + (wish == null ? "" : " \"" + wish + "\"")
                    + " -> " + served.source() + (server.getRequestCount() > before ? " (model)" : served.cached() ? " (cache)" : ""));
        }

        /** Asks in conversation {@code id} (null: a new one) and returns the conversation; {@code topic} -1 for a follow-up. */
        long chat(FridgeChef app, Long id, String question, int topic) {
            int before = server.getRequestCount();
            ConversationChat.Reply reply = app.chat().ask(id, question, false, s -> { });
            count(CHAT, before);
            if (id == null) {
                chatOpening++;
                topics.put(reply.conversation().id(), topic);
            }
            if (reply.general()) {
                chatGeneral++;
                if (reply.cached()) chatGeneralServed++;
                if (id != null || topic >= QUESTIONS.size() || PERSONAL_TOPICS.contains(topic)) {
                    chatWrong++;
                    problems.add("\"" + question + "\" is about the person's own food or day but was sent as a general question");
                }
            }
            if (reply.answeredLocally()) chatLocal.merge(reply.local().name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            if (reply.cached()) {
                chatServed++;
                Integer origin = topics.get(reply.cachedFrom());
                if (id != null || origin == null || origin != topic) {
                    chatWrong++;
                    problems.add("\"" + question + "\" was given the answer of conversation " + reply.cachedFrom());
                }
            }
            if (TRACE) System.out.println(java.time.LocalDateTime.now(clock) + " chat "
                    + (id == null ? "new" : "in " + id) + " \"" + question + "\" -> " + (reply.cached() ? "cache, answer of conversation "
                    + reply.cachedFrom() : reply.answeredLocally() ? "the app (" + reply.local() + ")" : "model") + (reply.general() ? " (general)" : ""));
            return reply.conversation().id();
        }
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
     * Checks each reused plan and each plan made from earlier dishes served (the plan it came from:
     * the one those dishes first made), apart from PlanReuse: stock expiring before its end + 2 days
     * (30 g or more) of a food that neither it nor the plan it came from takes from stock is ignored food; foods on its
     * shopping list beyond what the plan it came from bought for those days (over 50 g more, or over
     * 300 g more in all) are extra shopping.
     */
    private static final class Audit {
        final int maxExtraFoods;
        int reused;
        int dishes;
        int ignoring;
        int overShopping;
        int offline;
        final List<String> problems = new ArrayList<>();

        Audit(int maxExtraFoods) {
            this.maxExtraFoods = maxExtraFoods;
        }

        /** {@code prefix}: the source's start before the id of the plan it came from (a reused plan, or the one the dishes first made). */
        void check(FridgeChef app, StoredPlan served, String prefix) {
            if (prefix.equals(DishReuse.SOURCE)) dishes++;
            else reused++;
            String idText = served.source().substring(prefix.length()).split(" ")[0];
            MealPlan origin = app.plans().get(Long.parseLong(idText)).orElseThrow().plan();
            MealPlan plan = served.plan();
            LocalDate end = plan.start().plusDays(plan.days() - 1L);
            Set<String> eaten = plan.foodsFromStock();
            if (!prefix.equals(DishReuse.SOURCE)) eaten.addAll(origin.foodsFromStock()); // a plan made today has no older plan's excuse
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
    /** The model's side: a model that proposes good dishes (AiPlanBench's) and answers chat questions, in OpenAI's wire formats. */
    static final class FakeModel {
        private FakeModel() {
        }

        /** Whether the request asks for a streamed answer: chat does, plans do not. */
        static boolean streamed(String requestBody, ObjectMapper json) {
            try {
                return json.readTree(requestBody).path("stream").asBoolean(false);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** A chat answer in OpenAI's streaming format (SSE chunks, usage in the last one): a few sentences about the question. */
        static String chat(String requestBody, ObjectMapper json) {
            try {
                JsonNode messages = json.readTree(requestBody).path("messages");
                String question = messages.get(messages.size() - 1).path("content").asText();
                String text = "About \"" + question + "\": going by your targets and what is in your fridge, use what expires first, "
                        + "keep portions of protein at every meal and fill up with vegetables; the numbers are estimates.";
                StringBuilder body = new StringBuilder();
                for (String piece : text.split("(?<= )")) {
                    body.append("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":"
                            + "[{\"index\":0,\"delta\":{\"content\":").append(json.writeValueAsString(piece)).append("},\"finish_reason\":null}]}\n\n");
                }
                body.append("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
                        + "\"delta\":{},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":" + requestBody.length() / 4
                        + ",\"completion_tokens\":" + text.length() / 4 + ",\"total_tokens\":" + (requestBody.length() + text.length()) / 4
                        + "}}\n\ndata: [DONE]\n\n");
                return body.toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        static String answer(String requestBody, ObjectMapper json) {
            try {
                JsonNode body = json.readTree(requestBody);
                JsonNode data = null;
                for (JsonNode m : body.path("messages")) {
                    String content = m.path("content").asText("");
                    if (content.startsWith("{\"DATA\"")) data = json.readTree(content).path("DATA");
                }
                if (data == null) { // the summary of a long conversation
                    String summary = "The person asked about meals from their fridge and was advised to use what expires first.";
                    return FakeModelAnswers.openAiBody(summary, requestBody.length() / 4, summary.length() / 4);
                }
                String dishes = new AiPlanBench.FakeDishModel(json).answer(data);
                return FakeModelAnswers.openAiBody(dishes, requestBody.length() / 4, dishes.length() / 4);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
