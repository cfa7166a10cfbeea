package dev.fridgechef.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Titles and names a model writes into a plan lose C1 controls, bidi overrides and invisible characters (issue 11). */
class AiTitleCleaningTest {
    @Test
    void aTitleWithC1AndBidiCharactersIsShownWithoutThem() {
        assertThat(dev.fridgechef.text.SafeText.fromModelLine("Borscht\u009b[31m\u202e with\r\nsour cream\u200b\uDB40\uDC41", 80)).isEqualTo("Borscht[31m with sour cream");
        assertThat(dev.fridgechef.text.SafeText.fromModelLine("Гречка\u2066 с грибами\u2069", 80)).isEqualTo("Гречка с грибами");
    }
}
