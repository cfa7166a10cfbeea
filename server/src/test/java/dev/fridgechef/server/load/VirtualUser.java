package dev.fridgechef.server.load;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;

/** One simulated app user: a member of a seeded household going through the {@link Mix} with think times between steps. */
final class VirtualUser {
    static final String USE_ROUTE = "POST /api/v1/stock/{id}/use";
    static final String NEW_CONVERSATION_ROUTE = "POST /api/v1/chat/conversations";

    private final Member member;
    private final Http http;
    private final Random random;
    private final List<Mix.Step> steps;
    private final long minThinkMs;
    private final long maxThinkMs;
    private Recorder recorder;
    private String route;
    private Bought pending;
    private String conversation;

    private record Bought(String id, double quantity) {
    }

    VirtualUser(Member member, Http http, long seed, long minThinkMs, long maxThinkMs, List<Mix.Step> steps) {
        this.member = member;
        this.http = http;
        this.random = new Random(seed);
        this.steps = steps;
        this.minThinkMs = minThinkMs;
        this.maxThinkMs = maxThinkMs;
    }

    /** Runs steps until {@code endNanos} (System.nanoTime) or until the phase's request budget is spent. */
    void run(Recorder phase, long endNanos) {
        this.recorder = phase;
        pause(random.nextLong(maxThinkMs + 1)); // the users arrive spread over one think time, not all at once
        while (System.nanoTime() < endNanos && phase.allow()) {
            if (pending != null) {
                useUp();
            } else {
                Mix.Step step = Mix.draw(random, steps);
                route = step.route();
                step.action().run(this);
            }
            pause(minThinkMs + random.nextLong(maxThinkMs - minThinkMs + 1));
        }
    }

    /** After the phase: uses up an item bought and not used yet, so the next phase starts from the seeded fridges. */
    void settle(Recorder cleanup) {
        this.recorder = cleanup;
        if (pending != null) useUp();
    }

    Http.Reply call(String method, String path, Object body) {
        return http.send(recorder, route, method, path, member.token(http, recorder), body);
    }

    /** Brings something home; the next step uses it up. */
    void buy() {
        Kitchen.Item item = Kitchen.pick(random, Kitchen.SHOPPING);
        member.household.buying();
        Http.Reply r = call("POST", "/api/v1/stock", item.body());
        if (r.ok()) {
            pending = new Bought(r.text("id"), item.quantity());
        } else {
            member.household.unsettled.decrementAndGet();
        }
    }

    private void useUp() {
        route = USE_ROUTE;
        call("POST", "/api/v1/stock/" + pending.id() + "/use", Map.of("quantity", pending.quantity()));
        pending = null;
        member.household.unsettled.decrementAndGet();
    }

    /**
     * The plan request this member made at seeding: a cache hit while the household's fridge is the
     * seeded one. While a member of the household has bought something not used up yet, the app would
     * show the current plan instead, and so does this step. An answer not from the cache is counted.
     */
    void cachedPlan() {
        member.household.whileSettled(() -> {
            Http.Reply r = call("POST", "/api/v1/plans", Kitchen.PLAN_REQUEST);
            if (r.ok() && !r.json().path("cached").asBoolean()) recorder.count("plan cache misses (planner ran)");
        }, () -> {
            route = "GET /api/v1/plans/current";
            call("GET", "/api/v1/plans/current", null);
        });
    }

    /** Logs in again with the password, as the app does when it opens (a new device session; Argon2id on the server). */
    void logIn() {
        http.send(recorder, route, "POST", "/api/v1/auth/login", null,
                Map.of("login", member.username, "password", member.password, "deviceName", "load generator"));
    }

    /**
     * An AI plan for today's lunch and dinner with a wish: the model is asked unless this fridge,
     * profile and wish were asked for before today (the shared cache). Counts how each was answered.
     */
    void aiPlan() {
        Http.Reply r = call("POST", "/api/v1/plans", Map.of("ai", true, "days", 1, "meals", List.of("lunch", "dinner"),
                "wish", Kitchen.pick(random, Kitchen.WISHES)));
        if (!r.ok()) return;
        if (r.json().path("cached").asBoolean()) recorder.count("AI plans from the shared cache");
        else if (r.json().has("aiUnavailable")) recorder.count("AI plans answered offline: " + r.json().path("aiUnavailable").path("code").asText());
        else recorder.count("AI plans the model made");
    }

    /** A question in the user's chat conversation (made on the first question). */
    void ask() {
        if (conversation == null) {
            String asked = route;
            route = NEW_CONVERSATION_ROUTE;
            Http.Reply made = call("POST", "/api/v1/chat/conversations", Map.of());
            if (!made.ok()) return;
            conversation = made.text("id");
            route = asked;
        }
        call("POST", "/api/v1/chat/conversations/" + conversation + "/messages", Map.of("text", Kitchen.pick(random, Kitchen.QUESTIONS)));
    }

    void logMeal() {
        call("POST", "/api/v1/diary/entries", Kitchen.pick(random, Kitchen.MEALS));
    }

    private static void pause(long ms) {
        LockSupport.parkNanos(ms * 1_000_000);
    }
}
