package dev.fridgechef.food;

/** A search hit: the food, its rank score, and the alias that matched (null for a description match). */
public record FoodMatch(Food food, double score, String alias) {
    /** Scores at or above this come from a curated alias. */
    public static final double ALIAS_SCORE = 60;

    public boolean viaAlias() {
        return alias != null;
    }
}
