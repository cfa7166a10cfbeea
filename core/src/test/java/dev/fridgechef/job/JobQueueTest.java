package dev.fridgechef.job;

import dev.fridgechef.MovableClock;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobQueueTest {
    @TempDir
    Path dir;
    private Store store;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private JobQueue queue;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("store"));
        queue = new JobQueue(store.jdbi(), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aJobGoesFromQueuedThroughRunningToDone() {
        Job job = queue.submit("ai-plan", "{}");
        assertThat(job.status()).isEqualTo(Job.Status.QUEUED);
        Job claimed = queue.claim("w1").orElseThrow();
        assertThat(claimed.id()).isEqualTo(job.id());
        assertThat(claimed.status()).isEqualTo(Job.Status.RUNNING);
        assertThat(queue.claim("w2")).isEmpty(); // nobody takes a job that is alive
        assertThat(queue.progress(job.id(), 40, "asking")).isTrue();
        assertThat(queue.get(job.id()).progress()).isEqualTo(40);
        queue.done(job.id(), 7L, "ai:x/y");
        Job done = queue.get(job.id());
        assertThat(done.status()).isEqualTo(Job.Status.DONE);
        assertThat(done.resultPlanId()).isEqualTo(7L);
        assertThat(done.finished()).isTrue();
    }

    @Test
    void aJobLeftRunningByAKilledProcessIsPickedUpAgain() {
        Job job = queue.submit("ai-plan", "{}");
        queue.claim("killed-worker").orElseThrow();
        clock.advance(Duration.ofSeconds(10));
        assertThat(queue.claim("w2")).isEmpty();
        clock.advance(JobQueue.STALE);
        Job again = queue.claim("w2").orElseThrow();
        assertThat(again.id()).isEqualTo(job.id());
        assertThat(again.worker()).isEqualTo("w2");
    }

    @Test
    void cancellingAQueuedJobIsImmediateARunningOneStopsAtItsNextReport() {
        Job queued = queue.submit("ai-plan", "{}");
        assertThat(queue.cancel(queued.id()).status()).isEqualTo(Job.Status.CANCELLED);
        assertThat(queue.claim("w")).isEmpty();
        Job running = queue.submit("ai-plan", "{}");
        queue.claim("w").orElseThrow();
        assertThat(queue.cancel(running.id()).status()).isEqualTo(Job.Status.RUNNING);
        assertThat(queue.progress(running.id(), 50, "half")).isFalse();
        queue.cancelled(running.id());
        assertThat(queue.get(running.id()).message()).isEqualTo("cancelled");
        assertThat(queue.get(running.id()).status()).isEqualTo(Job.Status.CANCELLED);
        assertThatThrownBy(() -> queue.cancel(running.id())).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> queue.get(999)).isInstanceOf(UserException.class);
    }
}
