package dev.fridgechef.supplements;

import dev.fridgechef.food.Nutrient;
import dev.fridgechef.profile.HealthRecord;
import dev.fridgechef.profile.LifeStage;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.Targets;
import dev.fridgechef.supplements.Advice.Basis;
import dev.fridgechef.supplements.Advice.Reason;
import dev.fridgechef.supplements.SupplementRule.Check;
import dev.fridgechef.supplements.SupplementRule.Severity;
import dev.fridgechef.supplements.SupplementRule.Trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Applies the rule base to a person. Order of the checks: a rule that any exclusion applies to is
 * never suggested; a gap food can close is answered with food; only then is a supplement dosed.
 */
public final class SupplementAdvisor {
    private final List<SupplementRule> rules;
    private final FoodSources foods;

    public SupplementAdvisor(List<SupplementRule> rules, FoodSources foods) {
        this.rules = List.copyOf(rules);
        this.foods = foods;
    }

    /**
     * @param targets the profile's targets, or null while it is incomplete
     * @param gaps    missing daily amounts per nutrient (in the nutrient's unit); empty when unknown
     */
    public Advice advise(Profile profile, HealthRecord health, Targets targets, LifeStage stage, Map<Nutrient, Double> gaps) {
        List<Advice.FoodFirst> foodFirst = new ArrayList<>();
        List<Advice.Suggestion> suggested = new ArrayList<>();
        List<Advice.Exclusion> excluded = new ArrayList<>();
        for (SupplementRule rule : rules) {
            double gap = rule.nutrient() == null ? 0 : Math.max(0, gaps.getOrDefault(rule.nutrient(), 0.0));
            List<Reason> because = indications(rule, profile, health, stage);
            boolean foodTarget = !rule.dose().perKgByGoal().isEmpty();
            if (because.isEmpty() && gap == 0 && !foodTarget) continue;

            Advice.Exclusion exclusion = exclusion(rule, health, stage);
            if (exclusion != null) {
                excluded.add(exclusion);
                continue;
            }
            List<FoodSources.Offer> offers = gap > 0 ? foods.closing(rule.nutrient(), gap) : List.of();
            if (gap > 0) {
                foodFirst.add(new Advice.FoodFirst(rule, gap, null, null, offers, rule.foodsFor(profile.diet())));
                if (offers.isEmpty()) because.add(new Reason(Basis.GAP, rule.nutrient().key(), gap));
            } else if (foodTarget) {
                foodFirst.add(proteinTarget(rule, profile, targets));
            } else if (rule.foodsFor(profile.diet()) != null) {
                foodFirst.add(new Advice.FoodFirst(rule, null, null, null, List.of(), rule.foodsFor(profile.diet())));
            }
            if (because.isEmpty()) continue;
            Advice.Dose dose = dose(rule, profile, health, stage, offers.isEmpty() ? gap : 0);
            if (dose == null) {
                excluded.add(new Advice.Exclusion(rule, Advice.Why.WEIGHT_NOT_SET, List.of()));
                continue;
            }
            suggested.add(new Advice.Suggestion(rule, dose, limit(rule, health, stage), because, applying(rule, Severity.CAUTION, health, stage)));
        }
        return new Advice(stage, foodFirst, suggested, excluded);
    }

    /** The checks that exclude the rule for this person; under-18 ones also apply while the age is unknown. */
    static Advice.Exclusion exclusion(SupplementRule rule, HealthRecord health, LifeStage stage) {
        List<Check> applying = applying(rule, Severity.EXCLUDE, health, stage);
        if (applying.isEmpty()) return null;
        boolean onlyAge = stage == LifeStage.UNKNOWN && applying.stream().allMatch(c -> c.when().lifeStage() == LifeStage.UNDER_18);
        return new Advice.Exclusion(rule, onlyAge ? Advice.Why.AGE_NOT_SET : Advice.Why.CONTRAINDICATED, applying);
    }

    private static List<Check> applying(SupplementRule rule, Severity severity, HealthRecord health, LifeStage stage) {
        return Stream.concat(rule.contraindications().stream(), rule.interactions().stream())
                .filter(c -> c.severity() == severity && applies(c.when(), health, stage))
                .toList();
    }

    static boolean applies(Trigger t, HealthRecord health, LifeStage stage) {
        if (t.condition() != null) return health.conditions().contains(t.condition());
        if (t.medication() != null) return health.medications().contains(t.medication());
        return t.lifeStage() == stage || (t.lifeStage() == LifeStage.UNDER_18 && stage == LifeStage.UNKNOWN);
    }

    private static List<Reason> indications(SupplementRule rule, Profile p, HealthRecord health, LifeStage stage) {
        SupplementRule.Indication i = rule.indication();
        List<Reason> reasons = new ArrayList<>();
        if (i.always()) reasons.add(new Reason(Basis.ALWAYS, null, null));
        if (i.diets().contains(p.diet())) reasons.add(new Reason(Basis.DIET, p.diet().key(), null));
        if (p.activity() != null && i.activities().contains(p.activity())) reasons.add(new Reason(Basis.ACTIVITY, p.activity().key(), null));
        if (i.goals().contains(p.goal())) reasons.add(new Reason(Basis.GOAL, p.goal().key(), null));
        health.conditions().stream().filter(i.conditions()::contains).sorted()
                .forEach(c -> reasons.add(new Reason(Basis.CONDITION, c.key(), null)));
        health.medications().stream().filter(i.medications()::contains).sorted()
                .forEach(m -> reasons.add(new Reason(Basis.MEDICATION, m.key(), null)));
        if (i.lifeStages().contains(stage)) reasons.add(new Reason(Basis.LIFE_STAGE, stage.key(), null));
        return reasons;
    }

    /** The daily protein from food: the targets' when known, else the goal's g/kg times the weight. */
    private static Advice.FoodFirst proteinTarget(SupplementRule rule, Profile p, Targets t) {
        LocalText foods = rule.foodsFor(p.diet());
        if (t != null) return new Advice.FoodFirst(rule, null, t.protein(), t.proteinPerKg(), List.of(), foods);
        Double perKg = rule.dose().perKgByGoal().get(p.goal());
        if (perKg == null || p.weightKg() == null) return new Advice.FoodFirst(rule, null, null, perKg, List.of(), foods);
        return new Advice.FoodFirst(rule, null, perKg * p.weightKg(), perKg, List.of(), foods);
    }

    /** Null when the formula needs a weight the profile does not have. */
    static Advice.Dose dose(SupplementRule rule, Profile p, HealthRecord health, LifeStage stage, double unclosedGap) {
        SupplementRule.Dose d = rule.dose();
        Double perKg = d.perKgByGoal().isEmpty() ? d.perKg() : d.perKgByGoal().get(p.goal());
        double amount;
        Double gap = null;
        Double weight = null;
        if (d.fromGap() && unclosedGap > 0) {
            amount = unclosedGap;
            gap = unclosedGap;
            perKg = null;
        } else if (perKg != null && p.weightKg() != null) {
            weight = p.weightKg();
            amount = perKg * weight;
        } else if (d.amount() != null) {
            amount = d.amount();
            perKg = null;
        } else {
            return null;
        }
        Double limit = limit(rule, health, stage);
        boolean capped = limit != null && amount > limit;
        return new Advice.Dose(capped ? limit : amount, d.unit(), perKg, weight, gap, capped);
    }

    /** The lowest upper limit that applies to the person, or null when none is set. */
    static Double limit(SupplementRule rule, HealthRecord health, LifeStage stage) {
        if (rule.upperLimit() == null) return null;
        double limit = rule.upperLimit().amount();
        for (SupplementRule.LimitOverride o : rule.upperLimit().overrides()) {
            if (applies(o.when(), health, stage)) limit = Math.min(limit, o.amount());
        }
        return limit;
    }
}
