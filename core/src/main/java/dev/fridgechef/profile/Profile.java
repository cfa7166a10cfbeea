package dev.fridgechef.profile;

import java.util.List;
import java.util.Set;

/**
 * Who the plans are for. Body fields may be missing while the person fills the profile in;
 * {@link #missingForTargets()} says what targets still need. {@code goalRateKgPerWeek} applies to
 * lose and gain only (null: the default rate).
 */
public record Profile(Sex sex, Integer birthYear, Double heightCm, Double weightKg, ActivityLevel activity,
                      Goal goal, Double goalRateKgPerWeek, Diet diet, Set<DietFlag> flags, Set<Allergen> allergies,
                      List<String> dislikes) {

    public static final Profile EMPTY = new Profile(null, null, null, null, null, Goal.MAINTAIN, null, Diet.OMNIVORE,
            Set.of(), Set.of(), List.of());

    public Profile {
        flags = OrderedSets.of(flags, DietFlag.class);
        allergies = OrderedSets.of(allergies, Allergen.class);
        dislikes = dislikes == null ? List.of() : List.copyOf(dislikes);
        goal = goal == null ? Goal.MAINTAIN : goal;
        diet = diet == null ? Diet.OMNIVORE : diet;
    }

    /** Names of the fields targets need that are not set yet ("sex", "age", ...). */
    public List<String> missingForTargets() {
        List<String> missing = new java.util.ArrayList<>();
        if (sex == null) missing.add("sex");
        if (birthYear == null) missing.add("age");
        if (heightCm == null) missing.add("height");
        if (weightKg == null) missing.add("weight");
        if (activity == null) missing.add("activity");
        return missing;
    }
}
