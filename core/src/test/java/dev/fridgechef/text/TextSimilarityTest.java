package dev.fridgechef.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link TextSimilarity}'s rules with stand-in models, and without any; the real model's figures are in the embeddings module. */
class TextSimilarityTest {
    @TempDir
    Path dir;

    @Test
    void cyrillicTextsNeedTheSameContentWordsWhateverTheModelSays() {
        TextSimilarity s = new TextSimilarity(() -> Optional.of(text -> new float[] {1, 1}), TextSimilarity.THRESHOLD);
        assertThat(s.same("быстрые ужины", "ужины на скорую руку")).isTrue();
        assertThat(s.same("Сколько хранится рис?", "Сколько хранится курица?")).isFalse();
        assertThat(s.same("quick dinners", "быстрые ужины")).isFalse();
        TextSimilarity far = new TextSimilarity(() -> Optional.of(text -> text.contains("скорую") ? new float[] {1, 0} : new float[] {0, 1}),
                TextSimilarity.THRESHOLD);
        assertThat(far.same("быстрые ужины", "ужины на скорую руку")).as("below the Cyrillic threshold").isFalse();
    }

    @Test
    void equalTextsNeedNoModelAndDifferentTextsUseIt() {
        int[] loads = {0};
        TextSimilarity s = new TextSimilarity(() -> {
            loads[0]++;
            return Optional.of(text -> text.contains("fish") ? new float[] {1, 0} : new float[] {0, 1});
        }, 0.8);
        assertThat(s.same("Quick  Georgian dinners", "quick georgian dinners!")).isTrue();
        assertThat(loads[0]).isZero();
        assertThat(s.same("more fish", "less meat")).isFalse();
        assertThat(s.same("more fish", "less fish")).as("opposite sides, whatever the model says").isFalse();
        assertThat(s.same("fish, no sauce", "fish with sauce")).isFalse();
        assertThat(s.closest("fish please", List.of("no meat", "some fish"), t -> t)).contains("some fish");
        assertThat(loads[0]).isPositive();
    }

    @Test
    void withoutAModelOnlyTextsEqualAfterNormalisationAreTheSame() {
        TextSimilarity s = new TextSimilarity(Optional::empty, TextSimilarity.THRESHOLD);
        assertThat(s.same("How much protein should I eat a day?", "how much PROTEIN should i eat a day")).isTrue();
        assertThat(s.same("Сколько хранится рис?", "сколько хранится рис")).isTrue();
        assertThat(s.same("How much protein should I eat a day?", "What is my daily protein requirement?")).as("a rewording").isFalse();
        assertThat(s.same("move the chicken from the freezer to the fridge", "move the chicken from the fridge to the freezer")).isFalse();
        assertThat(s.same("быстрые ужины", "ужины быстрые")).isFalse();
        assertThat(s.similarity("quick dinners", "fast dinners")).isZero();
        assertThat(s.closest("Quick dinners!", List.of("fast dinners", "quick dinners"), t -> t)).contains("quick dinners");
        assertThat(s.closest("quick dinners", List.of("fast dinners"), t -> t)).isEmpty();
    }

    @Test
    void theModelIsFoundOnTheClassPathElseInTheJarsOfTheFolder() throws Exception {
        assertThat(InstalledEmbedder.find(getClass().getClassLoader(), Optional.empty())).get().isInstanceOf(TopicEmbedder.class);
        ClassLoader withoutProviders = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader());
        assertThat(InstalledEmbedder.find(withoutProviders, Optional.of(dir.resolve("missing")))).isEmpty();
        assertThat(InstalledEmbedder.find(withoutProviders, Optional.of(Files.createDirectories(dir.resolve("empty"))))).isEmpty();
    }
}
