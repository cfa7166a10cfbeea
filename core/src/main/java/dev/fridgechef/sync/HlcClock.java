package dev.fridgechef.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The hybrid logical clock of one device. Local events take {@link #now()}. Remote timestamps are
 * observed in two steps: {@link #observe} computes the next state without changing anything, and
 * the caller {@link #commit commits} it once the batch it came with is stored, so a batch that fails
 * never moves the clock.
 */
public final class HlcClock {
    public static final Duration DRIFT_LIMIT = Duration.ofMinutes(5);

    private final Clock wall;
    private final String deviceId;
    private Hlc last;

    /** @param last the persisted state, or null for a new device */
    public HlcClock(Clock wall, UUID deviceId, Hlc last) {
        this.wall = wall;
        this.deviceId = deviceId.toString();
        if (last != null && !last.deviceId().equals(this.deviceId)) {
            throw new IllegalArgumentException("clock state " + last + " belongs to another device than " + deviceId);
        }
        this.last = last != null ? last : new Hlc(0, 0, this.deviceId);
    }

    public UUID deviceId() {
        return UUID.fromString(deviceId);
    }

    /** The state to persist. */
    public synchronized Hlc state() {
        return last;
    }

    /** The timestamp of a local event: later than every timestamp this clock has made or committed. */
    public synchronized Hlc now() {
        last = successor(last.millis(), last.counter(), wall.millis());
        return last;
    }

    /** What the clock would be after receiving these timestamps, with a warning per device running far ahead. */
    public synchronized Observation observe(Collection<Hlc> remotes) {
        long wallNow = wall.millis();
        long millis = last.millis();
        int counter = last.counter();
        Map<String, Hlc> aheadest = new LinkedHashMap<>();
        for (Hlc remote : remotes) {
            if (remote.millis() > millis || remote.millis() == millis && remote.counter() > counter) {
                millis = remote.millis();
                counter = remote.counter();
            }
            if (remote.millis() - wallNow > DRIFT_LIMIT.toMillis()) {
                aheadest.merge(remote.deviceId(), remote, Hlc::max);
            }
        }
        Hlc next = remotes.isEmpty() ? last : successor(millis, counter, wallNow);
        List<DriftWarning> warnings = new ArrayList<>();
        aheadest.forEach((device, remote) -> warnings.add(new DriftWarning(device, remote, Duration.ofMillis(remote.millis() - wallNow))));
        return new Observation(next, List.copyOf(warnings));
    }

    public Observation observe(Hlc remote) {
        return observe(List.of(remote));
    }

    /** Moves the clock to an observed state; never backwards. */
    public synchronized void commit(Hlc state) {
        if (!state.deviceId().equals(deviceId)) {
            throw new IllegalArgumentException("clock state " + state + " belongs to another device");
        }
        last = Hlc.max(last, state);
    }

    private Hlc successor(long millis, int counter, long wallNow) {
        if (wallNow > millis) {
            return new Hlc(wallNow, 0, deviceId);
        }
        // the counter is full: borrow the next millisecond rather than fail
        return counter < Hlc.MAX_COUNTER ? new Hlc(millis, counter + 1, deviceId) : new Hlc(millis + 1, 0, deviceId);
    }

    /** The clock state after a batch, and the drift it showed. */
    public record Observation(Hlc next, List<DriftWarning> warnings) {
    }
}
