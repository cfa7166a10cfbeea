package dev.fridgechef.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {
    @Test
    void foldsCaseSpacingPunctuationAndYo() {
        assertThat(TextNormalizer.normalize("  Свёкла,  ВАРЁНАЯ!! ")).isEqualTo("свекла вареная");
        assertThat(TextNormalizer.normalize("Milk 2%")).isEqualTo("milk 2%");
        assertThat(TextNormalizer.normalize("milk 3.25%")).isEqualTo("milk 3.25%");
        assertThat(TextNormalizer.normalize("ст.л.")).isEqualTo("ст л");
    }

    @Test
    void stemsPluralsAndRussianEndings() {
        assertThat(TextNormalizer.stem("eggs")).isEqualTo("egg");
        assertThat(TextNormalizer.stem("tomatoes")).isEqualTo("tomato");
        assertThat(TextNormalizer.stem("berries")).isEqualTo("berry");
        assertThat(TextNormalizer.stem("glass")).isEqualTo("glass");
        assertThat(TextNormalizer.stem("грудка")).isEqualTo(TextNormalizer.stem("грудку")).isEqualTo(TextNormalizer.stem("грудки"));
        assertThat(TextNormalizer.stem("куриная")).isEqualTo(TextNormalizer.stem("куриную"));
    }
}
