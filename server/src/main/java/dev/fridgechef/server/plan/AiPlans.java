package dev.fridgechef.server.plan;

import dev.fridgechef.Json;
import dev.fridgechef.Lazy;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.llm.LlmGateway;
import dev.fridgechef.plan.AiPlanner;
import dev.fridgechef.plan.PlanContext;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.recipe.RecipeLibrary;
import dev.fridgechef.server.ai.ServerAi;
import dev.fridgechef.server.http.ApiException;
import dev.fridgechef.text.Sha256;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Plans made with the server's model through core's {@link AiPlanner}: the model proposes dishes, the
 * offline optimiser sets the amounts and core checks the result against the food database, the
 * person's rules and the stock, so every number comes from the food database. The request goes
 * through {@link ServerAi} (balance, per-user limit, debit, ledger row with feature {@value #FEATURE}).
 * <p>
 * A plan request never fails for the AI's sake: when AI is not configured, the balance is used up, the
 * limit is hit, the provider fails or its answer holds no usable dish, the offline plan is the answer,
 * with the reason. The shared {@link PlanCache} keeps AI plans under a key naming the model as well as
 * everything the offline key names and the wish, so the same AI request from anyone on any instance
 * is served again with no call and no tokens.
 * <p>
 * The offline plan (fallback and the optimiser's other candidates) takes a {@link PlannerSlots} slot
 * as any plan does; the model's wait and the short optimisation of the proposed dishes after it do
 * not hold one (a slot held through a model call would idle a core), bounded instead by the per-user
 * AI limit and balances.
 */
public final class AiPlans {
    public static final String FEATURE = "plan";
    /** The planner behind an AI plan, part of its cache key (with the model). */
    static final String PLANNER = "server-v1;ai";
    private static final String AI_SOURCE = dev.fridgechef.plan.StoredPlan.AI_SOURCE_PREFIX;

    private final Plans plans;
    private final PlanCache cache;
    private final ServerAi ai;
    private final FoodDatabase foods;
    private final Lazy<RecipeLibrary> recipes;

    public AiPlans(Plans plans, PlanCache cache, ServerAi ai, FoodDatabase foods, Lazy<RecipeLibrary> recipes) {
        this.plans = plans;
        this.cache = cache;
        this.ai = ai;
        this.foods = foods;
        this.recipes = recipes;
    }

    /** Why the AI did not make the plan: an error code as the AI endpoints use it ("balance_exhausted", ...) and words. */
    public record Unavailable(String code, String message) {
    }

    /** The stored plan; {@code source}: "ai:provider/model" or "offline"; {@code aiUnavailable} when offline; core's notes on replaced dishes. */
    public record Outcome(StoredPlan plan, String source, Optional<Unavailable> aiUnavailable, List<String> notes) {
    }

    /** The same before it is stored: the plan made (or from the cache) and how. */
    public record Drafted(Plans.Made made, String source, Optional<Unavailable> aiUnavailable, List<String> notes) {
    }

    /** An AI plan for {@code options} guided by {@code wish} (null: none), or the offline plan saying why not; stored. */
    public Outcome create(UUID userId, PlanOptions options, String wish) {
        Drafted d = draft(userId, options, wish, false);
        return new Outcome(plans.keep(userId, d.made()), d.source(), d.aiUnavailable(), d.notes());
    }

    /**
     * The plan {@link #create} would store, not stored yet (a queued job stores it when it completes).
     * With {@code waitForSlot} the offline plan waits for a planner slot instead of throwing {@link Plans.Busy}.
     */
    public Drafted draft(UUID userId, PlanOptions options, String wish, boolean waitForSlot) {
        Plans.Prepared prepared = plans.prepare(userId, options);
        Optional<String> key = ai.model().map(model -> key(prepared, model, wish));
        Optional<String> hit = key.isEmpty() || options.fresh() ? Optional.empty() : cache.find(key.get());
        if (hit.isPresent()) {
            ai.recordCacheHit(userId, FEATURE);
            return new Drafted(new Plans.Made(prepared.household(), key.get(), true, hit.get()), AI_SOURCE + ai.model().orElseThrow(),
                    Optional.empty(), List.of());
        }
        ServerAi.Call call;
        try {
            call = ai.call(userId, FEATURE); // 503 (not configured) or 402 before anything is planned or sent
        } catch (ApiException refused) {
            return offline(plans.offline(prepared, options.fresh(), waitForSlot), unavailable(refused));
        }
        Plans.Made offline = plans.offline(prepared, options.fresh(), waitForSlot); // the fallback, and candidates for the optimiser
        AiPlanner.Result result;
        try {
            result = new AiPlanner(call.gateway(), foods, recipes, Json.mapper())
                    .plan(prepared.context().request(prepared.chosen()), wish, Plans.read(offline.document()));
        } catch (ApiException refused) { // the limit or the balance, before a request was sent
            return offline(offline, unavailable(refused));
        }
        if (!result.source().startsWith(AI_SOURCE)) return offline(offline, failed(result));
        String document = Plans.write(result.plan());
        cache.put(key.orElseThrow(), prepared.today(), PLANNER, document);
        return new Drafted(new Plans.Made(prepared.household(), key.orElseThrow(), false, document), result.source(), Optional.empty(),
                result.notes());
    }

    private static Drafted offline(Plans.Made offline, Unavailable why) {
        return new Drafted(offline, "offline", Optional.of(why), List.of());
    }

    /** The offline key's parts, the model and the wish. */
    private static String key(Plans.Prepared p, String model, String wish) {
        PlanContext c = p.context();
        return Sha256.hex(String.join("|", PLANNER, "model=" + model, c.inventoryHash(), c.profileHash(), c.key(p.chosen()),
                "wish=" + (wish == null ? "" : wish), "day=" + p.today()));
    }

    private static Unavailable unavailable(ApiException e) {
        return new Unavailable(e.code(), e.getMessage());
    }

    /** Core fell back to the offline plan: no provider answered, or no proposed dish was usable. */
    private static Unavailable failed(AiPlanner.Result result) {
        String why = String.join("; ", result.fallbackReasons());
        if (!result.answers().isEmpty()) return new Unavailable("ai_unusable_answer", "The AI's answer held no usable dish (" + why + ")");
        List<LlmGateway.Attempt> attempts = result.attempts();
        boolean timedOut = !attempts.isEmpty() && attempts.getLast().outcome().equals("time-out");
        return new Unavailable(timedOut ? "ai_timeout" : "ai_provider_failed", "The AI provider did not answer (" + why
                + "); no tokens were debited for it");
    }
}
