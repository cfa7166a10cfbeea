package dev.fridgechef.server.plan;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Bounds how many plans this instance makes at once (planning is CPU-bound: more runs than cores only
 * slow each other down). A request finding every slot taken is refused at once ({@link #tryRun}); a
 * queued job's worker waits for one ({@link #run}).
 */
public final class PlannerSlots {
    private final Semaphore slots;
    private final int size;

    public PlannerSlots(int size) {
        if (size < 1) throw new IllegalArgumentException("at least one planner slot");
        this.slots = new Semaphore(size);
        this.size = size;
    }

    /** One slot per core. */
    public static PlannerSlots perCore() {
        return new PlannerSlots(Runtime.getRuntime().availableProcessors());
    }

    /** The work's result, or empty (nothing run) when every slot is busy. */
    public <T> Optional<T> tryRun(Supplier<T> work) {
        if (!slots.tryAcquire()) return Optional.empty();
        try {
            return Optional.of(work.get());
        } finally {
            slots.release();
        }
    }

    /** The work's result once a slot is free (a queued job's worker waits rather than refuses). */
    public <T> T run(Supplier<T> work) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped while waiting for a planner slot", e);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    public int size() {
        return size;
    }
}
