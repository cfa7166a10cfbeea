package dev.fridgechef.sync;

import java.util.Comparator;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hybrid logical clock timestamp: wall milliseconds, a counter for events within the same
 * millisecond, and the device that made it, which breaks ties so that timestamps are totally ordered.
 * The string form is the wire format, and its lexicographic order is the same total order.
 */
public record Hlc(long millis, int counter, String deviceId) implements Comparable<Hlc> {
    public static final int MAX_COUNTER = 0xFFFF;
    private static final long MAX_MILLIS = 9_999_999_999_999L;
    private static final String UUID_FORM = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    /** A UUID in its canonical lower-case form, as ids travel on the wire. */
    static final Pattern UUID_TEXT = Pattern.compile(UUID_FORM);
    private static final Pattern FORM = Pattern.compile("(\\d{13})-([0-9a-f]{4})-(" + UUID_FORM + ")");
    private static final Comparator<Hlc> ORDER = Comparator.comparingLong(Hlc::millis)
            .thenComparingInt(Hlc::counter).thenComparing(Hlc::deviceId);

    public Hlc {
        if (millis < 0 || millis > MAX_MILLIS) {
            throw new IllegalArgumentException("HLC milliseconds out of range: " + millis);
        }
        if (counter < 0 || counter > MAX_COUNTER) {
            throw new IllegalArgumentException("HLC counter out of range: " + counter);
        }
        if (deviceId == null || !UUID_TEXT.matcher(deviceId).matches()) {
            throw new IllegalArgumentException("HLC device id is not a lower-case UUID: " + deviceId);
        }
    }

    public Hlc(long millis, int counter, UUID deviceId) {
        this(millis, counter, deviceId.toString());
    }

    public static Hlc parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("HLC is missing");
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "malformed HLC \"" + text + "\": expected 13-digit millis, 4 hex digits of counter and a UUID, like 1764547200000-0000-<device uuid>");
        }
        return new Hlc(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2), 16), m.group(3));
    }

    public UUID device() {
        return UUID.fromString(deviceId);
    }

    @Override
    public int compareTo(Hlc other) {
        return ORDER.compare(this, other);
    }

    public boolean isAfter(Hlc other) {
        return compareTo(other) > 0;
    }

    public static Hlc max(Hlc a, Hlc b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public String toString() {
        return String.format("%013d-%04x-%s", millis, counter, deviceId);
    }
}
