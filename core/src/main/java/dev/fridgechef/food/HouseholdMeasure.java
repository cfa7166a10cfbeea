package dev.fridgechef.food;

/**
 * One household measure: {@code amount} × {@code description} weighs {@code grams}. SR21's own
 * measures have no {@code source}; authored weights (piece-weights.tsv, extra-foods.tsv) name theirs.
 */
public record HouseholdMeasure(double amount, String description, double grams, String source) {

    /** An SR21 measure. */
    public HouseholdMeasure(double amount, String description, double grams) {
        this(amount, description, grams, null);
    }

    /** Weight of one unit of this measure (SR21 also lists e.g. "0.5 cup"). */
    public double gramsPerUnit() {
        return grams / amount;
    }

    /** Whether this weight was authored for Fridge Chef rather than taken from SR21. */
    public boolean authored() {
        return source != null;
    }
}
