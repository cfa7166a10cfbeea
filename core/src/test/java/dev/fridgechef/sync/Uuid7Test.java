package dev.fridgechef.sync;

import dev.fridgechef.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Uuid7Test {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T03:00:00Z"));
    private final Uuid7 ids = new Uuid7(clock, new Random(7));

    @Test
    void hasVersionSevenVariantTwoAndTheMillis() {
        UUID id = ids.next();
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(Uuid7.millis(id)).isEqualTo(clock.millis());
    }

    @Test
    void increasesWithinOneMillisecondAndWhenTheClockStepsBack() {
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(ids.next());
            if (i == 5_000) {
                clock.advance(Duration.ofSeconds(-1));
            }
        }
        for (int i = 1; i < made.size(); i++) {
            // the string form is what databases and the server sort by
            assertThat(made.get(i).toString()).isGreaterThan(made.get(i - 1).toString());
        }
        assertThat(new HashSet<>(made)).hasSize(made.size());
    }

    @Test
    void laterMillisecondsSortLater() {
        UUID first = ids.next();
        clock.advance(Duration.ofMillis(1));
        assertThat(ids.next().toString()).isGreaterThan(first.toString());
    }

    @Test
    void millisRefusesOtherVersions() {
        assertThatThrownBy(() -> Uuid7.millis(UUID.randomUUID())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version 7");
    }
}
