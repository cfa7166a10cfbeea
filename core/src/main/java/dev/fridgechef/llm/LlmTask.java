package dev.fridgechef.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One piece of work that asks the models (a plan, a chat answer): who hears of its waits, and its
 * cancellation. {@link #run} binds it to the calling thread, where {@link LlmGateway} finds it.
 * {@link #cancel} may come from any thread: the request on its way is aborted (its HTTP exchange
 * cancelled), no further request is sent, and the gateway throws {@link LlmGateway.Cancelled}.
 */
public final class LlmTask {
    private static final ThreadLocal<LlmTask> CURRENT = new ThreadLocal<>();
    private static final LlmTask NONE = new LlmTask(LlmProgress.NONE);

    private final LlmProgress progress;
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private Runnable abort;
    private final List<Long> answers = new ArrayList<>();

    public LlmTask(LlmProgress progress) {
        this.progress = progress;
    }

    /** The task bound to this thread, or one that reports nothing and is never cancelled. */
    public static LlmTask current() {
        LlmTask t = CURRENT.get();
        return t == null ? NONE : t;
    }

    public <T> T run(Supplier<T> work) {
        LlmTask outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            if (outer == null) CURRENT.remove();
            else CURRENT.set(outer);
        }
    }

    public LlmProgress progress() {
        return progress;
    }

    public void cancel() {
        Runnable a;
        synchronized (this) {
            if (cancelled.getCount() == 0) return;
            cancelled.countDown();
            a = abort;
        }
        if (a != null) a.run();
    }

    public boolean cancelled() {
        return cancelled.getCount() == 0;
    }

    /** Waits {@code millis} unless cancelled first; true when the whole wait passed. */
    boolean pause(long millis) throws InterruptedException {
        return !cancelled.await(millis, TimeUnit.MILLISECONDS);
    }

    /** Whether this is a task someone made (not the stand-in of a thread without one). */
    public boolean bound() {
        return this != NONE;
    }

    /** The ledger ids of the answers the gateway returned within this task, oldest first. */
    public synchronized List<Long> answers() {
        return List.copyOf(answers);
    }

    synchronized void answered(long callId) {
        if (this != NONE && callId > 0) answers.add(callId);
    }

    /** What {@link #cancel} should do to the request now on its way (null when none is); run at once when already cancelled. */
    void onCancel(Runnable abortRequest) {
        if (this == NONE) return;
        boolean now;
        synchronized (this) {
            abort = abortRequest;
            now = cancelled();
        }
        if (now && abortRequest != null) abortRequest.run();
    }
}
