package dev.fridgechef.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.llm.LlmGateway;
import dev.fridgechef.llm.LlmProgress;
import dev.fridgechef.llm.LlmTask;
import dev.fridgechef.plan.PlanService;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.plan.StoredPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Works the queue: claims jobs one by one and runs them. Today's only kind is an AI plan
 * ({@link #AI_PLAN}), whose request is the JSON of {@link PlanOptions}. A running job told to stop
 * ({@link JobQueue#cancel}) aborts the request on its way and stores no plan: the plan is stored in
 * a transaction that first checks the job was not cancelled.
 */
public final class JobRunner {
    public static final String AI_PLAN = "ai-plan";
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    /** How often a running job keeps its claim and looks whether it was cancelled. */
    private static final long HEARTBEAT_MILLIS = 2000;

    private final JobQueue jobs;
    private final ObjectMapper json;
    private final Function<PlanOptions, StoredPlan> aiPlanner;
    private final String worker;
    private LlmProgress observer = LlmProgress.NONE;

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

    /** Also tells {@code observer} of the waits of the jobs this runner works (the desktop app's loader shows them). */
    public JobRunner observedBy(LlmProgress observer) {
        this.observer = java.util.Objects.requireNonNull(observer);
        return this;
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
                cancelled(job, start);
                return;
            }
            LlmTask task = new LlmTask(new JobProgress(q, job.id(), observer));
            // keep the claim alive while the providers think (a silent job is taken over after JobQueue.STALE),
            // and abort the request on its way as soon as "jobs cancel" asks
            var heartbeat = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "job-heartbeat-" + job.id());
                t.setDaemon(true);
                return t;
            });
            heartbeat.scheduleWithFixedDelay(() -> {
                try {
                    if (!q.heartbeat(job.id())) task.cancel();
                } catch (RuntimeException e) {
                    LOG.warn("job {} heartbeat failed: {}", job.id(), e.toString());
                }
            }, HEARTBEAT_MILLIS, HEARTBEAT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
            StoredPlan plan;
            try {
                plan = task.run(() -> PlanService.guarded(h -> JobQueue.checkNotCancelled(h, job.id()), () -> aiPlanner.apply(options)));
            } finally {
                stop(heartbeat);
            }
            q.done(job.id(), plan.id(), plan.source() + (plan.notes().isEmpty() ? "" : "; " + String.join("; ", plan.notes())));
            LOG.info("job {} finished in {} ms: plan {} ({})", job.id(), millisSince(start), plan.id(), plan.source());
        } catch (LlmGateway.Cancelled | JobQueue.Cancelled e) {
            cancelled(job, start);
        } catch (UserException e) {
            q.failed(job.id(), e.getMessage());
            LOG.info("job {} failed after {} ms: {}", job.id(), millisSince(start), e.key());
        } catch (JsonProcessingException | RuntimeException e) {
            q.failed(job.id(), "internal error: " + e);
            LOG.error("job {} failed after {} ms", job.id(), millisSince(start), e);
        }
    }

    /**
     * Stops the heartbeat without interrupting it: an interrupt during the store's file I/O closes
     * the database file for the whole process (ClosedByInterruptException), and the job's own
     * "done" then failed. A heartbeat under way finishes first.
     */
    private static void stop(java.util.concurrent.ScheduledExecutorService heartbeat) {
        heartbeat.shutdown();
        try {
            if (!heartbeat.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) LOG.warn("a job heartbeat did not finish");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void cancelled(Job job, long start) {
        jobs.cancelled(job.id());
        LOG.info("job {} cancelled after {} ms", job.id(), millisSince(start));
    }

    /** The waits a running job is told of become its message ("jobs show", "jobs wait"). */
    private record JobProgress(JobQueue q, long id, LlmProgress observer) implements LlmProgress {
        @Override
        public void rateLimited(String provider, Duration wait) {
            observer.rateLimited(provider, wait);
            say(45, "rate limited by " + provider + ", retrying in " + seconds(wait) + " s");
        }

        @Override
        public void retrying(String provider, String outcome, Duration wait) {
            observer.retrying(provider, outcome, wait);
            say(45, provider + " " + outcome + ", retrying in " + seconds(wait) + " s");
        }

        @Override
        public void waiting(String provider, Duration elapsed) {
            observer.waiting(provider, elapsed);
            say(50, "waiting for " + provider + " (" + elapsed.toSeconds() + " s)");
        }

        private void say(int percent, String message) {
            try {
                q.progress(id, percent, message);
            } catch (RuntimeException e) {
                LOG.warn("job {} progress not recorded: {}", id, e.toString());
            }
        }
    }

    static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
