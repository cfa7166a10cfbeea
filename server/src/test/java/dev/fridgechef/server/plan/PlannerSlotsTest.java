package dev.fridgechef.server.plan;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Planner runs are bounded: past the slots a request is refused at once, not queued. */
class PlannerSlotsTest {

    @Test
    void aRequestFindingEverySlotBusyIsRefusedAtOnce() throws Exception {
        PlannerSlots slots = new PlannerSlots(2);
        CountDownLatch running = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<String>> a = pool.submit(() -> slots.tryRun(() -> hold(running, release, "a")));
            Future<Optional<String>> b = pool.submit(() -> slots.tryRun(() -> hold(running, release, "b")));
            running.await();
            long started = System.nanoTime();
            assertThat(slots.tryRun(() -> "c")).isEmpty();
            assertThat(System.nanoTime() - started).isLessThan(100_000_000L);
            release.countDown();
            assertThat(a.get()).contains("a");
            assertThat(b.get()).contains("b");
            assertThat(slots.tryRun(() -> "d")).contains("d");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedRunGivesItsSlotBack() {
        PlannerSlots slots = new PlannerSlots(1);
        try {
            slots.tryRun(() -> {
                throw new IllegalStateException("planner failed");
            });
        } catch (IllegalStateException expected) {
            // the slot must be free again
        }
        assertThat(slots.tryRun(() -> "next")).contains("next");
    }

    private static String hold(CountDownLatch running, CountDownLatch release, String result) {
        running.countDown();
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return result;
    }
}
