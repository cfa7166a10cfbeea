package dev.fridgechef.server.load;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * What a virtual user does, step by step, with how often (weights; the step is drawn at random each
 * time). A step named by its route is recorded under that name. Adding a route to the mix is one
 * more line here. Buying an item is always followed, as the user's next step, by using it up
 * ({@code POST /api/v1/stock/{id}/use}), so the fridge comes back to the one the plans were made for.
 *
 * <p>Chat is in the mix as reading one's conversation list (its history); asking a question, like
 * AI plans, needs a model and is excluded from the goals.
 */
final class Mix {
    @FunctionalInterface
    interface Action {
        void run(VirtualUser vu);
    }

    record Step(String route, int weight, Action action) {
    }

    static final List<Step> STEPS = List.of(
            new Step("GET /api/v1/stock", 30, vu -> vu.call("GET", "/api/v1/stock", null)),
            new Step("POST /api/v1/stock", 8, VirtualUser::buy),
            new Step("GET /api/v1/plans/current", 12, vu -> vu.call("GET", "/api/v1/plans/current", null)),
            new Step("POST /api/v1/plans (cached)", 10, VirtualUser::cachedPlan),
            new Step("GET /api/v1/diary?date=", 15, vu -> vu.call("GET", "/api/v1/diary?date=" + LocalDate.now(ZoneOffset.UTC), null)),
            new Step("POST /api/v1/diary/entries", 10, VirtualUser::logMeal),
            new Step("GET /api/v1/profile", 5, vu -> vu.call("GET", "/api/v1/profile", null)),
            new Step("GET /api/v1/chat/conversations", 5, vu -> vu.call("GET", "/api/v1/chat/conversations?limit=20", null)));

    private static final int TOTAL = STEPS.stream().mapToInt(Step::weight).sum();

    private Mix() {
    }

    static Step draw(Random random) {
        int roll = random.nextInt(TOTAL);
        for (Step s : STEPS) {
            roll -= s.weight();
            if (roll < 0) return s;
        }
        throw new IllegalStateException("weights");
    }
}
