package dev.fridgechef.profile;

import dev.fridgechef.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TargetExplanationTest {
    private static Profile profile(Sex sex, int age, double height, double weight, ActivityLevel a, Goal goal, Double rate) {
        return new Profile(sex, 2026 - age, height, weight, a, goal, rate, Diet.OMNIVORE, Set.of(), Set.of(), List.of());
    }

    @Test
    void showsTheFormulaWithThePersonsNumbers() {
        Profile p = profile(Sex.MALE, 35, 180, 80, ActivityLevel.MODERATE, Goal.MAINTAIN, null);
        TargetExplanation w = TargetExplanation.of(p, TargetCalculator.compute(p, 2026), Messages.english());
        assertThat(w.energySteps()).containsExactly(
                "Resting energy (Mifflin–St Jeor): 10 × 80 kg + 6.25 × 180 cm − 5 × 35 y + 5 = 1755 kcal",
                "Maintenance: 1755 × 1.55 (moderate) = 2720 kcal");
        assertThat(w.proteinBasis()).isEqualTo("1.4 g/kg × 80 kg");
        assertThat(w.fatBasis()).isEqualTo("30 % of energy");
        assertThat(w.fiberBasis()).isEqualTo("14 g per 1000 kcal");
    }

    @Test
    void goalAndFloorStepsAppearOnlyWhenTheyApply() {
        Profile p = profile(Sex.FEMALE, 70, 150, 40, ActivityLevel.SEDENTARY, Goal.LOSE, 1.0);
        TargetExplanation w = TargetExplanation.of(p, TargetCalculator.compute(p, 2026), Messages.forLocale(Messages.RUSSIAN));
        assertThat(w.energySteps()).hasSize(4);
        assertThat(w.energySteps().get(0)).contains("− 161").contains("70 лет");
        assertThat(w.energySteps().get(2)).startsWith("Цель «похудеть»").contains("−");
        assertThat(w.energySteps().get(3)).contains("1200 ккал");
    }
}
