package dev.fridgechef.profile;

import java.util.List;
import java.util.Set;

/** Changes to a profile; null fields are left as they are. {@code age} sets the birth year. */
public record ProfileUpdate(Sex sex, Integer birthYear, Integer age, Double heightCm, Double weightKg,
                            ActivityLevel activity, Goal goal, Double goalRateKgPerWeek, Diet diet,
                            Set<DietFlag> flags, Set<Allergen> allergies, List<String> dislikes) {
}
