package dev.fridgechef.profile;

/**
 * Daily targets and the inputs they were computed from, so that front ends can show the working.
 * Energy in kcal, macronutrients and fibre in grams.
 */
public record Targets(int age, double bmr, double activityFactor, double maintenance, double goalRateKgPerWeek,
                      double goalAdjustment, boolean floorApplied, double energy, double proteinPerKg, double protein,
                      double fatShare, double fat, double carbohydrate, double fiber) {
}
