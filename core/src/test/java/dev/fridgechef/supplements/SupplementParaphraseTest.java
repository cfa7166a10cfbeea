package dev.fridgechef.supplements;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SupplementParaphraseTest {
    private static final String OFFLINE = "Not medical advice.\nCaffeine — 3 mg/kg × 70 kg = 210 mg a day. Upper limit: 400 mg a day.\n"
            + "Vitamin B12 — 50 µg a day. Range: 1,4–2,0 g/kg.";
    private static final List<String> DOSES = List.of("210", "50");

    @Test
    void aRewordingWithTheSameNumbersIsUsed() {
        String reworded = "Not medical advice. Take 210 mg of caffeine (3 mg per kg at 70 kg), never above 400 mg; B12: 50 µg daily; 1.4 to 2.0 g/kg.";
        var result = new SupplementParaphrase((system, user) -> reworded).paraphrase(OFFLINE, DOSES, Locale.ENGLISH);
        assertThat(result.paraphrased()).isTrue();
        assertThat(result.text()).isEqualTo(reworded);
    }

    @Test
    void aNewNumberKeepsTheOfflineText() {
        var result = new SupplementParaphrase((system, user) -> "Take 250 mg of caffeine, at most 400 mg; B12 50 µg; 210 mg.")
                .paraphrase(OFFLINE, DOSES, Locale.ENGLISH);
        assertThat(result.paraphrased()).isFalse();
        assertThat(result.text()).isEqualTo(OFFLINE);
        assertThat(result.unknownNumbers()).containsExactly("250");
    }

    @Test
    void aDroppedDoseKeepsTheOfflineText() {
        var result = new SupplementParaphrase((system, user) -> "Caffeine 210 mg before training.").paraphrase(OFFLINE, DOSES, Locale.ENGLISH);
        assertThat(result.paraphrased()).isFalse();
        assertThat(result.missingDoses()).containsExactly("50");
    }

    @Test
    void theModelIsToldTheLanguageAndToCopyNumbers() {
        assertThat(SupplementParaphrase.system(Locale.of("ru"))).contains("Russian").contains("Copy every number exactly");
        assertThat(SupplementParaphrase.numbersIn("1,40 and 1.4 and 0210")).containsExactly("1.4", "210");
    }
}
