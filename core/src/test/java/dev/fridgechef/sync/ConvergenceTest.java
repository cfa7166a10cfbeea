package dev.fridgechef.sync;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * THE property of sync: whatever the devices did offline, however their clocks drift and however the
 * connection failed, once every device has synced twice with a sound connection they all hold the
 * same state, that of the server's log, that of every operation ever made, and every delta counts.
 */
class ConvergenceTest {
    @Provide
    Arbitrary<Simulation.History> histories() {
        return Simulation.histories(60);
    }

    @Property(tries = 1000)
    void everyDeviceConvergesAndNothingIsLost(@ForAll("histories") Simulation.History history, @ForAll long shuffleSeed) {
        Simulation sim = new Simulation(history);
        for (Simulation.Step step : history.steps()) {
            SimDevice device = sim.run(step);
            noOpOfTheDeviceIsLost(sim, device);
        }
        sim.syncAllTwice();

        for (SyncResult last : sim.results.subList(sim.results.size() - sim.devices.size(), sim.results.size())) {
            assertThat(last.status()).isEqualTo(new SyncResult.Synced());
        }
        List<Op> log = sim.server.ops();
        Set<UUID> logIds = new HashSet<>();
        log.forEach(op -> assertThat(logIds.add(op.opId())).as("op ids are unique in the server log").isTrue());
        Set<UUID> createdIds = new HashSet<>();
        sim.created.forEach(op -> assertThat(createdIds.add(op.opId())).as("op ids are unique").isTrue());
        eachDeviceStampsItsOpsInOrder(sim);
        assertThat(logIds).as("every op made reached the server, and nothing else did").isEqualTo(createdIds);
        for (SimDevice device : sim.devices) {
            assertThat(logIds).as("every acknowledged op is on the server").containsAll(device.transport.acknowledged);
            assertThat(device.outbox.size()).isZero();
            assertThat(device.points.load().cursor()).isEqualTo(sim.server.lastSeq());
        }

        ReplicaState reference = Replica.of(sim.created).state();
        assertThat(Replica.of(log).state()).isEqualTo(reference);
        for (SimDevice device : sim.devices) {
            assertThat(device.replica.state()).as("device %s", device.id).isEqualTo(reference);
        }
        List<Op> shuffled = new ArrayList<>(sim.created);
        Random random = new Random(shuffleSeed);
        shuffled.addAll(sim.created.subList(0, random.nextInt(sim.created.size() + 1)));
        Collections.shuffle(shuffled, random);
        assertThat(Replica.of(shuffled).state()).as("order and repeats make no difference").isEqualTo(reference);
        everyDeltaCounts(sim.created, reference);
        collectWhatWasCovered(sim, reference);
    }

    /** What the generated histories exercised, printed by jqwik: so that a weak generator shows. */
    private static void collectWhatWasCovered(Simulation sim, ReplicaState state) {
        Statistics.label("devices").collect(sim.devices.size());
        Statistics.label("a sync failed").collect(sim.results.stream().anyMatch(r -> r.status() instanceof SyncResult.Failed));
        Statistics.label("a clock drift was warned about").collect(sim.results.stream().anyMatch(r -> !r.driftWarnings().isEmpty()));
        Statistics.label("an item ended overdrawn").collect(state.stock().values().stream().anyMatch(StockItem::overdrawn));
        Statistics.label("a removal cancelled something").collect(sim.created.stream().anyMatch(op -> op.kind() == OpKind.ITEM_REMOVED
                && sim.created.stream().anyMatch(o -> o.entityId().equals(op.entityId()) && o.hlc().compareTo(op.hlc()) < 0)));
        Statistics.label("a device restarted").collect(sim.restarted);
        Statistics.label("a field has history").collect(!state.history().isEmpty());
    }

    /** A device's clock never goes back, through restarts and wall clocks set back: each op is stamped later than the one before. */
    private static void eachDeviceStampsItsOpsInOrder(Simulation sim) {
        Map<UUID, Hlc> last = new HashMap<>();
        for (Op op : sim.created) {
            Hlc before = last.put(op.deviceId(), op.hlc());
            if (before != null) {
                assertThat(op.hlc()).isGreaterThan(before);
            }
        }
    }

    /** Each op a device made is in its outbox or on the server, at every moment. */
    private static void noOpOfTheDeviceIsLost(Simulation sim, SimDevice device) {
        Set<UUID> pending = new HashSet<>();
        device.outbox.pending(Integer.MAX_VALUE).forEach(op -> pending.add(op.opId()));
        Set<UUID> stored = new HashSet<>();
        sim.server.ops().forEach(op -> stored.add(op.opId()));
        for (Op op : sim.created) {
            if (op.deviceId().equals(device.id)) {
                assertThat(pending.contains(op.opId()) || stored.contains(op.opId())).as("op %s is kept", op.opId()).isTrue();
            }
        }
    }

    /** The quantity of an item is the plain sum of its deltas later than its latest removal: every use counts, once. */
    private static void everyDeltaCounts(List<Op> ops, ReplicaState state) {
        Map<String, Hlc> removed = new HashMap<>();
        for (Op op : ops) {
            if (op.kind() == OpKind.ITEM_REMOVED) {
                removed.merge(op.entityId(), op.hlc(), Hlc::max);
            }
        }
        Map<String, BigDecimal> sums = new HashMap<>();
        for (Op op : ops) {
            Hlc removal = removed.get(op.entityId());
            if (op.kind() == OpKind.QUANTITY_ADJUSTED && (removal == null || op.hlc().isAfter(removal))) {
                sums.merge(op.entityId(), op.delta(), BigDecimal::add);
            }
        }
        state.stock().forEach((id, item) -> {
            BigDecimal sum = sums.getOrDefault(id, BigDecimal.ZERO);
            assertThat(item.sum()).as("sum of %s", id).isEqualByComparingTo(sum);
            assertThat(item.quantity()).isEqualByComparingTo(sum.max(BigDecimal.ZERO));
            assertThat(item.overdrawn()).isEqualTo(sum.signum() < 0);
        });
    }
}
