package dev.fridgechef.profile;

import java.util.Set;

/**
 * Conditions and medicines the person chose to record, kept beside the {@link Profile} (not in it,
 * so plans and their profile hash do not change with them).
 */
public record HealthRecord(Set<Condition> conditions, Set<Medication> medications) {
    public static final HealthRecord EMPTY = new HealthRecord(Set.of(), Set.of());

    public HealthRecord {
        conditions = OrderedSets.of(conditions, Condition.class);
        medications = OrderedSets.of(medications, Medication.class);
    }

    public boolean isEmpty() {
        return conditions.isEmpty() && medications.isEmpty();
    }
}
