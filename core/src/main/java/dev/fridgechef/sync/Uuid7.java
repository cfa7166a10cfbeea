package dev.fridgechef.sync;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Random;
import java.util.UUID;

/**
 * RFC 9562 version 7 UUIDs: 48 bits of Unix milliseconds, then a 12-bit counter (method 1 of
 * section 6.2) and 62 random bits. Ids from one generator strictly increase even when the wall clock
 * stands still or steps back: the counter takes over within a millisecond and, when it runs out,
 * the timestamp is moved on by one.
 */
public final class Uuid7 {
    private static final int COUNTER_MAX = 0xFFF;

    private final Clock clock;
    private final Random random;
    private long lastMillis = -1;
    private int counter;

    public Uuid7(Clock clock, Random random) {
        this.clock = clock;
        this.random = random;
    }

    public Uuid7(Clock clock) {
        this(clock, new SecureRandom());
    }

    public synchronized UUID next() {
        long millis = clock.millis();
        if (millis > lastMillis) {
            lastMillis = millis;
            // a random start that leaves room for many ids in the same millisecond
            counter = random.nextInt(COUNTER_MAX / 2);
        } else if (counter < COUNTER_MAX) {
            counter++;
        } else {
            lastMillis++;
            counter = 0;
        }
        long msb = (lastMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | counter;
        long lsb = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** The Unix milliseconds a version 7 id was made at. */
    public static long millis(UUID id) {
        if (id.version() != 7) {
            throw new IllegalArgumentException("not a version 7 UUID: " + id);
        }
        return id.getMostSignificantBits() >>> 16;
    }
}
