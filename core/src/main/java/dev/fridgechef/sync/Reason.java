package dev.fridgechef.sync;

/** Why a stock quantity changed; the wire name is the lower-case form. */
public enum Reason {
    ADDED, USED, COOKED, THROWN_AWAY, CORRECTED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Reason fromWire(String text) {
        for (Reason r : values()) {
            if (r.wire().equals(text)) {
                return r;
            }
        }
        throw new InvalidOpException("unknown reason \"" + text + "\" (expected added, used, cooked, thrown_away or corrected)");
    }
}
