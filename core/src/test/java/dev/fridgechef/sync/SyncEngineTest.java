package dev.fridgechef.sync;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.fridgechef.sync.FakeTransport.Fault.CUT_AFTER;
import static dev.fridgechef.sync.FakeTransport.Fault.CUT_BEFORE;
import static dev.fridgechef.sync.FakeTransport.Fault.NONE;
import static org.assertj.core.api.Assertions.assertThat;

class SyncEngineTest {
    private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
    private static final UUID RICE = UUID.fromString("0193a1b2-0000-7000-8000-0000000000aa");
    private final FakeServer server = new FakeServer();
    private final SimDevice phone = new SimDevice(1, server, NOW, Duration.ZERO, 2, 2);
    private final SimDevice laptop = new SimDevice(2, server, NOW, Duration.ofSeconds(3), 2, 2);

    private static void use(SimDevice device, int grams) {
        device.make(s -> Op.quantityAdjusted(s, RICE, BigDecimal.valueOf(-grams), Reason.USED));
    }

    private void riceOf1000gOnBoth() {
        phone.make(s -> Op.itemCreated(s, RICE, OpTest.rice()));
        phone.make(s -> Op.quantityAdjusted(s, RICE, BigDecimal.valueOf(1000), Reason.ADDED));
        assertThat(phone.engine.sync().synced()).isTrue();
        assertThat(laptop.engine.sync().synced()).isTrue();
    }

    private static BigDecimal rice(SimDevice device) {
        return device.replica.state().stock().get(RICE.toString()).quantity();
    }

    @Test
    void twoDevicesThatEachUse200gOfflineLeave600gOnBoth() {
        riceOf1000gOnBoth();
        use(phone, 200);
        use(laptop, 200);
        SyncResult first = phone.engine.sync();
        SyncResult second = laptop.engine.sync();
        phone.engine.sync();
        assertThat(first.pushed()).isEqualTo(1);
        assertThat(second.pulled()).isEqualTo(1);
        assertThat(rice(phone)).isEqualByComparingTo("600");
        assertThat(rice(laptop)).isEqualByComparingTo("600");
        assertThat(phone.replica.state()).isEqualTo(laptop.replica.state());
    }

    @Test
    void aPushWhoseReplyIsLostStaysInTheOutboxAndIsStoredOnceWhenPushedAgain() {
        use(phone, 200);
        phone.transport.failWith(List.of(CUT_AFTER));
        SyncResult failed = phone.engine.sync();
        assertThat(failed.status()).isInstanceOf(SyncResult.Failed.class);
        assertThat(((SyncResult.Failed) failed.status()).message()).contains("reply was lost");
        assertThat(phone.outbox.size()).isEqualTo(1);
        assertThat(server.lastSeq()).isEqualTo(1);

        SyncResult again = phone.engine.sync();
        assertThat(again.synced()).isTrue();
        assertThat(again.pushed()).isEqualTo(1);
        assertThat(phone.outbox.size()).isZero();
        assertThat(server.lastSeq()).isEqualTo(1);
    }

    @Test
    void aPullThatFailsMidWayKeepsWhatWasAppliedAndNeitherMovesTheCursorNorTheClockForTheRest() {
        for (int i = 0; i < 3; i++) {
            use(laptop, 10);
        }
        laptop.wall.advance(Duration.ofHours(2));
        use(laptop, 10);
        use(laptop, 10);
        assertThat(laptop.engine.sync().synced()).isTrue();
        Hlc clockBefore = phone.clock.state();
        phone.transport.snapshots = false; // an older server: the log is pulled page by page from the start

        phone.transport.failWith(List.of(NONE, CUT_AFTER));
        SyncResult failed = phone.engine.sync();
        assertThat(failed.status()).isInstanceOf(SyncResult.Failed.class);
        assertThat(failed.pulled()).isEqualTo(2);
        assertThat(phone.points.load().cursor()).isEqualTo(2);
        assertThat(phone.clock.state().millis()).as("the failed page's clocks, two hours ahead, are not observed")
                .isLessThan(laptop.clock.state().millis()).isGreaterThanOrEqualTo(clockBefore.millis());

        phone.transport.failWith(List.of(CUT_BEFORE));
        assertThat(phone.engine.sync().status()).isInstanceOf(SyncResult.Failed.class);
        assertThat(phone.points.load().cursor()).isEqualTo(2);

        SyncResult done = phone.engine.sync();
        assertThat(done.synced()).isTrue();
        assertThat(done.pulled()).isEqualTo(3);
        assertThat(done.driftWarnings()).singleElement().satisfies(w -> assertThat(w.deviceId()).isEqualTo(laptop.id.toString()));
        assertThat(phone.points.load()).isEqualTo(new SyncPoint(5, phone.clock.state()));
        assertThat(phone.clock.state()).isGreaterThan(server.ops().getLast().hlc());
        assertThat(phone.replica.state()).isEqualTo(laptop.replica.state());
    }

    @Test
    void aMergeThatDrivesAnItemBelowZeroIsReported() {
        riceOf1000gOnBoth();
        use(phone, 700);
        use(laptop, 600);
        phone.engine.sync();
        SyncResult result = laptop.engine.sync();
        assertThat(result.overdrawnItems()).containsExactly(RICE.toString());
        StockItem rice = laptop.replica.state().stock().get(RICE.toString());
        assertThat(rice.quantity()).isEqualByComparingTo("0");
        assertThat(rice.overdrawn()).isTrue();
    }

    @Test
    void aServerThatAcknowledgesNothingLeavesTheOpsPending() {
        use(phone, 1);
        SyncEngine stubborn = new SyncEngine(phone.outbox, new SyncTransport() {
            @Override
            public PushReply push(UUID deviceId, List<Op> ops) {
                return new PushReply(java.util.Set.of(), 0);
            }

            @Override
            public PullPage pull(long afterSeq, int limit) {
                return new PullPage(List.of(), afterSeq, false);
            }
        }, phone.replica, phone.clock, phone.points);
        SyncResult result = stubborn.sync();
        assertThat(result.status()).isEqualTo(new SyncResult.Pending(1, "the server did not acknowledge 1 operations"));
    }

    @Test
    void aNewDeviceStartsFromTheCompactedSnapshotThenPullsWhatCameAfter() {
        UUID bread = UUID.fromString("0193a1b2-0000-7000-8000-0000000000bb");
        riceOf1000gOnBoth();
        for (int i = 0; i < 5; i++) use(laptop, 10);
        laptop.make(s -> Op.itemCreated(s, bread, OpTest.rice()));
        laptop.make(s -> Op.quantityAdjusted(s, bread, BigDecimal.ONE, Reason.ADDED));
        laptop.make(s -> Op.itemRemoved(s, bread));
        assertThat(laptop.engine.sync().synced()).isTrue();
        assertThat(server.lastSeq()).isEqualTo(10);

        SimDevice tablet = new SimDevice(3, server, NOW, Duration.ZERO, 2, 2);
        tablet.transport.failWith(List.of(CUT_AFTER));
        assertThat(tablet.engine.sync().status()).as("a snapshot cut off changes nothing").isInstanceOf(SyncResult.Failed.class);
        assertThat(tablet.points.load().cursor()).isZero();
        assertThat(tablet.replica.state().stock()).isEmpty();

        SyncResult first = tablet.engine.sync();
        assertThat(first.synced()).isTrue();
        assertThat(first.pulled()).as("the bread's creation and addition, cancelled by its removal, are left out").isEqualTo(8);
        assertThat(tablet.transport.snapshotsGiven).isEqualTo(1);
        assertThat(tablet.points.load().cursor()).isEqualTo(10);
        assertThat(tablet.replica.state()).isEqualTo(laptop.replica.state());
        assertThat(rice(tablet)).isEqualByComparingTo("950");

        use(phone, 100);
        phone.engine.sync();
        SyncResult next = tablet.engine.sync();
        assertThat(next.pulled()).isEqualTo(1);
        assertThat(tablet.transport.snapshotsGiven).as("only a device that has pulled nothing asks for one").isEqualTo(1);
        assertThat(rice(tablet)).isEqualByComparingTo("850");
    }
}
