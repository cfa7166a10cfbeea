package dev.fridgechef.sync;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Times syncing 10,000 pending operations through the engine against the in-memory server (ops
 * travel as JSON): the push from a device that made them offline, the pull into a new device, the
 * merged state, and the compaction of the log. Figures are printed, not asserted:
 * {@code scripts/bench.sh sync [OPS] [ROUNDS]}.
 */
public final class SyncBench {
    public static void main(String[] args) {
        int ops = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf(Locale.ROOT, "%d operations a round (100 items: created, 1 add, uses and field changes), batches of 500;%n"
                + "push includes the device pulling its own operations back, as the server sends the whole log%n", ops);
        System.out.printf(Locale.ROOT, "%-6s %10s %10s %10s %10s %12s %10s%n", "round", "make ms", "push ms", "pull ms", "state ms", "compact ms", "log→snap");
        for (int round = 1; round <= rounds; round++) {
            run(round, ops);
        }
        System.out.println("(round 1 includes JIT warm-up; push = JSON out + server store; pull = JSON in + reduce + clock)");
    }

    private static void run(int round, int count) {
        FakeServer server = new FakeServer();
        SimDevice phone = new SimDevice(1, server, Simulation.START, Duration.ZERO, 500, 500);
        SimDevice laptop = new SimDevice(2, server, Simulation.START, Duration.ofSeconds(2), 500, 500);
        List<UUID> items = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            items.add(new UUID(0x0193_a1b2_0000_7000L, 0x8000_0000_0000_0000L | i));
        }
        long t0 = System.nanoTime();
        int made = 0;
        for (UUID item : items) {
            phone.make(s -> Op.itemCreated(s, item, new ItemFields("rice", null, "g", "pantry", LocalDate.of(2026, 12, 1), null, false, null)));
            phone.make(s -> Op.quantityAdjusted(s, item, BigDecimal.valueOf(100_000), Reason.ADDED));
            made += 2;
        }
        for (int i = 0; made < count; i++, made++) {
            UUID item = items.get(i % items.size());
            int n = i;
            phone.make(s -> n % 10 == 0 ? Op.fieldSet(s, item, "location", "shelf " + n % 7)
                    : Op.quantityAdjusted(s, item, BigDecimal.valueOf(-125, 1), Reason.USED));
            if (i % 1000 == 0) {
                phone.wall.advance(Duration.ofMillis(1));
            }
        }
        long t1 = System.nanoTime();
        SyncResult pushed = phone.engine.sync();
        long t2 = System.nanoTime();
        SyncResult pulled = laptop.engine.sync();
        long t3 = System.nanoTime();
        ReplicaState state = laptop.replica.state();
        long t4 = System.nanoTime();
        List<Op> log = server.ops();
        long t5 = System.nanoTime();
        List<Op> snapshot = Compaction.compact(log, log.getLast().hlc());
        long t6 = System.nanoTime();
        if (!pushed.synced() || !pulled.synced() || pulled.pulled() != made || !state.equals(phone.replica.state())
                || !Replica.of(snapshot).state().equals(state)) {
            throw new IllegalStateException("the bench's sync went wrong: " + pushed + " / " + pulled);
        }
        System.out.printf(Locale.ROOT, "%-6d %10.1f %10.1f %10.1f %10.1f %12.1f %5d→%d%n", round, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3),
                ms(t6 - t5), log.size(), snapshot.size());
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
