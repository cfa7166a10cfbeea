package dev.fridgechef.supplements;

import dev.fridgechef.i18n.Messages;
import dev.fridgechef.profile.ActivityLevel;
import dev.fridgechef.profile.Condition;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.profile.Goal;
import dev.fridgechef.profile.HealthRecord;
import dev.fridgechef.profile.Medication;
import dev.fridgechef.profile.Profile;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static dev.fridgechef.supplements.SupplementFixtures.YEAR;
import static dev.fridgechef.supplements.SupplementFixtures.advise;
import static dev.fridgechef.supplements.SupplementFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

class SupplementTextTest {
    private static final Profile ATHLETE = person(YEAR - 30, 70.0, ActivityLevel.ACTIVE, Goal.MAINTAIN, Diet.VEGETARIAN);
    private static final SupplementText EN = new SupplementText(Messages.english());
    private static final SupplementText RU = new SupplementText(Messages.forLocale(Messages.RUSSIAN));

    @Test
    void thePerKgDoseShowsItsWorkingInBothLanguages() {
        Advice.Suggestion caffeine = suggestion(advise(ATHLETE, HealthRecord.EMPTY, Map.of(), FoodSources.NONE), "caffeine");
        assertThat(EN.dose(caffeine.dose())).isEqualTo("3 mg/kg × 70 kg = 210 mg a day");
        assertThat(RU.dose(caffeine.dose())).isEqualTo("3 мг/кг × 70 кг = 210 мг в день");
        assertThat(EN.limit(caffeine)).isEqualTo("400 mg a day, all caffeine of the day, coffee and tea included");
        assertThat(EN.because(caffeine)).containsExactly("your activity: active");
        assertThat(RU.because(caffeine)).containsExactly("ваша активность: " + Messages.forLocale(Messages.RUSSIAN).get("activity.active"));
        assertThat(EN.source(caffeine.rule())).startsWith("Guest NS").contains("(2021)");
    }

    @Test
    void exclusionsAndCautionsNameTheirTrigger() {
        HealthRecord h = new HealthRecord(Set.of(Condition.KIDNEY_DISEASE), Set.of(Medication.ANTICOAGULANT));
        Advice a = advise(ATHLETE, h, Map.of(), FoodSources.NONE);
        Advice.Exclusion creatine = a.excluded().stream().filter(e -> e.rule().id().equals("creatine")).findFirst().orElseThrow();
        assertThat(EN.excluded(creatine)).endsWith("(kidney disease)");
        assertThat(RU.excluded(creatine)).endsWith("(болезнь почек)");
        assertThat(EN.cautions(suggestion(a, "omega-3"))).singleElement().asString().contains("under 1 g").endsWith("(anticoagulant (e.g. warfarin))");
    }

    @Test
    void aGapLineGivesTheMissingAmountAndTheFoods() {
        Advice a = advise(ATHLETE, HealthRecord.EMPTY, Map.of(dev.fridgechef.food.Nutrient.MAGNESIUM, 120.0), FoodSources.NONE);
        Advice.FoodFirst magnesium = a.foodFirst().stream().filter(f -> f.rule().id().equals("magnesium")).findFirst().orElseThrow();
        assertThat(EN.foodFirstTitle(magnesium)).isEqualTo("Magnesium");
        assertThat(EN.foodFirst(magnesium)).startsWith("120 mg a day missing; nothing at hand closes it; foods that supply it: nuts");
        assertThat(EN.because(suggestion(a, "magnesium"))).containsExactly("120 mg a day missing that no food at hand closes");
        assertThat(EN.dose(suggestion(a, "magnesium").dose())).isEqualTo("120 mg a day (the missing amount)");
    }

    @Test
    void theDisclaimerIsPlainInBothLanguages() {
        assertThat(EN.disclaimer()).startsWith("Not medical advice");
        assertThat(RU.disclaimer()).startsWith("Это не медицинская рекомендация");
    }

    @Test
    void amountsAreWholeFromTenUp() {
        assertThat(SupplementText.amount(209.6)).isEqualTo("210");
        assertThat(SupplementText.amount(3)).isEqualTo("3");
        assertThat(SupplementText.amount(2.44)).isEqualTo("2.4");
    }

    private static Advice.Suggestion suggestion(Advice a, String id) {
        return a.suggested().stream().filter(s -> s.rule().id().equals(id)).findFirst().orElseThrow();
    }
}
