package dev.fridgechef.server.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.Json;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.server.plan.AiPlans;
import dev.fridgechef.server.plan.Plans;
import org.jdbi.v3.core.Handle;

import java.util.UUID;

/**
 * The "ai-plan" job: what POST /api/v1/plans makes with {@code "ai": true} (the model proposes dishes,
 * the optimiser sets the amounts; the offline plan when the AI is unavailable), made by a worker that
 * waits for a planner slot. Its progress text once done says who made the plan and, when the AI did
 * not, why ("done (offline: balance_exhausted)").
 */
public final class AiPlanJob implements JobHandler {
    public static final String KIND = "ai-plan";
    private static final ObjectMapper JSON = Json.mapper();

    /** A queued AI plan request: the plan's options and the wish (null: none). */
    record Request(PlanOptions options, String wish) {
    }

    private final AiPlans aiPlans;
    private final Plans plans;

    public AiPlanJob(AiPlans aiPlans, Plans plans) {
        this.aiPlans = aiPlans;
        this.plans = plans;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Result run(Claim job, Progress progress) {
        Request request = read(job.request());
        progress.report("planning " + request.options().days() + (request.options().days() == 1 ? " day" : " days") + " with the AI");
        AiPlans.Drafted drafted = aiPlans.draft(job.requestedBy(), request.options(), request.wish(), true);
        String madeBy = drafted.source() + drafted.aiUnavailable().map(why -> ": " + why.code()).orElse("");
        progress.report("storing the plan (" + madeBy + ")");
        return new Result() {
            @Override
            public UUID store(Handle handle) {
                return plans.store(handle, job.requestedBy(), drafted.made()).id();
            }

            @Override
            public String doneText() {
                return "done (" + madeBy + ")";
            }
        };
    }

    static String write(PlanOptions options, String wish) {
        try {
            return JSON.writeValueAsString(new Request(options, wish));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Request read(String request) {
        try {
            return JSON.readValue(request, Request.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a queued AI plan request is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
