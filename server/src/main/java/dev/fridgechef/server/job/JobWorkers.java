package dev.fridgechef.server.job;

import dev.fridgechef.server.http.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * This instance's job workers: each thread claims one job at a time from the shared queue, runs it
 * through its kind's handler and finishes it (done, retried, or failed after {@link Settings#maxAttempts}).
 * An idle worker looks again every {@link Settings#poll} or at once when this instance queued a job.
 * One heartbeat renews the leases of every job this instance runs; on {@link #close} the workers get
 * {@link Settings#stopWait} to finish, and the jobs still running then go back to the queue.
 */
public final class JobWorkers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobWorkers.class);

    /** How long a claim holds without a heartbeat, how often idle workers look, retries and the stop bound. */
    public record Settings(Duration lease, Duration poll, int maxAttempts, Duration retryDelay, Duration stopWait) {
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(30), Duration.ofMillis(500), 3,
                Duration.ofSeconds(2), Duration.ofSeconds(10));
    }

    private final JobQueue queue;
    private final Map<String, JobHandler> handlers;
    private final int threads;
    private final Settings settings;
    private final String owner;
    private final Map<UUID, Claim> running = new ConcurrentHashMap<>();
    private final List<Thread> workers = new ArrayList<>();
    private final Object idle = new Object();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "job-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean stopping;
    private boolean wakeUp;

    public JobWorkers(JobQueue queue, List<JobHandler> handlers, int threads, Settings settings) {
        if (threads < 1) throw new IllegalArgumentException("at least one job worker");
        this.queue = queue;
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(JobHandler::kind, Function.identity()));
        this.threads = threads;
        this.settings = settings;
        this.owner = "instance-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public synchronized void start() {
        if (!workers.isEmpty()) return;
        for (int i = 0; i < threads; i++) {
            Thread t = Thread.ofPlatform().daemon().name(owner + "-worker-" + i).start(this::work);
            workers.add(t);
        }
        long beat = Math.max(100, settings.lease().toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::beat, beat, beat, TimeUnit.MILLISECONDS);
        LOG.atInfo().addKeyValue("owner", owner).addKeyValue("workers", threads).log("job_workers_started");
    }

    /** Which instance these workers are (the jobs' owner column). */
    public String owner() {
        return owner;
    }

    /** A job was queued here: an idle worker looks at once instead of at its next poll. */
    public void wake() {
        synchronized (idle) {
            wakeUp = true;
            idle.notifyAll();
        }
    }

    private void work() {
        while (!stopping) {
            try {
                Optional<Claim> claimed = queue.claim(owner, handlers.keySet(), settings.lease());
                if (claimed.isPresent()) {
                    run(claimed.get());
                } else {
                    waitForWork();
                }
            } catch (RuntimeException e) {
                if (stopping) return;
                LOG.warn("job_worker_error", e);
                waitForWork();
            }
        }
    }

    private void waitForWork() {
        synchronized (idle) {
            try {
                if (!wakeUp && !stopping) idle.wait(settings.poll().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            }
            wakeUp = false;
        }
    }

    private void run(Claim claim) {
        if (claim.attempt() > settings.maxAttempts()) {
            queue.fail(claim, "attempts_exhausted", "Gave up after " + settings.maxAttempts() + " attempts (the servers running it stopped)");
            return;
        }
        running.put(claim.id(), claim);
        long started = System.nanoTime();
        try {
            JobHandler.Result result = handlers.get(claim.kind()).run(claim, text -> queue.progress(claim, text));
            boolean stored = queue.complete(claim, result);
            LOG.atInfo().addKeyValue("job", claim.id()).addKeyValue("kind", claim.kind()).addKeyValue("attempt", claim.attempt())
                    .addKeyValue("ms", (System.nanoTime() - started) / 1_000_000).addKeyValue("stored", stored).log("job_finished");
        } catch (ApiException e) {
            queue.fail(claim, e.code(), e.getMessage());
        } catch (RuntimeException e) {
            if (stopping) {
                release(claim);
                return;
            }
            LOG.atWarn().addKeyValue("job", claim.id()).addKeyValue("attempt", claim.attempt()).setCause(e).log("job_attempt_failed");
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (claim.attempt() >= settings.maxAttempts()) {
                queue.fail(claim, "job_failed", "Failed " + claim.attempt() + " times; the last error: " + message);
            } else {
                queue.retry(claim, settings.retryDelay().multipliedBy(claim.attempt()), "attempt_failed", message);
            }
        } finally {
            running.remove(claim.id());
        }
    }

    private void beat() {
        try {
            if (!running.isEmpty()) queue.heartbeat(owner, settings.lease());
        } catch (RuntimeException e) {
            LOG.warn("job_heartbeat_failed", e);
        }
    }

    private void release(Claim claim) {
        try {
            if (queue.release(claim)) LOG.atInfo().addKeyValue("job", claim.id()).log("job_released");
        } catch (RuntimeException e) {
            LOG.warn("job_release_failed", e); // its lease runs out and another worker takes it over
        }
    }

    /** Stops claiming; waits up to the stop bound for running jobs, then gives the rest back to the queue. */
    @Override
    public void close() {
        stopping = true;
        wake();
        long deadline = System.nanoTime() + settings.stopWait().toNanos();
        for (Thread t : workers) {
            try {
                t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        heartbeat.shutdownNow();
        for (Claim claim : List.copyOf(running.values())) release(claim);
        LOG.atInfo().addKeyValue("owner", owner).log("job_workers_stopped");
    }
}
