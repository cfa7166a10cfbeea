package dev.fridgechef.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A plan made again, without a model call, from the dishes a model proposed a few days ago for the
 * same profile and wish, when neither the exact cache nor {@link PlanReuse} can serve the request
 * (food bought since that the stored plan does not use, or too much to buy). The answer is read
 * again by {@link DishProposals} against today's request, stock and rules (a dish no longer valid
 * is dropped, as it would be today) and portioned by the same optimiser as a new answer, with
 * today's offline plan's recipes as the other candidates ({@link AiPlanner#fromAnswer}). The plan
 * serves only when at least {@link #MIN_MODEL_SHARE} of its meals are the model's dishes and it
 * passes the checks of any reuse ({@link PlanReuse}): it ignores no soon-expiring stock a fresh
 * offline plan would cook with, and needs no more to buy beyond what the plan the answer made bought
 * for the same days than a reused plan may (the list the person accepted with the model's dishes; a
 * day that plan did not cover counts all its shopping as extra). Else the model is asked. Like a
 * plan the model made, one made this way is kept under today's request (the exact cache) and its
 * remaining days may be reused later; it is never itself a source of dishes (only a plan made from
 * a paid answer is linked to one).
 */
public final class DishReuse {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DishReuse.class);
    /**
     * Answers received on this many days before today, or today, are re-read. A call proposes dishes
     * for up to {@value AiPlanner#DISH_DAYS} days: within 3 days more than half of that week is still
     * ahead, so its dishes were meant for the days asked now; after that a household has shopped
     * again (twice a week) and a person asking again expects new ideas rather than last week's.
     */
    public static final int WINDOW_DAYS = 3;
    /**
     * At least half of the plan's meals must be the model's dishes: below that it is the offline
     * plan with a few of the model's dishes, not what the person asked the model for.
     */
    public static final double MIN_MODEL_SHARE = 0.5;
    /** The newest answers tried, each costing an optimiser run; older ones were proposed for a fridge further from today's. */
    static final int MAX_ANSWERS = 3;
    /** How a plan made this way is named: "ai:dishes of plan 12 by openai/gpt-4o-mini", plan 12 being the one the answer made. */
    public static final String SOURCE = StoredPlan.AI_SOURCE_PREFIX + "dishes of plan ";

    /** The model answer ({@code text}) that made stored plan {@code planId} ({@code plan}); {@code by}: "provider/model". */
    record Answer(long planId, MealPlan plan, String by, String text) {
        /** The days the answer proposed dishes for. */
        int dishDays() {
            return Math.min(AiPlanner.DISH_DAYS, plan.days());
        }

        String source() {
            String s = SOURCE + planId + " by " + by;
            return s.length() > 200 ? s.substring(0, 200) : s;
        }
    }

    private final AiPlanner ai;
    private final PlanReuse reuse;

    DishReuse(AiPlanner ai, PlanReuse reuse) {
        this.ai = ai;
        this.reuse = reuse;
    }

    /**
     * The plan for {@code request} from the first of {@code answers} (newest first) whose dishes make
     * one that passes; {@code offline}: today's offline plan, {@code freshPlanLeaves}: the stock foods it
     * does not cook with.
     */
    Optional<AiPlanner.Result> plan(List<Answer> answers, PlanRequest request, MealPlan offline, Set<String> freshPlanLeaves) {
        for (Answer a : answers.subList(0, Math.min(MAX_ANSWERS, answers.size()))) {
            Optional<AiPlanner.Result> made = ai.fromAnswer(request, a.text(), a.dishDays(), offline, a.source());
            if (made.isEmpty() || made.get().proposedShare() < MIN_MODEL_SHARE) {
                LOG.debug("{}: {}", a.source(), made.isEmpty() ? "no dish usable today" : "model's dishes " + made.get().proposedShare() + " of the meals"
                        + " (proposed " + made.get().proposed() + ", planned " + made.get().plan().plan().stream().flatMap(d -> d.meals().stream())
                        .map(MealPlan.Meal::recipeId).toList() + ", warnings " + made.get().plan().warnings().stream().map(MealPlan.Warning::key).toList() + ")");
                continue;
            }
            PlanReuse.Verdict verdict = reuse.check(made.get().plan(), request, Set.of(), freshPlanLeaves, a.plan());
            if (verdict.accepted()) return made;
            LOG.debug("{}: {}", a.source(), verdict.refusal());
        }
        return Optional.empty();
    }
}
