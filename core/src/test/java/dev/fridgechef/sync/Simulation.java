package dev.fridgechef.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Generated histories of a household: 2 to 5 devices with skewed clocks making offline changes to a
 * small shared set of items, diary entries, profile fields and plan slots, and syncing now and then
 * over a connection that drops before or after the server does the work or repeats what it delivers.
 */
final class Simulation {
    static final Instant START = Instant.parse("2026-12-01T03:00:00Z");
    static final List<UUID> ITEMS = ids(0xa0, 3);
    static final List<UUID> ENTRIES = ids(0xe0, 3);
    static final List<String> MEMBERS = List.of("anna", "ben");
    static final List<String> SLOTS = List.of("2026-12-01/lunch", "2026-12-01/dinner");
    static final List<String> ELEMENTS = List.of("peanut", "sesame", "milk");
    static final List<String> FIELDS = List.of("location", "name", "opened", "expiresOn", "note");

    /** A change on one device: what (kind), on which of the shared things (target) and a value to vary it. */
    record Change(int kind, int target, int value) {
    }

    sealed interface Step permits Local, Sync, Tick, Restart {
    }

    record Local(int device, Change change) implements Step {
    }

    record Sync(int device, List<FakeTransport.Fault> faults) implements Step {
    }

    /** The device's wall clock moves on (it may also step back a little, as clocks do). */
    record Tick(int device, int millis) implements Step {
    }

    /** The app on the device quits and starts again. */
    record Restart(int device) implements Step {
    }

    record History(List<Integer> skewSeconds, List<Step> steps) {
        int devices() {
            return skewSeconds.size();
        }
    }

    static Arbitrary<History> histories(int maxSteps) {
        return Arbitraries.integers().between(2, 5).flatMap(devices -> Combinators.combine(
                Arbitraries.integers().between(-600, 600).list().ofSize(devices),
                step(devices).list().ofMaxSize(maxSteps)).as(History::new));
    }

    private static Arbitrary<Step> step(int devices) {
        Arbitrary<Integer> device = Arbitraries.integers().between(0, devices - 1);
        Arbitrary<Change> change = Combinators.combine(
                Arbitraries.frequency(Tuple.of(3, 0), Tuple.of(6, 1), Tuple.of(2, 2), Tuple.of(1, 3), Tuple.of(2, 4), Tuple.of(1, 5),
                        Tuple.of(1, 6), Tuple.of(1, 7), Tuple.of(1, 8)),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(-4, 4)).as(Change::new);
        Arbitrary<FakeTransport.Fault> fault = Arbitraries.frequency(Tuple.of(4, FakeTransport.Fault.NONE), Tuple.of(1, FakeTransport.Fault.CUT_BEFORE),
                Tuple.of(1, FakeTransport.Fault.CUT_AFTER), Tuple.of(1, FakeTransport.Fault.DUPLICATE));
        return Arbitraries.frequencyOf(
                Tuple.of(6, Combinators.combine(device, change).as(Local::new)),
                Tuple.of(3, Combinators.combine(device, fault.list().ofMaxSize(4)).as(Sync::new)),
                Tuple.of(1, Combinators.combine(device, Arbitraries.integers().between(-2_000, 120_000)).as(Tick::new)),
                Tuple.of(1, device.map(Restart::new)));
    }

    final FakeServer server = new FakeServer();
    final List<SimDevice> devices = new ArrayList<>();
    final List<Op> created = new ArrayList<>();
    final List<SyncResult> results = new ArrayList<>();
    boolean restarted;

    Simulation(History history) {
        for (int i = 0; i < history.devices(); i++) {
            devices.add(new SimDevice(i + 1, server, START, Duration.ofSeconds(history.skewSeconds().get(i)), 3, 4));
        }
    }

    /** Runs one step; returns the device it concerned. */
    SimDevice run(Step step) {
        switch (step) {
            case Local local -> {
                SimDevice device = devices.get(local.device());
                created.add(device.make(s -> make(s, local.change())));
                return device;
            }
            case Sync sync -> {
                SimDevice device = devices.get(sync.device());
                device.transport.failWith(sync.faults());
                results.add(device.engine.sync());
                return device;
            }
            case Tick tick -> {
                SimDevice device = devices.get(tick.device());
                device.wall.advance(Duration.ofMillis(tick.millis()));
                return device;
            }
            case Restart restart -> {
                SimDevice device = devices.get(restart.device());
                device.restart();
                restarted = true;
                return device;
            }
        }
    }

    /** Every device syncs with a sound connection, twice round, so that everyone has everything. */
    void syncAllTwice() {
        for (int round = 0; round < 2; round++) {
            for (SimDevice device : devices) {
                device.transport.failWith(List.of());
                results.add(device.engine.sync());
            }
        }
    }

    static Op make(Stamp s, Change c) {
        UUID item = ITEMS.get(c.target());
        UUID entry = ENTRIES.get(c.target());
        String member = MEMBERS.get(c.target() % MEMBERS.size());
        return switch (c.kind()) {
            case 0 -> Op.itemCreated(s, item, new ItemFields("item " + c.value(), null, "g", "pantry", LocalDate.of(2026, 12, 1), null, false, null));
            case 1 -> c.value() == 0 ? Op.quantityAdjusted(s, item, BigDecimal.valueOf(1000), Reason.ADDED)
                    // steps of 12.5 g: decimals whose sum must not depend on the order of addition
                    : Op.quantityAdjusted(s, item, BigDecimal.valueOf(c.value() * 125L, 1), c.value() > 0 ? Reason.CORRECTED : Reason.values()[1 + c.target()]);
            case 2 -> {
                String field = FIELDS.get(Math.floorMod(c.value(), FIELDS.size()));
                Object value = switch (field) {
                    case "opened" -> c.value() > 0;
                    case "expiresOn" -> c.value() == 0 ? null : "2026-12-1" + Math.abs(c.value());
                    case "note" -> c.value() == 0 ? null : "note " + c.value();
                    default -> field + " " + c.value();
                };
                yield Op.fieldSet(s, item, field, value);
            }
            case 3 -> Op.itemRemoved(s, item);
            case 4 -> {
                ObjectNode fields = OpJson.mapper().createObjectNode().put("food", "dish " + c.value()).put("grams", c.value() * 10.5);
                yield Op.entryAdded(s, entry, fields);
            }
            case 5 -> Op.entryRemoved(s, entry);
            case 6 -> Op.profileSet(s, member, c.value() % 2 == 0 ? "kcalTarget" : "name", c.value() == 0 ? null : c.value() * 100);
            case 7 -> Op.flagSet(s, member, "allergies", ELEMENTS.get(Math.abs(c.value()) % ELEMENTS.size()), c.value() > 0);
            default -> Op.planSet(s, SLOTS.get(c.target() % SLOTS.size()), "recipe", c.value() == 0 ? null : "recipe " + c.value());
        };
    }

    private static List<UUID> ids(int base, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(new UUID(0x0193_a1b2_0000_7000L, 0x8000_0000_0000_0000L | base + i));
        }
        return List.copyOf(ids);
    }
}
