package dev.fridgechef.store.stress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A few rounds of kill -9 in every build; scripts/bench.sh store runs 100. */
class KillRoundTest {
    @TempDir
    Path dir;

    @Test
    void aKilledWriterLeavesEachOperationWholeOrAbsentAndTheStoreOpens() throws Exception {
        KillTest.Result r = KillTest.run(dir, 4, 42);
        assertThat(r.problems()).isEmpty();
        assertThat(r.opened()).isEqualTo(4);
    }
}
