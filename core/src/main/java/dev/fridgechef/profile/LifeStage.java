package dev.fridgechef.profile;

import java.util.Locale;

/** Age band from the profile's birth year; UNKNOWN until the age is set. */
public enum LifeStage {
    UNDER_18, ADULT, OVER_50, UNKNOWN;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static LifeStage of(Integer birthYear, int currentYear) {
        if (birthYear == null) return UNKNOWN;
        int age = currentYear - birthYear;
        if (age < 18) return UNDER_18;
        return age > 50 ? OVER_50 : ADULT;
    }
}
