package dev.fridgechef.diary;

/**
 * One food of an entry with its grams as served (before the share eaten). {@code grams} is null when
 * the weight cannot be known ({@code amount} "1 pcs" of a food with no piece weight); {@code amount}
 * is what was written, when it was not grams.
 */
public record FoodPortion(String foodId, Double grams, String amount) {

    public static FoodPortion grams(String foodId, double grams) {
        return new FoodPortion(foodId, grams, null);
    }

    public boolean weighed() {
        return grams != null;
    }

    public FoodPortion scaled(double factor) {
        return grams == null ? this : new FoodPortion(foodId, grams * factor, amount);
    }
}
