package dev.fridgechef.sync;

import java.util.UUID;

/** The id and timestamp a new operation is made with; the device is the timestamp's. */
public record Stamp(UUID opId, Hlc hlc) {
    public static Stamp next(Uuid7 ids, HlcClock clock) {
        return new Stamp(ids.next(), clock.now());
    }
}
