package dev.fridgechef.supplements;

import dev.fridgechef.Json;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.profile.ActivityLevel;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.profile.Goal;
import dev.fridgechef.profile.HealthRecord;
import dev.fridgechef.profile.LifeStage;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.Sex;
import dev.fridgechef.supplements.SupplementRule.Check;
import dev.fridgechef.supplements.SupplementRule.Severity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** The authored rules and people for the supplement tests. */
final class SupplementFixtures {
    static final int YEAR = 2026;
    static final List<SupplementRule> RULES = SupplementRules.load(Json.mapper());

    private SupplementFixtures() {
    }

    static Profile person(Integer birthYear, Double weightKg, ActivityLevel activity, Goal goal, Diet diet) {
        return new Profile(Sex.FEMALE, birthYear, 168.0, weightKg, activity, goal, null, diet, Set.of(), Set.of(), List.of());
    }

    /** A vegan, very active adult with a large unclosed gap in every nutrient a rule supplies: every rule is relevant. */
    static Profile everyRuleRelevant(Integer birthYear) {
        return person(birthYear, 70.0, ActivityLevel.VERY_ACTIVE, Goal.LOSE, Diet.VEGAN);
    }

    static Map<Nutrient, Double> gapsOfEveryRule() {
        Map<Nutrient, Double> gaps = new EnumMap<>(Nutrient.class);
        RULES.stream().filter(r -> r.nutrient() != null).forEach(r -> gaps.put(r.nutrient(), 5.0));
        return gaps;
    }

    static SupplementRule rule(String id) {
        return RULES.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    static Advice advise(Profile p, HealthRecord h, Map<Nutrient, Double> gaps, FoodSources foods) {
        return new SupplementAdvisor(RULES, foods).advise(p, h, null, LifeStage.of(p.birthYear(), YEAR), gaps);
    }

    /** Written apart from the advisor: whether an excluding check of the rule fits this person. */
    static boolean contraindicated(SupplementRule rule, Profile p, HealthRecord h) {
        Integer age = p.birthYear() == null ? null : YEAR - p.birthYear();
        return Stream.concat(rule.contraindications().stream(), rule.interactions().stream())
                .filter(c -> c.severity() == Severity.EXCLUDE)
                .anyMatch(c -> fits(c, age, h));
    }

    private static boolean fits(Check c, Integer age, HealthRecord h) {
        var t = c.when();
        if (t.condition() != null) return h.conditions().contains(t.condition());
        if (t.medication() != null) return h.medications().contains(t.medication());
        return switch (t.lifeStage()) {
            case UNDER_18 -> age == null || age < 18;
            case ADULT -> age != null && age >= 18 && age <= 50;
            case OVER_50 -> age != null && age > 50;
            case UNKNOWN -> age == null;
        };
    }

    static List<String> suggestedIds(Advice a) {
        return a.suggested().stream().map(s -> s.rule().id()).toList();
    }

    static List<String> excludedIds(Advice a) {
        return a.excluded().stream().map(e -> e.rule().id()).toList();
    }
}
