package dev.fridgechef.analysis;

/**
 * One food eaten on the day: {@code grams} of database food {@code foodId}, from the entry labelled
 * {@code dish} ("Buckwheat porridge", "apple"), which names it among the day's top contributors.
 */
public record Eaten(String foodId, double grams, String dish) {
    public Eaten {
        if (!(grams >= 0) || Double.isInfinite(grams)) throw new IllegalArgumentException("grams must be 0 or more: " + grams);
        dish = dish == null ? "" : dish;
    }
}
