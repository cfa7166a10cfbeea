package dev.fridgechef.server;

import dev.fridgechef.server.http.ApiException;
import dev.fridgechef.server.job.Claim;
import dev.fridgechef.server.job.JobHandler;
import dev.fridgechef.server.job.JobQueue;
import dev.fridgechef.server.job.JobWorkers;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workers over the shared table, with a job kind of the test's own (so the shared server's workers,
 * which run only plan jobs, leave these alone): two instances share the queue, retries, the stop.
 */
class JobWorkersTest {
    static Jdbi jdbi;
    static JobQueue queue;

    @BeforeAll
    static void start() {
        jdbi = TestServer.shared().database().jdbi();
        queue = new JobQueue(jdbi);
    }

    private static JobWorkers.Settings settings(int maxAttempts, Duration stopWait) {
        return new JobWorkers.Settings(Duration.ofSeconds(5), Duration.ofMillis(50), maxAttempts, Duration.ZERO, stopWait);
    }

    private static JobHandler handler(String kind, Function<Claim, JobHandler.Result> run) {
        return new JobHandler() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public Result run(Claim job, Progress progress) {
                return run.apply(job);
            }
        };
    }

    @Test
    void twoInstancesShareTheQueueAndRunEachJobOnce() {
        String kind = "test-shared-" + UUID.randomUUID();
        UUID user = UUID.fromString(StockApiTest.member("jobsboth").userId());
        Map<UUID, Integer> runs = new ConcurrentHashMap<>();
        Set<String> owners = ConcurrentHashMap.newKeySet();
        CountDownLatch bothBusy = new CountDownLatch(2);
        Set<String> counted = ConcurrentHashMap.newKeySet();
        JobHandler handler = handler(kind, job -> {
            runs.merge(job.id(), 1, Integer::sum);
            owners.add(job.owner());
            if (counted.add(job.owner())) bothBusy.countDown();
            await(bothBusy); // the first job waits until the other instance holds one too
            return h -> UUID.randomUUID();
        });
        try (JobWorkers a = new JobWorkers(queue, List.of(handler), 2, settings(3, Duration.ofSeconds(5)));
             JobWorkers b = new JobWorkers(queue, List.of(handler), 2, settings(3, Duration.ofSeconds(5)))) {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < 10; i++) ids.add(queue.enqueue(user, kind, "{}").id());
            a.start();
            b.start();
            for (UUID id : ids) assertThat(awaitEnd(user, id)).isEqualTo("done");
            assertThat(owners).containsExactlyInAnyOrder(a.owner(), b.owner());
            assertThat(runs.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(runs.values()).as("no job ran twice").allMatch(n -> n == 1);
        }
    }

    @Test
    void aJobRunningLongerThanItsLeaseIsKeptByTheHeartbeatNotTakenOver() {
        String kind = "test-long-" + UUID.randomUUID();
        UUID user = UUID.fromString(StockApiTest.member("jobslong").userId());
        Map<UUID, Integer> runs = new ConcurrentHashMap<>();
        JobHandler handler = handler(kind, job -> {
            runs.merge(job.id(), 1, Integer::sum);
            sleepThrough(Duration.ofSeconds(7)); // more than twice the lease: only the heartbeat keeps it
            return h -> UUID.randomUUID();
        });
        JobWorkers.Settings shortLease = new JobWorkers.Settings(Duration.ofSeconds(3), Duration.ofMillis(50), 3, Duration.ZERO,
                Duration.ofSeconds(10));
        try (JobWorkers a = new JobWorkers(queue, List.of(handler), 1, shortLease);
             JobWorkers b = new JobWorkers(queue, List.of(handler), 1, shortLease)) {
            UUID id = queue.enqueue(user, kind, "{}").id();
            a.start();
            b.start();
            assertThat(awaitEnd(user, id)).isEqualTo("done");
            assertThat(queue.find(user, id).orElseThrow().attempts()).isEqualTo(1);
            assertThat(runs.get(id)).isEqualTo(1);
        }
    }

    @Test
    void aFailingAttemptIsRetriedThenTheJobFailsWithItsError() {
        String kind = "test-failing-" + UUID.randomUUID();
        UUID user = UUID.fromString(StockApiTest.member("jobsfail").userId());
        Map<UUID, Integer> runs = new ConcurrentHashMap<>();
        JobHandler handler = handler(kind, job -> {
            runs.merge(job.id(), 1, Integer::sum);
            throw new IllegalStateException("the planner broke");
        });
        try (JobWorkers workers = new JobWorkers(queue, List.of(handler), 1, settings(2, Duration.ofSeconds(5)))) {
            UUID id = queue.enqueue(user, kind, "{}").id();
            workers.start();
            assertThat(awaitEnd(user, id)).isEqualTo("failed");
            var job = queue.find(user, id).orElseThrow();
            assertThat(job.attempts()).isEqualTo(2);
            assertThat(runs.get(id)).isEqualTo(2);
            assertThat(job.errorCode()).contains("job_failed");
            assertThat(job.errorMessage().orElseThrow()).contains("the planner broke");
        }
    }

    @Test
    void aRequestErrorFailsTheJobAtOnce() {
        String kind = "test-refused-" + UUID.randomUUID();
        UUID user = UUID.fromString(StockApiTest.member("jobsrefused").userId());
        JobHandler handler = handler(kind, job -> {
            throw ApiException.conflict("profile_incomplete", "Set your height first");
        });
        try (JobWorkers workers = new JobWorkers(queue, List.of(handler), 1, settings(3, Duration.ofSeconds(5)))) {
            UUID id = queue.enqueue(user, kind, "{}").id();
            workers.start();
            assertThat(awaitEnd(user, id)).isEqualTo("failed");
            var job = queue.find(user, id).orElseThrow();
            assertThat(job.attempts()).isEqualTo(1);
            assertThat(job.errorCode()).contains("profile_incomplete");
        }
    }

    @Test
    void stoppingGivesAStillRunningJobBackToTheQueueAndItsLateResultIsNotStored() throws InterruptedException {
        String kind = "test-slow-" + UUID.randomUUID();
        UUID user = UUID.fromString(StockApiTest.member("jobsslow").userId());
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Set<String> storedResults = ConcurrentHashMap.newKeySet();
        JobHandler handler = handler(kind, job -> {
            started.countDown();
            await(finish);
            return h -> {
                storedResults.add("stored");
                return UUID.randomUUID();
            };
        });
        JobWorkers workers = new JobWorkers(queue, List.of(handler), 1, settings(3, Duration.ofMillis(200)));
        UUID id = queue.enqueue(user, kind, "{}").id();
        workers.start();
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        workers.close();
        var released = queue.find(user, id).orElseThrow();
        assertThat(released.state()).isEqualTo("queued");
        assertThat(released.attempts()).as("a released claim is no attempt").isZero();
        assertThat(released.progress()).isEqualTo("queued again (its server stopped)");
        // the stopped worker's handler now returns: its claim was given back, so it stores nothing
        Thread worker = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(workers.owner() + "-worker"))
                .findFirst().orElseThrow();
        finish.countDown();
        worker.join(10_000);
        assertThat(worker.isAlive()).isFalse();
        assertThat(storedResults).isEmpty();
        assertThat(queue.find(user, id).orElseThrow().state()).isEqualTo("queued");
        queue.cancel(user, id);
    }

    private static String awaitEnd(UUID user, UUID id) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            var job = queue.find(user, id).orElseThrow();
            if (job.ended()) return job.state();
            if (System.nanoTime() > deadline) throw new AssertionError("job did not end: " + job);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The handler's work taking this long (the work itself, not a wait for an outcome). */
    private static void sleepThrough(Duration work) {
        try {
            Thread.sleep(work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
