package dev.fridgechef.supplements;

import dev.fridgechef.food.Nutrient;
import dev.fridgechef.profile.ActivityLevel;
import dev.fridgechef.profile.Condition;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.profile.Goal;
import dev.fridgechef.profile.LifeStage;
import dev.fridgechef.profile.Medication;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One supplement of the rule base (fridgechef/supplements/rules.json). {@code nutrient} links the
 * rule to a nutrient gap; {@code foodFirst} names the foods that supply it ({@code foodFirstByDiet}
 * for a diet that excludes some of them); {@code upperLimit} is null where no authority set one.
 */
public record SupplementRule(String id, LocalText name, Nutrient nutrient, Indication indication, Dose dose, Limit upperLimit,
                             LocalText timing, Evidence evidence, Source source, LocalText foodFirst, Map<Diet, LocalText> foodFirstByDiet,
                             List<Check> contraindications, List<Check> interactions) {
    public SupplementRule {
        foodFirstByDiet = foodFirstByDiet == null ? Map.of() : Map.copyOf(foodFirstByDiet);
        contraindications = contraindications == null ? List.of() : List.copyOf(contraindications);
        interactions = interactions == null ? List.of() : List.copyOf(interactions);
    }

    /** The foods that supply it for this diet, or null when the rule names none. */
    public LocalText foodsFor(Diet diet) {
        return foodFirstByDiet.getOrDefault(diet, foodFirst);
    }

    /** Who the supplement is for; any one match is enough. A gap in the rule's nutrient that food cannot close also is. */
    public record Indication(boolean always, Set<Diet> diets, Set<ActivityLevel> activities, Set<Goal> goals,
                             Set<Condition> conditions, Set<Medication> medications, Set<LifeStage> lifeStages) {
        public Indication {
            diets = diets == null ? Set.of() : Set.copyOf(diets);
            activities = activities == null ? Set.of() : Set.copyOf(activities);
            goals = goals == null ? Set.of() : Set.copyOf(goals);
            conditions = conditions == null ? Set.of() : Set.copyOf(conditions);
            medications = medications == null ? Set.of() : Set.copyOf(medications);
            lifeStages = lifeStages == null ? Set.of() : Set.copyOf(lifeStages);
        }
    }

    /**
     * The daily dose: {@code perKgByGoal} or {@code perKg} times body weight, else {@code amount}; with
     * {@code fromGap} a known gap sets it instead. The result is capped at the upper limit.
     */
    public record Dose(String unit, Double amount, Double perKg, Map<Goal, Double> perKgByGoal, boolean fromGap, LocalText range) {
        public Dose {
            perKgByGoal = perKgByGoal == null ? Map.of() : Map.copyOf(perKgByGoal);
        }
    }

    /** The tolerable upper intake; the lowest applicable override wins. */
    public record Limit(double amount, LocalText basis, List<LimitOverride> overrides) {
        public Limit {
            overrides = overrides == null ? List.of() : List.copyOf(overrides);
        }
    }

    public record LimitOverride(Trigger when, double amount) {
    }

    /** A condition, a medicine class or a life stage; exactly one is set. */
    public record Trigger(Condition condition, Medication medication, LifeStage lifeStage) {
    }

    public enum Severity { EXCLUDE, CAUTION }

    /** A contraindication (always EXCLUDE) or an interaction (CAUTION, or EXCLUDE when serious). */
    public record Check(Trigger when, Severity severity, LocalText text) {
        public Check {
            severity = severity == null ? Severity.EXCLUDE : severity;
        }
    }

    /** Grade A: position stands on many trials; B: some trials or reference intakes; C: expert advice. */
    public record Evidence(String grade, LocalText note) {
    }

    public record Source(String author, int year, String title) {
    }
}
