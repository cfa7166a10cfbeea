package dev.fridgechef.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.plan.StoredPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Function;

/**
 * Works the queue: claims jobs one by one and runs them. Today's only kind is an AI plan
 * ({@link #AI_PLAN}), whose request is the JSON of {@link PlanOptions}.
 */
public final class JobRunner {
    public static final String AI_PLAN = "ai-plan";
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final JobQueue jobs;
    private final ObjectMapper json;
    private final Function<PlanOptions, StoredPlan> aiPlanner;
    private final String worker;

    /**
     * Requests are written and read with the app's one JSON mapper, so any process (CLI or desktop
     * app) can run any job; {@code aiPlanner} makes and stores an AI plan.
     */
    public JobRunner(JobQueue jobs, ObjectMapper json, Function<PlanOptions, StoredPlan> aiPlanner, String worker) {
        this.jobs = jobs;
        this.json = json;
        this.aiPlanner = aiPlanner;
        this.worker = worker;
    }

    public Job submitAiPlan(PlanOptions options) {
        try {
            return jobs.submit(AI_PLAN, json.writeValueAsString(options));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs queued jobs until none is left; returns how many it ran. */
    public int drain() {
        int ran = 0;
        for (Optional<Job> job = jobs.claim(worker); job.isPresent(); job = jobs.claim(worker)) {
            run(job.get());
            ran++;
        }
        return ran;
    }

    void run(Job job) {
        JobQueue q = jobs;
        long start = System.nanoTime();
        LOG.info("job {} ({}) claimed by {}", job.id(), job.kind(), worker);
        try {
            if (!AI_PLAN.equals(job.kind())) {
                q.failed(job.id(), "unknown job kind " + job.kind());
                return;
            }
            PlanOptions options = json.readValue(job.request(), PlanOptions.class);
            if (!q.progress(job.id(), 10, "asking the AI providers")) {
                q.cancelled(job.id());
                LOG.info("job {} cancelled", job.id());
                return;
            }
            StoredPlan plan;
            // keep the claim alive while the providers think (a silent job is taken over after JobQueue.STALE)
            var heartbeat = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "job-heartbeat-" + job.id());
                t.setDaemon(true);
                return t;
            });
            heartbeat.scheduleAtFixedRate(() -> q.progress(job.id(), 50, "waiting for the AI providers"), 10, 10, java.util.concurrent.TimeUnit.SECONDS);
            try {
                plan = aiPlanner.apply(options);
            } finally {
                heartbeat.shutdownNow();
            }
            if (!q.progress(job.id(), 90, "checked and stored")) {
                q.cancelled(job.id());
                LOG.info("job {} cancelled", job.id());
                return;
            }
            q.done(job.id(), plan.id(), plan.source() + (plan.notes().isEmpty() ? "" : "; " + String.join("; ", plan.notes())));
            LOG.info("job {} finished in {} ms: plan {} ({})", job.id(), millisSince(start), plan.id(), plan.source());
        } catch (UserException e) {
            q.failed(job.id(), e.getMessage());
            LOG.info("job {} failed after {} ms: {}", job.id(), millisSince(start), e.key());
        } catch (JsonProcessingException | RuntimeException e) {
            q.failed(job.id(), "internal error: " + e);
            LOG.error("job {} failed after {} ms", job.id(), millisSince(start), e);
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
