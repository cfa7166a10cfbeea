package dev.fridgechef.profile;

import dev.fridgechef.i18n.Messages;
import dev.fridgechef.unit.QuantityParser;

import java.util.ArrayList;
import java.util.List;

/**
 * The working behind {@link Targets} in the person's words: the energy steps (resting energy with
 * their numbers, × activity, ± goal, the floor) and what each macronutrient is based on. Both front
 * ends show this text, so the explanation lives in one place.
 */
public record TargetExplanation(List<String> energySteps, String proteinBasis, String fatBasis, String carbohydrateBasis,
                                String fiberBasis) {
    public TargetExplanation {
        energySteps = List.copyOf(energySteps);
    }

    public static TargetExplanation of(Profile p, Targets t, Messages m) {
        List<String> steps = new ArrayList<>();
        String sexTerm = p.sex() == Sex.MALE ? "+ 5" : "− 161";
        steps.add(m.format("targets.bmr", QuantityParser.format(p.weightKg()), QuantityParser.format(p.heightCm()), t.age(), sexTerm,
                whole(t.bmr())));
        steps.add(m.format("targets.maintenance", whole(t.bmr()), t.activityFactor(), m.get("activity." + p.activity().key()),
                whole(t.maintenance())));
        if (p.goal() != Goal.MAINTAIN) {
            steps.add(m.format("targets.goal", m.get("goal." + p.goal().key()), t.goalRateKgPerWeek(),
                    (t.goalAdjustment() < 0 ? "−" : "+") + whole(Math.abs(t.goalAdjustment()))));
        }
        if (t.floorApplied()) steps.add(m.format("targets.floor", whole(t.energy())));
        return new TargetExplanation(steps,
                m.format("targets.protein.basis", t.proteinPerKg(), QuantityParser.format(p.weightKg())),
                m.format("targets.fat.basis", Math.round(t.fatShare() * 100)),
                m.get("targets.carbohydrate.basis"),
                m.get("targets.fiber.basis"));
    }

    /** A whole number of kcal or grams, as the targets are shown. */
    public static String whole(double value) {
        return Long.toString(Math.round(value));
    }
}
