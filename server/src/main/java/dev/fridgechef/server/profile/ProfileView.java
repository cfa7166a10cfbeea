package dev.fridgechef.server.profile;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.profile.Allergen;
import dev.fridgechef.profile.Condition;
import dev.fridgechef.profile.DietFlag;
import dev.fridgechef.profile.Medication;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.TargetCalculator;
import dev.fridgechef.profile.Targets;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A profile as the API shows it, with the daily targets core computes for it (null until the body
 * fields targets need are all set: see {@code missingForTargets}). Sets are sorted, so the same
 * profile is the same bytes (and ETag) on every instance.
 */
public record ProfileView(String sex, Integer birthYear, Integer age, Double heightCm, Double weightKg, String activity, String goal,
                          Double goalRateKgPerWeek, String diet, List<String> flags, List<String> allergies, List<String> dislikes,
                          int householdSize, String timeZone, List<String> conditions, List<String> medications, Targets targets,
                          List<String> missingForTargets, long version) {

    /** The daily targets core computes for the profile; empty until the fields they need are set. */
    public static java.util.Optional<Targets> targetsOf(Profile p, int currentYear) {
        if (!p.missingForTargets().isEmpty()) return java.util.Optional.empty();
        try {
            return java.util.Optional.of(TargetCalculator.compute(p, currentYear));
        } catch (UserException incomplete) {
            return java.util.Optional.empty();
        }
    }

    public static ProfileView of(StoredProfile stored, int currentYear) {
        Profile p = stored.profile();
        Targets targets = targetsOf(p, currentYear).orElse(null);
        return new ProfileView(p.sex() == null ? null : p.sex().name().toLowerCase(Locale.ROOT), p.birthYear(),
                p.birthYear() == null ? null : currentYear - p.birthYear(), p.heightCm(), p.weightKg(),
                p.activity() == null ? null : p.activity().key(), p.goal().key(), p.goalRateKgPerWeek(), p.diet().key(),
                keys(p.flags(), DietFlag::key), keys(p.allergies(), Allergen::key), p.dislikes(), stored.people(),
                stored.timeZone().getId(), keys(stored.health().conditions(), Condition::key), keys(stored.health().medications(), Medication::key), targets,
                p.missingForTargets(), stored.version());
    }

    private static <T> List<String> keys(Collection<T> values, Function<T, String> key) {
        return values.stream().map(key).sorted().toList();
    }
}
