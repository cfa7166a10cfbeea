package dev.fridgechef.supplements;

import dev.fridgechef.i18n.Messages;
import dev.fridgechef.profile.Condition;
import dev.fridgechef.profile.LifeStage;
import dev.fridgechef.profile.Medication;
import dev.fridgechef.supplements.SupplementRule.Check;
import dev.fridgechef.supplements.SupplementRule.Severity;
import dev.fridgechef.supplements.SupplementRule.Trigger;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static dev.fridgechef.supplements.SupplementFixtures.RULES;
import static dev.fridgechef.supplements.SupplementFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupplementRulesTest {
    @Test
    void everyRuleIsCompleteInBothLanguages() {
        assertThat(RULES).extracting(SupplementRule::id).contains("protein", "creatine", "caffeine", "vitamin-d", "vitamin-b12", "iron",
                "omega-3", "calcium", "magnesium", "folic-acid");
        for (SupplementRule r : RULES) {
            Stream.of(r.name(), r.timing(), r.evidence().note(), r.dose().range()).forEach(t -> {
                assertThat(t.en()).as(r.id()).isNotBlank();
                assertThat(t.ru()).as(r.id()).isNotBlank();
            });
            assertThat(r.evidence().grade()).as(r.id()).isIn("A", "B", "C");
            assertThat(r.source().author()).as(r.id()).isNotBlank();
            assertThat(r.source().year()).as(r.id()).isBetween(1990, 2026);
            checks(r).forEach(c -> assertThat(c.text().ru()).as(r.id()).isNotBlank());
        }
    }

    @Test
    void thePublishedContraindicationsAreThere() {
        assertThat(excluding("creatine")).contains(cond(Condition.KIDNEY_DISEASE), stage(LifeStage.UNDER_18), cond(Condition.PREGNANCY),
                cond(Condition.BREASTFEEDING));
        assertThat(excluding("caffeine")).contains(cond(Condition.HEART_DISEASE), cond(Condition.ANXIETY_INSOMNIA), med(Medication.MAOI),
                med(Medication.STIMULANT), stage(LifeStage.UNDER_18));
        assertThat(cautions("caffeine")).contains(cond(Condition.HYPERTENSION));
        assertThat(excluding("iron")).contains(cond(Condition.HAEMOCHROMATOSIS));
        assertThat(cautions("iron")).contains(med(Medication.LEVOTHYROXINE), med(Medication.PPI));
        assertThat(cautions("omega-3")).contains(med(Medication.ANTICOAGULANT), med(Medication.ANTIPLATELET), cond(Condition.BLEEDING_DISORDER));
        assertThat(cautions("vitamin-d")).contains(med(Medication.THIAZIDE_DIURETIC));
        assertThat(excluding("vitamin-d")).contains(cond(Condition.KIDNEY_DISEASE));
        assertThat(cautions("calcium")).contains(med(Medication.LEVOTHYROXINE));
        assertThat(excluding("calcium")).contains(cond(Condition.KIDNEY_DISEASE));
        assertThat(rule("folic-acid").indication().conditions()).contains(Condition.PREGNANCY);
    }

    @Test
    void theReferenceNumbersAreThoseOfTheSources() {
        assertThat(rule("caffeine").upperLimit().amount()).isEqualTo(400);
        assertThat(rule("caffeine").dose().perKg()).isEqualTo(3);
        assertThat(rule("vitamin-d").upperLimit().amount()).isEqualTo(4000);
        assertThat(rule("vitamin-d").dose().amount()).isEqualTo(600);
        assertThat(rule("iron").upperLimit().amount()).isEqualTo(45);
        assertThat(rule("calcium").upperLimit().amount()).isEqualTo(2500);
        assertThat(rule("calcium").upperLimit().overrides()).singleElement().satisfies(o -> assertThat(o.amount()).isEqualTo(2000));
        assertThat(rule("creatine").dose().amount()).isEqualTo(3);
        assertThat(rule("vitamin-b12").dose().amount()).isEqualTo(50);
        assertThat(rule("omega-3").dose().amount()).isEqualTo(250);
        assertThat(rule("folic-acid").dose().amount()).isEqualTo(400);
        assertThat(rule("magnesium").upperLimit().amount()).isEqualTo(350);
    }

    @Test
    void everyLabelTheRulesNeedExistsInTheMessages() {
        Messages en = Messages.english();
        Stream.of(Condition.values()).forEach(c -> assertThat(en.has("condition." + c.key())).as(c.key()).isTrue());
        Stream.of(Medication.values()).forEach(m -> assertThat(en.has("medication." + m.key())).as(m.key()).isTrue());
        Stream.of(LifeStage.values()).forEach(s -> assertThat(en.has("lifestage." + s.key())).as(s.key()).isTrue());
        RULES.stream().filter(r -> r.nutrient() != null).forEach(r -> assertThat(en.has("nutrient." + r.nutrient().key())).as(r.id()).isTrue());
    }

    @Test
    void aContraindicationThatOnlyCautionsOrACheckWithoutATriggerIsRejected() {
        SupplementRule creatine = rule("creatine");
        Check soft = new Check(new Trigger(Condition.KIDNEY_DISEASE, null, null), Severity.CAUTION, creatine.timing());
        assertThatThrownBy(() -> SupplementRules.check(withContraindications(creatine, List.of(soft))))
                .hasMessageContaining("always excludes");
        Check twoTriggers = new Check(new Trigger(Condition.KIDNEY_DISEASE, Medication.MAOI, null), Severity.EXCLUDE, creatine.timing());
        assertThatThrownBy(() -> SupplementRules.check(withContraindications(creatine, List.of(twoTriggers))))
                .hasMessageContaining("one trigger");
    }

    @Test
    void medicinesAreRecordedByClassFromCommonNames() {
        assertThat(Medication.parse("warfarin")).isEqualTo(Medication.ANTICOAGULANT);
        assertThat(Medication.parse("Варфарин")).isEqualTo(Medication.ANTICOAGULANT);
        assertThat(Medication.parse("L-thyroxine")).isEqualTo(Medication.LEVOTHYROXINE);
        assertThat(Medication.parse("omeprazole")).isEqualTo(Medication.PPI);
        assertThat(Condition.parse("kidney disease")).isEqualTo(Condition.KIDNEY_DISEASE);
        assertThat(Condition.parse("беременность")).isEqualTo(Condition.PREGNANCY);
        assertThatThrownBy(() -> Medication.parse("unobtainium")).isInstanceOf(dev.fridgechef.i18n.UserException.class).hasMessageContaining("unobtainium");
    }

    private static SupplementRule withContraindications(SupplementRule r, List<Check> checks) {
        return new SupplementRule(r.id(), r.name(), r.nutrient(), r.indication(), r.dose(), r.upperLimit(), r.timing(), r.evidence(),
                r.source(), r.foodFirst(), r.foodFirstByDiet(), checks, r.interactions());
    }

    private static Stream<Check> checks(SupplementRule r) {
        return Stream.concat(r.contraindications().stream(), r.interactions().stream());
    }

    private static List<Trigger> excluding(String id) {
        return checks(rule(id)).filter(c -> c.severity() == Severity.EXCLUDE).map(Check::when).toList();
    }

    private static List<Trigger> cautions(String id) {
        return checks(rule(id)).filter(c -> c.severity() == Severity.CAUTION).map(Check::when).toList();
    }

    private static Trigger cond(Condition c) {
        return new Trigger(c, null, null);
    }

    private static Trigger med(Medication m) {
        return new Trigger(null, m, null);
    }

    private static Trigger stage(LifeStage s) {
        return new Trigger(null, null, s);
    }
}
