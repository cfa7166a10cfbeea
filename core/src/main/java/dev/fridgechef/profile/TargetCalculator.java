package dev.fridgechef.profile;

import dev.fridgechef.i18n.Messages;
import dev.fridgechef.i18n.UserException;

/**
 * Daily targets from a profile. The rules, in order:
 * <ol>
 *   <li>Resting energy by Mifflin–St Jeor (1990): 10 × kg + 6.25 × cm − 5 × age + 5 (men) or − 161 (women).</li>
 *   <li>Maintenance = resting energy × activity factor (1.2 sedentary … 1.9 very active).</li>
 *   <li>Goal: 1 kg of body fat ≈ 7,700 kcal, so the daily change is rate × 7,700 / 7; the default
 *       rate is 0.5 kg/week to lose and 0.25 kg/week to gain; the change is capped at 25 % of
 *       maintenance to lose and 20 % to gain.</li>
 *   <li>Energy never goes below 1,500 kcal for men and 1,200 kcal for women (a common clinical floor
 *       for unsupervised diets).</li>
 *   <li>Protein per kg of body weight: 1.8 g to lose (keeps lean mass in a deficit), 1.4 g to
 *       maintain, 1.7 g to gain (ISSN position stand range 1.4–2.0 g/kg), at most 35 % of energy.</li>
 *   <li>Fat: 30 % of energy (within the 20–35 % acceptable range), at least 0.6 g/kg.</li>
 *   <li>Carbohydrate: the energy left, at 4 kcal/g protein and carbohydrate and 9 kcal/g fat.</li>
 *   <li>Fibre: 14 g per 1,000 kcal (Dietary Guidelines for Americans).</li>
 * </ol>
 */
public final class TargetCalculator {
    public static final double KCAL_PER_KG_FAT = 7700;
    public static final double DEFAULT_LOSS_RATE = 0.5;
    public static final double DEFAULT_GAIN_RATE = 0.25;
    private static final double MAX_DEFICIT_SHARE = 0.25;
    private static final double MAX_SURPLUS_SHARE = 0.20;
    private static final double FAT_SHARE = 0.30;

    private TargetCalculator() {
    }

    public static Targets compute(Profile p, int currentYear) {
        if (!p.missingForTargets().isEmpty()) {
            throw new UserException("error.profile.incomplete", Messages.Keys.of("field.", p.missingForTargets()));
        }
        int age = currentYear - p.birthYear();
        double weight = p.weightKg();
        double bmr = 10 * weight + 6.25 * p.heightCm() - 5 * age + (p.sex() == Sex.MALE ? 5 : -161);
        double maintenance = bmr * p.activity().factor();
        double rate = switch (p.goal()) {
            case LOSE -> p.goalRateKgPerWeek() != null ? p.goalRateKgPerWeek() : DEFAULT_LOSS_RATE;
            case GAIN -> p.goalRateKgPerWeek() != null ? p.goalRateKgPerWeek() : DEFAULT_GAIN_RATE;
            case MAINTAIN -> 0;
        };
        double change = rate * KCAL_PER_KG_FAT / 7;
        double adjustment = switch (p.goal()) {
            case LOSE -> -Math.min(change, maintenance * MAX_DEFICIT_SHARE);
            case GAIN -> Math.min(change, maintenance * MAX_SURPLUS_SHARE);
            case MAINTAIN -> 0;
        };
        double floor = p.sex() == Sex.MALE ? 1500 : 1200;
        double energy = maintenance + adjustment;
        boolean floorApplied = energy < floor;
        if (floorApplied) energy = floor;
        double proteinPerKg = switch (p.goal()) {
            case LOSE -> 1.8;
            case MAINTAIN -> 1.4;
            case GAIN -> 1.7;
        };
        double protein = Math.min(proteinPerKg * weight, 0.35 * energy / 4);
        double fat = Math.max(FAT_SHARE * energy / 9, 0.6 * weight);
        double carbohydrate = Math.max(0, (energy - 4 * protein - 9 * fat) / 4);
        double fiber = 14 * energy / 1000;
        return new Targets(age, bmr, p.activity().factor(), maintenance, rate, adjustment, floorApplied, energy,
                proteinPerKg, protein, FAT_SHARE, fat, carbohydrate, fiber);
    }
}
