package dev.fridgechef.sync;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A last-writer-wins register that keeps every value written to it, so that the winner and the
 * values that lost do not depend on the order the writes arrived in.
 */
final class Register {
    record Version(JsonNode value, Hlc hlc, UUID opId) {
    }

    private static final Comparator<Version> ORDER = Comparator.comparing(Version::hlc).thenComparing(Version::opId);

    private final TreeSet<Version> versions = new TreeSet<>(ORDER);

    void write(JsonNode value, Hlc hlc, UUID opId) {
        versions.add(new Version(value, hlc, opId));
    }

    /** The latest value written after {@code after} (null: ever), or null when there is none. */
    Version winner(Hlc after) {
        Version last = versions.isEmpty() ? null : versions.last();
        return last == null || after != null && !last.hlc().isAfter(after) ? null : last;
    }

    /** The values written after {@code after} that lost to the winner, oldest first. */
    List<Version> losers(Hlc after) {
        List<Version> lost = new ArrayList<>();
        for (Version v : versions) {
            if (after == null || v.hlc().isAfter(after)) {
                lost.add(v);
            }
        }
        if (!lost.isEmpty()) {
            lost.removeLast();
        }
        return lost;
    }
}
