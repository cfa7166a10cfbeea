package dev.fridgechef.server.load;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A seeded household as the harness knows it. {@code unsettled} counts the items its virtual users
 * added and have not used up yet: while it is above zero the fridge differs from the one its plans
 * were seeded for, so a plan request would be a cache miss (and would run the planner). A buy waits
 * for the household's plan requests in flight ({@link #whileSettled}) before it counts itself, so a
 * plan request that found the fridge settled is answered before the fridge changes.
 */
final class Household {
    final String id;
    final List<Member> members = new CopyOnWriteArrayList<>();
    final AtomicInteger unsettled = new AtomicInteger();
    private final ReadWriteLock fridge = new ReentrantReadWriteLock();

    Household(String id) {
        this.id = id;
    }

    /** Counts an item about to be added, once no plan request of the household is in flight. */
    void buying() {
        fridge.writeLock().lock();
        try {
            unsettled.incrementAndGet();
        } finally {
            fridge.writeLock().unlock();
        }
    }

    /** Runs {@code settled} while no item is unsettled and none can be added, else {@code unsettled}. */
    void whileSettled(Runnable settled, Runnable otherwise) {
        fridge.readLock().lock();
        try {
            if (unsettled.get() == 0) {
                settled.run();
                return;
            }
        } finally {
            fridge.readLock().unlock();
        }
        otherwise.run();
    }
}
