package dev.fridgechef.sync;

import dev.fridgechef.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * A simulated device: its own (possibly skewed) wall clock, outbox, replica, sync point and connection
 * to the server. The outbox, replica and sync point stand for what is on disk; {@link #restart} drops
 * everything else, as quitting the app does.
 */
final class SimDevice {
    final UUID id;
    final int number;
    final MovableClock wall;
    final MemoryOutbox outbox = new MemoryOutbox();
    final Replica replica = new Replica();
    final MemoryPoints points;
    final FakeTransport transport;
    private final int pushBatch;
    private final int pullLimit;
    HlcClock clock;
    SyncEngine engine;
    LocalChanges changes;
    private Hlc lastMade;
    private int restarts;

    SimDevice(int number, FakeServer server, Instant now, Duration skew, int pushBatch, int pullLimit) {
        this.id = new UUID(0x0193_0000_0000_7000L, 0x8000_0000_0000_0000L | number);
        this.number = number;
        this.wall = new MovableClock(now.plus(skew));
        this.points = new MemoryPoints(new Hlc(0, 0, id));
        this.transport = new FakeTransport(server);
        this.pushBatch = pushBatch;
        this.pullLimit = pullLimit;
        start(null);
    }

    /** The app starts again from what is on disk: the clock from the later of its saved state and this device's last op. */
    void restart() {
        restarts++;
        start(Hlc.max(points.load().clock(), lastMade));
    }

    private void start(Hlc clockState) {
        clock = new HlcClock(wall, id, clockState);
        engine = new SyncEngine(outbox, transport, replica, clock, points, pushBatch, pullLimit);
        // the app's ids use SecureRandom; a seeded one that repeated itself after a restart would repeat ids
        changes = new LocalChanges(new Uuid7(wall, new Random(number * 1_000L + restarts)), clock, outbox, replica);
    }

    Op make(java.util.function.Function<Stamp, Op> change) {
        Op op = changes.record(change);
        lastMade = op.hlc();
        return op;
    }
}
