package dev.fridgechef.server.job;

import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.server.auth.Authenticator;
import dev.fridgechef.server.auth.Caller;
import dev.fridgechef.server.http.ApiException;
import dev.fridgechef.server.http.Replies;
import dev.fridgechef.server.http.Routes;
import dev.fridgechef.server.plan.PlanRoutes;
import dev.fridgechef.server.plan.Plans;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** POST /api/v1/plans/jobs (a plan request, queued) and /api/v1/jobs/{id}: poll, cancel, watch (server-sent events). */
public final class JobRoutes {
    private final JobQueue queue;
    private final PlanJob planJob;
    private final Optional<AiPlanJob> aiPlanJob;
    private final JobWorkers workers;
    private final JobEvents events;

    /**
     * {@code aiPlanJob}: present when this server has a model. Every instance of one deployment has the
     * same AI settings, so only instances with a model run AI plan jobs.
     */
    public JobRoutes(JobQueue queue, PlanJob planJob, Optional<AiPlanJob> aiPlanJob, JobWorkers workers, JobEvents events) {
        this.queue = queue;
        this.planJob = planJob;
        this.aiPlanJob = aiPlanJob;
        this.workers = workers;
        this.events = events;
    }

    public void register(Routes routes) {
        routes.user("POST", "/api/v1/plans/jobs", this::enqueuePlan);
        routes.user("GET", "/api/v1/jobs/{id}", this::get);
        routes.user("DELETE", "/api/v1/jobs/{id}", this::cancel);
        routes.user("GET", "/api/v1/jobs/{id}/events", this::events);
    }

    /** Queues a plan request; when the shared plan cache holds its answer already, the job is done at once. */
    private void enqueuePlan(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        Plans plans = planJob.plans();
        PlanRoutes.Requested asked = PlanRoutes.requested(ctx, plans.today(caller.userId()));
        PlanOptions options = asked.options();
        // an AI plan request goes to a worker (whether the cache answers depends on the model); without a
        // model on this server it is an offline plan request, as POST /api/v1/plans answers it
        boolean ai = asked.ai() && aiPlanJob.isPresent();
        Optional<Plans.Made> cached = ai ? Optional.empty() : planJob.cached(caller.userId(), options);
        Job job;
        if (cached.isPresent()) {
            job = queue.enqueueDone(caller.userId(), PlanJob.KIND, PlanJob.write(options), "done (from the shared plan cache)",
                    h -> plans.store(h, caller.userId(), cached.get()).id());
        } else if (ai) {
            job = queue.enqueue(caller.userId(), AiPlanJob.KIND, AiPlanJob.write(options, asked.wish()));
            workers.wake();
        } else {
            job = queue.enqueue(caller.userId(), PlanJob.KIND, PlanJob.write(options));
            workers.wake();
        }
        ctx.header("Location", self(job.id()));
        Map<String, Object> body = view(job);
        body.put("completedAtOnce", cached.isPresent());
        if (asked.ai() && !ai) {
            body.put("aiUnavailable", Map.of("code", "ai_not_configured", "message", "This server has no AI provider; the job makes the offline plan"));
        }
        Replies.json(ctx, 202, body);
    }

    private void get(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        Job job = queue.find(caller.userId(), Routes.uuidParam(ctx, "id")).orElseThrow(() -> ApiException.notFound("Job"));
        Replies.json(ctx, 200, view(job));
    }

    /** Cancels a queued or running job (a running job's result is never stored); an ended job cannot be. */
    private void cancel(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        Job job = queue.cancel(caller.userId(), Routes.uuidParam(ctx, "id")).orElseThrow(() -> ApiException.notFound("Job"));
        if (!job.state().equals(Job.CANCELLED)) {
            throw ApiException.conflict("job_ended", "The job has ended already (" + job.state() + "); it cannot be cancelled");
        }
        Replies.json(ctx, 200, view(job));
    }

    private void events(Context ctx) throws Exception {
        Caller caller = Authenticator.caller(ctx);
        UUID id = Routes.uuidParam(ctx, "id");
        queue.find(caller.userId(), id).orElseThrow(() -> ApiException.notFound("Job"));
        events.stream(ctx, caller.userId(), id);
    }

    static String self(UUID id) {
        return "/api/v1/jobs/" + id;
    }

    /** A job as answered: its state, progress, result (a plan id) or error, and where to look next. */
    static Map<String, Object> view(Job job) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", job.id());
        out.put("kind", job.kind());
        out.put("state", job.state());
        out.put("progress", job.progress());
        out.put("attempts", job.attempts());
        out.put("result", job.resultId().map(id -> (Object) Map.of("planId", id)).orElse(null));
        out.put("error", job.errorCode().map(code -> (Object) Map.of("code", code, "message", job.errorMessage().orElse(""))).orElse(null));
        out.put("createdAt", job.createdAt());
        out.put("updatedAt", job.updatedAt());
        out.put("finishedAt", job.finishedAt().orElse(null));
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", self(job.id()));
        links.put("events", self(job.id()) + "/events");
        job.resultId().ifPresent(id -> links.put("plan", "/api/v1/plans/" + id));
        out.put("links", links);
        return out;
    }
}
