package dev.fridgechef.food;

/** One SR21 household measure: {@code amount} × {@code description} weighs {@code grams}. */
public record HouseholdMeasure(double amount, String description, double grams) {
    /** Weight of one unit of this measure (SR21 also lists e.g. "0.5 cup"). */
    public double gramsPerUnit() {
        return grams / amount;
    }
}
