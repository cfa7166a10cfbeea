package dev.fridgechef.store.stress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A small round of the store stress test in every build; scripts/bench.sh store runs the full one. */
class StressRoundTest {
    @TempDir
    Path dir;

    @Test
    void processesThatShareTheStoreLoseNoUpdateAndNeverFail() throws Exception {
        StressTest.Result r = StressTest.round(dir, 4, 12);
        assertThat(r.differences()).isEmpty();
        assertThat(r.failures()).isZero();
    }
}
