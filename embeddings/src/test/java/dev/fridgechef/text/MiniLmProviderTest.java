package dev.fridgechef.text;

import dev.fridgechef.embeddings.MiniLm;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The module registers its model where core looks for one on the class path. */
class MiniLmProviderTest {
    @Test
    void coreFindsTheModelOnTheClassPath() {
        assertThat(InstalledEmbedder.find(getClass().getClassLoader(), Optional.empty())).get().isInstanceOf(MiniLm.class);
    }
}
