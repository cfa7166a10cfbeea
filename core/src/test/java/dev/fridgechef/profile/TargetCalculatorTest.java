package dev.fridgechef.profile;

import dev.fridgechef.i18n.UserException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TargetCalculatorTest {
    private static Profile profile(Sex sex, int age, double height, double weight, ActivityLevel a, Goal goal, Double rate) {
        return new Profile(sex, 2026 - age, height, weight, a, goal, rate, Diet.OMNIVORE, Set.of(), Set.of(), List.of());
    }

    @Test
    void mifflinStJeorForAMan() {
        Targets t = TargetCalculator.compute(profile(Sex.MALE, 35, 180, 80, ActivityLevel.MODERATE, Goal.MAINTAIN, null), 2026);
        assertThat(t.bmr()).isCloseTo(10 * 80 + 6.25 * 180 - 5 * 35 + 5, within(1e-9)); // 1755
        assertThat(t.maintenance()).isCloseTo(1755 * 1.55, within(1e-9));
        assertThat(t.energy()).isCloseTo(2720.25, within(1e-9));
        assertThat(t.protein()).isCloseTo(1.4 * 80, within(1e-9));
        assertThat(t.fat()).isCloseTo(0.30 * 2720.25 / 9, within(1e-9));
        assertThat(4 * t.protein() + 9 * t.fat() + 4 * t.carbohydrate()).isCloseTo(t.energy(), within(1e-6));
        assertThat(t.fiber()).isCloseTo(14 * 2.72025, within(1e-9));
    }

    @Test
    void losingWeightSubtractsTheRateAndRaisesProtein() {
        Targets t = TargetCalculator.compute(profile(Sex.FEMALE, 34, 168, 64, ActivityLevel.MODERATE, Goal.LOSE, 0.4), 2026);
        assertThat(t.bmr()).isCloseTo(1359, within(1e-9));
        assertThat(t.goalAdjustment()).isCloseTo(-0.4 * 7700 / 7, within(1e-9));
        assertThat(t.energy()).isCloseTo(1359 * 1.55 - 440, within(1e-9));
        assertThat(t.protein()).isCloseTo(1.8 * 64, within(1e-9));
    }

    @Test
    void deficitIsCappedAndEnergyNeverBelowTheFloor() {
        Targets capped = TargetCalculator.compute(profile(Sex.MALE, 30, 175, 70, ActivityLevel.SEDENTARY, Goal.LOSE, 1.0), 2026);
        assertThat(capped.goalAdjustment()).isCloseTo(-0.25 * capped.maintenance(), within(1e-9));
        Targets floored = TargetCalculator.compute(profile(Sex.FEMALE, 70, 150, 45, ActivityLevel.SEDENTARY, Goal.LOSE, 1.0), 2026);
        assertThat(floored.energy()).isEqualTo(1200);
        assertThat(floored.floorApplied()).isTrue();
    }

    @Test
    void gainingUsesTheDefaultRate() {
        Targets t = TargetCalculator.compute(profile(Sex.MALE, 25, 185, 75, ActivityLevel.ACTIVE, Goal.GAIN, null), 2026);
        assertThat(t.goalAdjustment()).isCloseTo(0.25 * 7700 / 7, within(1e-9));
        assertThat(t.protein()).isCloseTo(1.7 * 75, within(1e-9));
    }

    @Test
    void incompleteProfileSaysWhatIsMissing() {
        assertThatThrownBy(() -> TargetCalculator.compute(Profile.EMPTY, 2026))
                .isInstanceOf(UserException.class).hasMessageContaining("sex, age, height, weight, activity");
    }
}
