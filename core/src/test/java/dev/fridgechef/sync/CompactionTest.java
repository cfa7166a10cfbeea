package dev.fridgechef.sync;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A compacted log gives the same state as the full one, now and after every operation that arrives later. */
class CompactionTest {
    @Provide
    Arbitrary<Simulation.History> histories() {
        return Simulation.histories(60);
    }

    private static List<Op> opsOf(Simulation.History history) {
        Simulation sim = new Simulation(history);
        history.steps().forEach(sim::run);
        return sim.created;
    }

    @Property(tries = 500)
    void mergingDeltasUpToAHorizonChangesNothingForLaterOperations(@ForAll("histories") Simulation.History history,
                                                                  @ForAll @IntRange(min = 0, max = 100) int splitPercent, @ForAll long seed) {
        List<Op> ops = new ArrayList<>(opsOf(history));
        ops.sort((a, b) -> a.hlc().compareTo(b.hlc()));
        int split = ops.size() * splitPercent / 100;
        Hlc horizon = split == 0 ? null : ops.get(split - 1).hlc();
        List<Op> before = ops.subList(0, split);
        List<Op> later = new ArrayList<>(ops.subList(split, ops.size()));
        Collections.shuffle(later, new Random(seed));

        List<Op> compacted = Compaction.compact(before, horizon);
        assertThat(compacted.size()).isLessThanOrEqualTo(before.size());
        assertSameFromHereOn(before, compacted, later);
        assertThat(Replica.of(Compaction.compact(compacted, horizon)).state()).isEqualTo(Replica.of(before).state());
    }

    @Property(tries = 500)
    void droppingWhatRemovalsCancelledChangesNothingForAnyLaterOperation(@ForAll("histories") Simulation.History history, @ForAll long seed) {
        List<Op> ops = new ArrayList<>(opsOf(history));
        Random random = new Random(seed);
        Collections.shuffle(ops, random);
        int split = random.nextInt(ops.size() + 1);
        List<Op> before = ops.subList(0, split);
        List<Op> later = ops.subList(split, ops.size());

        List<Op> compacted = Compaction.compact(before);
        assertThat(compacted.size()).isLessThanOrEqualTo(before.size());
        assertSameFromHereOn(before, compacted, later);
    }

    private static void assertSameFromHereOn(List<Op> full, List<Op> compacted, List<Op> later) {
        Replica fromFull = Replica.of(full);
        Replica fromCompacted = Replica.of(compacted);
        assertThat(fromCompacted.state()).isEqualTo(fromFull.state());
        for (Op op : later) {
            fromFull.apply(op);
            fromCompacted.apply(op);
            assertThat(fromCompacted.state()).as("after %s", op.toJson()).isEqualTo(fromFull.state());
        }
    }
}
