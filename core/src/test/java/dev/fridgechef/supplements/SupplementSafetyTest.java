package dev.fridgechef.supplements;

import dev.fridgechef.profile.Condition;
import dev.fridgechef.profile.HealthRecord;
import dev.fridgechef.profile.LifeStage;
import dev.fridgechef.profile.Medication;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.supplements.SupplementRule.Check;
import dev.fridgechef.supplements.SupplementRule.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static dev.fridgechef.supplements.SupplementFixtures.RULES;
import static dev.fridgechef.supplements.SupplementFixtures.YEAR;
import static dev.fridgechef.supplements.SupplementFixtures.advise;
import static dev.fridgechef.supplements.SupplementFixtures.everyRuleRelevant;
import static dev.fridgechef.supplements.SupplementFixtures.gapsOfEveryRule;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule against every condition, every medicine class and every life stage, for a person to
 * whom every rule is relevant: an excluding check always keeps the supplement out and names its
 * reason, and without one the supplement is suggested (so the check is not passed by suggesting nothing).
 */
class SupplementSafetyTest {
    private static final Integer ADULT_BIRTH_YEAR = YEAR - 35;

    @Test
    void everyRuleTimesEveryCondition() {
        int pairs = 0;
        for (Condition c : Condition.values()) {
            Advice advice = advise(everyRuleRelevant(ADULT_BIRTH_YEAR), new HealthRecord(Set.of(c), Set.of()), gapsOfEveryRule(), FoodSources.NONE);
            for (SupplementRule rule : RULES) {
                checkPair(rule, advice, excluding(rule).filter(k -> k.when().condition() == c).toList(), "condition " + c);
                pairs++;
            }
        }
        assertThat(pairs).isEqualTo(RULES.size() * Condition.values().length);
    }

    @Test
    void everyRuleTimesEveryMedication() {
        for (Medication m : Medication.values()) {
            Advice advice = advise(everyRuleRelevant(ADULT_BIRTH_YEAR), new HealthRecord(Set.of(), Set.of(m)), gapsOfEveryRule(), FoodSources.NONE);
            for (SupplementRule rule : RULES) {
                checkPair(rule, advice, excluding(rule).filter(k -> k.when().medication() == m).toList(), "medication " + m);
            }
        }
    }

    @Test
    void everyRuleTimesEveryLifeStage() {
        for (LifeStage stage : LifeStage.values()) {
            Integer birthYear = switch (stage) {
                case UNDER_18 -> YEAR - 16;
                case ADULT -> YEAR - 30;
                case OVER_50 -> YEAR - 60;
                case UNKNOWN -> null;
            };
            Profile p = everyRuleRelevant(birthYear);
            Advice advice = advise(p, HealthRecord.EMPTY, gapsOfEveryRule(), FoodSources.NONE);
            assertThat(advice.lifeStage()).isEqualTo(stage);
            for (SupplementRule rule : RULES) {
                List<Check> expected = excluding(rule)
                        .filter(k -> k.when().lifeStage() == stage || (stage == LifeStage.UNKNOWN && k.when().lifeStage() == LifeStage.UNDER_18))
                        .toList();
                checkPair(rule, advice, expected, "life stage " + stage);
            }
        }
    }

    @Test
    void everyConditionAndMedicationAtOnceLeavesOnlyRulesWithoutExclusions() {
        HealthRecord all = new HealthRecord(Set.of(Condition.values()), Set.of(Medication.values()));
        Advice advice = advise(everyRuleRelevant(ADULT_BIRTH_YEAR), all, gapsOfEveryRule(), FoodSources.NONE);
        List<String> free = new ArrayList<>();
        for (SupplementRule rule : RULES) {
            if (excluding(rule).noneMatch(k -> k.when().lifeStage() == null)) free.add(rule.id());
        }
        assertThat(SupplementFixtures.suggestedIds(advice)).containsExactlyInAnyOrderElementsOf(free);
    }

    private static Stream<Check> excluding(SupplementRule rule) {
        return Stream.concat(rule.contraindications().stream(), rule.interactions().stream()).filter(k -> k.severity() == Severity.EXCLUDE);
    }

    private static void checkPair(SupplementRule rule, Advice advice, List<Check> expected, String what) {
        List<String> suggested = SupplementFixtures.suggestedIds(advice);
        if (expected.isEmpty()) {
            assertThat(suggested).as("%s with %s is suggested", rule.id(), what).contains(rule.id());
            return;
        }
        assertThat(suggested).as("%s with %s is never suggested", rule.id(), what).doesNotContain(rule.id());
        Advice.Exclusion exclusion = advice.excluded().stream().filter(e -> e.rule().id().equals(rule.id())).findFirst().orElseThrow(
                () -> new AssertionError(rule.id() + " with " + what + " is not shown as excluded"));
        assertThat(exclusion.reasons()).as("the reason for %s with %s", rule.id(), what).containsAll(expected);
        assertThat(advice.foodFirst()).as("no food first for excluded %s", rule.id()).noneMatch(f -> f.rule().id().equals(rule.id()));
    }
}
