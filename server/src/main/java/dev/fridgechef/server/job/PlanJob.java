package dev.fridgechef.server.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.Json;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.server.plan.Plans;

import java.util.Optional;
import java.util.UUID;

/**
 * The "plan" job: the same plan POST /api/v1/plans makes (same request, same planner, same shared
 * cache), made by a worker that waits for a planner slot instead of answering 503.
 */
public final class PlanJob implements JobHandler {
    public static final String KIND = "plan";
    private static final ObjectMapper JSON = Json.mapper();

    private final Plans plans;

    public PlanJob(Plans plans) {
        this.plans = plans;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Result run(Claim job, Progress progress) {
        PlanOptions options = read(job.request());
        progress.report("planning " + options.days() + (options.days() == 1 ? " day" : " days"));
        Plans.Made made = plans.make(job.requestedBy(), options, true);
        progress.report(made.cached() ? "storing the plan (from the shared cache)" : "storing the plan");
        return handle -> plans.store(handle, job.requestedBy(), made).id();
    }

    /** The plan when the shared cache answers this request already (a job that completes at once). */
    public Optional<Plans.Made> cached(UUID userId, PlanOptions options) {
        return plans.cached(userId, options);
    }

    public Plans plans() {
        return plans;
    }

    static String write(PlanOptions options) {
        try {
            return JSON.writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static PlanOptions read(String request) {
        try {
            return JSON.readValue(request, PlanOptions.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a queued plan request is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
