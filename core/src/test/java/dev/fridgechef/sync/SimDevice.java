package dev.fridgechef.sync;

import dev.fridgechef.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/** A simulated device: its own (possibly skewed) wall clock, outbox, replica, sync point and connection to the server. */
final class SimDevice {
    final UUID id;
    final MovableClock wall;
    final HlcClock clock;
    final MemoryOutbox outbox = new MemoryOutbox();
    final Replica replica = new Replica();
    final MemoryPoints points;
    final FakeTransport transport;
    final SyncEngine engine;
    final LocalChanges changes;

    SimDevice(int number, FakeServer server, Instant now, Duration skew, int pushBatch, int pullLimit) {
        this.id = new UUID(0x0193_0000_0000_7000L, 0x8000_0000_0000_0000L | number);
        this.wall = new MovableClock(now.plus(skew));
        this.clock = new HlcClock(wall, id, null);
        this.points = new MemoryPoints(clock.state());
        this.transport = new FakeTransport(server);
        this.engine = new SyncEngine(outbox, transport, replica, clock, points, pushBatch, pullLimit);
        this.changes = new LocalChanges(new Uuid7(wall, new Random(number)), clock, outbox, replica);
    }
}
