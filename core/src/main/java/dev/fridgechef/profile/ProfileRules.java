package dev.fridgechef.profile;

import dev.fridgechef.i18n.Messages;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.unit.QuantityParser;

/**
 * What a profile may hold and how a change is applied to it: age 14 to 100, height 100 to 250 cm,
 * weight 30 to 300 kg, a goal rate of 0.1 to 1 kg a week, a household of 1 to 12 people. Null
 * fields of a change leave the old value; a new goal without a rate resets the rate to the default.
 */
public final class ProfileRules {
    public static final int MIN_PEOPLE = 1;
    public static final int MAX_PEOPLE = 12;

    private ProfileRules() {
    }

    /** The birth year the change sets (from its age or birth year; null: none), after checking every range. */
    public static Integer check(ProfileUpdate u, int currentYear) {
        Integer birthYear = u.age() != null ? Integer.valueOf(currentYear - u.age()) : u.birthYear();
        if (birthYear != null) checkRange("age", currentYear - birthYear, 14, 100);
        if (u.heightCm() != null) checkRange("height", u.heightCm(), 100, 250);
        if (u.weightKg() != null) checkRange("weight", u.weightKg(), 30, 300);
        if (u.goalRateKgPerWeek() != null) checkRange("rate", u.goalRateKgPerWeek(), 0.1, 1.0);
        return birthYear;
    }

    /** {@code old} with the change applied, checked first. */
    public static Profile apply(Profile old, ProfileUpdate u, int currentYear) {
        Integer birthYear = check(u, currentYear);
        return new Profile(
                or(u.sex(), old.sex()), or(birthYear, old.birthYear()), or(u.heightCm(), old.heightCm()),
                or(u.weightKg(), old.weightKg()), or(u.activity(), old.activity()), or(u.goal(), old.goal()),
                u.goal() != null && u.goalRateKgPerWeek() == null ? null : or(u.goalRateKgPerWeek(), old.goalRateKgPerWeek()),
                or(u.diet(), old.diet()), or(u.flags(), old.flags()), or(u.allergies(), old.allergies()),
                or(u.dislikes(), old.dislikes()));
    }

    public static void checkPeople(int people) {
        if (people < MIN_PEOPLE || people > MAX_PEOPLE) throw new UserException("error.plan.people", people);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static void checkRange(String field, double value, double min, double max) {
        if (value < min || value > max) {
            throw new UserException("error.profile.range", new Messages.Key("field." + field), QuantityParser.format(value),
                    QuantityParser.format(min), QuantityParser.format(max));
        }
    }
}
