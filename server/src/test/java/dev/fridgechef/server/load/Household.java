package dev.fridgechef.server.load;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A seeded household as the harness knows it. {@code unsettled} counts the items its virtual users
 * added and have not used up yet: while it is above zero the fridge differs from the one its plans
 * were seeded for, so a plan request would be a cache miss (and would run the planner).
 */
final class Household {
    final String id;
    final List<Member> members = new CopyOnWriteArrayList<>();
    final AtomicInteger unsettled = new AtomicInteger();

    Household(String id) {
        this.id = id;
    }
}
