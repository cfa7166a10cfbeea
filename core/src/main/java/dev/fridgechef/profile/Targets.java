package dev.fridgechef.profile;

/**
 * Daily targets and the inputs they were computed from, so that front ends can show the working.
 * Energy in kcal, macronutrients and fibre in grams.
 */
public record Targets(int age, double bmr, double activityFactor, double maintenance, double goalRateKgPerWeek,
                      double goalAdjustment, boolean floorApplied, double energy, double proteinPerKg, double protein,
                      double fatShare, double fat, double carbohydrate, double fiber) {

    /** The daily target of a main nutrient: energy (kcal), protein, fat, carbohydrate or fibre (g). */
    public double of(dev.fridgechef.food.Nutrient n) {
        return switch (n) {
            case ENERGY -> energy;
            case PROTEIN -> protein;
            case FAT -> fat;
            case CARBOHYDRATE -> carbohydrate;
            case FIBER -> fiber;
            default -> throw new IllegalArgumentException("no daily target for " + n.name());
        };
    }
}
