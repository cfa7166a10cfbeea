package dev.fridgechef.profile;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Unmodifiable enum sets that iterate in declaration order. {@code Set.copyOf} iterates in an order
 * that changes from one JVM run to the next, and a profile's JSON (its hash, what is printed) must not.
 */
final class OrderedSets {
    private OrderedSets() {
    }

    static <E extends Enum<E>> Set<E> of(Set<E> values, Class<E> type) {
        if (values == null || values.isEmpty()) return Set.of();
        EnumSet<E> copy = EnumSet.noneOf(type);
        for (E e : values) copy.add(Objects.requireNonNull(e));
        return Collections.unmodifiableSet(copy);
    }
}
