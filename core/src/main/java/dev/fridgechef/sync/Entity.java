package dev.fridgechef.sync;

/** What an operation changes; the wire name is the lower-case form. */
public enum Entity {
    STOCK, DIARY, PROFILE, PLAN;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Entity fromWire(String text) {
        for (Entity e : values()) {
            if (e.wire().equals(text)) {
                return e;
            }
        }
        throw new InvalidOpException("unknown entity \"" + text + "\" (expected stock, diary, profile or plan)");
    }
}
