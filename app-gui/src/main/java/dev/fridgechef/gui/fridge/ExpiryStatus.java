package dev.fridgechef.gui.fridge;

/** How urgent an item is, by days to its expiry date; each has the style class that colours its row. */
public enum ExpiryStatus {
    EXPIRED("expired"),
    SOON("expires-soon"),
    THIS_WEEK("expires-week"),
    FINE(null),
    NO_DATE(null);

    /** Items expiring within this many days count as "expiring soon" (the filter and the orange rows). */
    public static final int SOON_DAYS = 2;
    static final int WEEK_DAYS = 7;

    private final String styleClass;

    ExpiryStatus(String styleClass) {
        this.styleClass = styleClass;
    }

    public static ExpiryStatus of(Long daysToExpiry) {
        if (daysToExpiry == null) return NO_DATE;
        if (daysToExpiry < 0) return EXPIRED;
        if (daysToExpiry <= SOON_DAYS) return SOON;
        if (daysToExpiry <= WEEK_DAYS) return THIS_WEEK;
        return FINE;
    }

    /** The row's style class, or null for rows that stay uncoloured. */
    public String styleClass() {
        return styleClass;
    }

    public boolean urgent() {
        return this == EXPIRED || this == SOON;
    }
}
