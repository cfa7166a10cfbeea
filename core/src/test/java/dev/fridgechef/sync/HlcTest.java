package dev.fridgechef.sync;

import dev.fridgechef.MovableClock;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HlcTest {
    private static final UUID A = UUID.fromString("00000000-0000-7000-8000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-7000-8000-00000000000b");
    private final MovableClock wall = new MovableClock(Instant.parse("2026-12-01T03:00:00Z"));

    @Test
    void stringFormIsTheWireFormatAndParsesBack() {
        Hlc hlc = new Hlc(1_764_558_000_000L, 0x1f, A);
        assertThat(hlc.toString()).isEqualTo("1764558000000-001f-00000000-0000-7000-8000-00000000000a");
        assertThat(Hlc.parse(hlc.toString())).isEqualTo(hlc);
    }

    @Test
    void lexicographicOrderIsTheOrder() {
        List<Hlc> all = List.of(new Hlc(5, 0, B), new Hlc(5, 1, A), new Hlc(5, 0, A), new Hlc(40, 0, A), new Hlc(1_764_558_000_000L, 0xffff, A));
        List<Hlc> byValue = new ArrayList<>(all);
        byValue.sort(null);
        List<Hlc> byString = new ArrayList<>(all);
        byString.sort((x, y) -> x.toString().compareTo(y.toString()));
        assertThat(byString).isEqualTo(byValue);
        assertThat(byValue.getFirst()).isEqualTo(new Hlc(5, 0, A));
    }

    @Provide
    Arbitrary<Hlc> hlcs() {
        return Combinators.combine(Arbitraries.longs().between(0, 9_999_999_999_999L).edgeCases(e -> e.add(0L)),
                Arbitraries.integers().between(0, Hlc.MAX_COUNTER), Arbitraries.of(A, B)).as(Hlc::new);
    }

    @Property(tries = 1000)
    void stringOrderAgreesWithTheOrderAndParsingGivesItBack(@ForAll("hlcs") Hlc x, @ForAll("hlcs") Hlc y) {
        assertThat(Integer.signum(x.toString().compareTo(y.toString()))).isEqualTo(Integer.signum(x.compareTo(y)));
        assertThat(Hlc.parse(x.toString())).isEqualTo(x);
    }

    @Test
    void parseRejectsMalformedStrings() {
        for (String bad : new String[] {"", "123-0000-" + A, "1764558000000-00g0-" + A, "1764558000000-0000-not-a-uuid",
                "1764558000000-0000-" + A.toString().toUpperCase(), "1764558000000-00000-" + A, " 1764558000000-0000-" + A}) {
            assertThatThrownBy(() -> Hlc.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed HLC");
        }
        assertThatThrownBy(() -> Hlc.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void localEventsStrictlyIncreaseEvenWhenTheWallClockStandsStillOrStepsBack() {
        HlcClock clock = new HlcClock(wall, A, null);
        Hlc first = clock.now();
        Hlc second = clock.now();
        wall.advance(Duration.ofMinutes(-10));
        Hlc third = clock.now();
        assertThat(first.millis()).isEqualTo(wall.millis() + Duration.ofMinutes(10).toMillis());
        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);
        assertThat(second.counter()).isEqualTo(1);
    }

    @Test
    void aFullCounterBorrowsTheNextMillisecond() {
        HlcClock clock = new HlcClock(wall, A, new Hlc(wall.millis(), Hlc.MAX_COUNTER, A));
        assertThat(clock.now()).isEqualTo(new Hlc(wall.millis() + 1, 0, A));
    }

    @Test
    void observingComputesTheNextStateWithoutMovingTheClockUntilCommitted() {
        HlcClock clock = new HlcClock(wall, A, null);
        Hlc before = clock.now();
        Hlc remote = new Hlc(wall.millis() + 1_000, 3, B);
        HlcClock.Observation seen = clock.observe(remote);
        assertThat(seen.next()).isGreaterThan(remote);
        assertThat(seen.warnings()).isEmpty();
        assertThat(clock.state()).isEqualTo(before);
        clock.commit(seen.next());
        assertThat(clock.state()).isEqualTo(seen.next());
        assertThat(clock.now()).isGreaterThan(remote);
    }

    @Test
    void commitNeverMovesTheClockBack() {
        HlcClock clock = new HlcClock(wall, A, null);
        HlcClock.Observation old = clock.observe(new Hlc(1, 0, B));
        Hlc now = clock.now();
        clock.commit(old.next());
        assertThat(clock.state()).isEqualTo(now);
    }

    @Test
    void aRemoteClockFarAheadIsWarnedAboutNeverRefused() {
        HlcClock clock = new HlcClock(wall, A, null);
        Hlc slightly = new Hlc(wall.millis() + Duration.ofMinutes(4).toMillis(), 0, B);
        Hlc far = new Hlc(wall.millis() + Duration.ofMinutes(30).toMillis(), 0, B);
        assertThat(clock.observe(slightly).warnings()).isEmpty();
        HlcClock.Observation seen = clock.observe(List.of(slightly, far));
        assertThat(seen.warnings()).singleElement().satisfies(w -> {
            assertThat(w.deviceId()).isEqualTo(B.toString());
            assertThat(w.ahead()).isEqualTo(Duration.ofMinutes(30));
            assertThat(w.message()).contains("30 min ahead");
        });
        assertThat(seen.next()).isGreaterThan(far);
    }

    @Test
    void aClockStateOfAnotherDeviceIsRefused() {
        assertThatThrownBy(() -> new HlcClock(wall, A, new Hlc(1, 0, B))).isInstanceOf(IllegalArgumentException.class);
    }
}
