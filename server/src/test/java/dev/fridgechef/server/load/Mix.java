package dev.fridgechef.server.load;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * What a virtual user does, step by step, with how often (weights; the step is drawn at random each
 * time). A step named by its route is recorded under that name. Adding a route to the mix is one
 * more line here. Buying an item is always followed, as the user's next step, by using it up
 * ({@code POST /api/v1/stock/{id}/use}), so the fridge comes back to the one the plans were made for.
 *
 * <p>Weights are per thousand steps. Logging in (as the app does when it opens) is rare: about once
 * in 500 steps, i.e. once per 10 minutes of a busy user. Chat is in {@link #STEPS} as reading one's
 * conversation list (its history); the AI steps (an AI plan with a wish, a chat question) need a
 * model and are in {@link #WITH_AI} only, run in a phase of their own and reported apart, their
 * route labels starting with {@link #AI}.
 */
final class Mix {
    /** The start of the label of a route that asks the model; such routes are left out of the goal's totals. */
    static final String AI = "AI ";

    @FunctionalInterface
    interface Action {
        void run(VirtualUser vu);
    }

    record Step(String route, int weight, Action action) {
    }

    static final List<Step> STEPS = List.of(
            new Step("GET /api/v1/stock", 300, vu -> vu.call("GET", "/api/v1/stock", null)),
            new Step("POST /api/v1/stock", 80, VirtualUser::buy),
            new Step("GET /api/v1/plans/current", 120, vu -> vu.call("GET", "/api/v1/plans/current", null)),
            new Step("POST /api/v1/plans (cached)", 100, VirtualUser::cachedPlan),
            new Step("GET /api/v1/diary?date=", 150, vu -> vu.call("GET", "/api/v1/diary?date=" + LocalDate.now(ZoneOffset.UTC), null)),
            new Step("POST /api/v1/diary/entries", 100, VirtualUser::logMeal),
            new Step("GET /api/v1/profile", 50, vu -> vu.call("GET", "/api/v1/profile", null)),
            new Step("GET /api/v1/chat/conversations", 48, vu -> vu.call("GET", "/api/v1/chat/conversations?limit=20", null)),
            new Step("POST /api/v1/auth/login", 2, VirtualUser::logIn));

    /** {@link #STEPS} with an AI plan and a chat question, each about once in 60 steps (1 to 2 a minute for a busy user). */
    static final List<Step> WITH_AI = Stream.concat(STEPS.stream(), Stream.of(
            new Step(AI + "POST /api/v1/plans", 16, VirtualUser::aiPlan),
            new Step(AI + "POST /api/v1/chat/conversations/{id}/messages", 16, VirtualUser::ask))).toList();

    private Mix() {
    }

    static Step draw(Random random, List<Step> steps) {
        int roll = random.nextInt(steps.stream().mapToInt(Step::weight).sum());
        for (Step s : steps) {
            roll -= s.weight();
            if (roll < 0) return s;
        }
        throw new IllegalStateException("weights");
    }
}
