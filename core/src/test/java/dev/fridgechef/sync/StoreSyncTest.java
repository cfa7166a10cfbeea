package dev.fridgechef.sync;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.MovableClock;
import dev.fridgechef.TestFoods;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.InventoryItem;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.store.Store;
import dev.fridgechef.sync.store.DeviceSync;
import dev.fridgechef.sync.store.H2Outbox;
import dev.fridgechef.sync.store.SyncStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two H2 stores ("devices") syncing through the in-memory server: recording, applying, merging. */
class StoreSyncTest {
    @TempDir
    Path dir;
    private final List<FridgeChef> apps = new ArrayList<>();
    private final FakeServer server = new FakeServer();

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));

    private FridgeChef device(String name) {
        FridgeChef app = new FridgeChef(Store.open(dir.resolve(name).resolve("store")), TestFoods.get(), clock);
        apps.add(app);
        return app;
    }

    @AfterEach
    void close() {
        apps.forEach(FridgeChef::close);
    }

    private DeviceSync.Report sync(FridgeChef app, FakeTransport transport) {
        clock.advance(java.time.Duration.ofMillis(10));
        return new DeviceSync(app.sync(), transport, 3, 4).sync();
    }

    private static double quantity(FridgeChef app, String name) {
        return app.inventory().list().stream().filter(e -> e.item().name().equals(name)).mapToDouble(e -> e.item().quantity()).sum();
    }

    @Test
    void nothingIsRecordedUntilTheStoreIsLinked() {
        FridgeChef a = device("a");
        a.inventory().add(ItemDraft.of("rice", "1", "kg"));
        assertThat(a.sync().link()).isEmpty();
        assertThat(new H2Outbox(a.sync().jdbi()).size()).isZero();
        assertThatThrownBy(() -> new DeviceSync(a.sync(), new FakeTransport(server)).sync()).isInstanceOf(UserException.class);
    }

    @Test
    void linkingTurnsTodaysStockIntoOperationsAndChangesBecomeDeltas() {
        FridgeChef a = device("a");
        a.inventory().add(ItemDraft.of("rice", "1", "kg"));
        SyncStore.Linked linked = a.sync().linkTo("http://server", "anna");
        assertThat(linked.first()).isTrue();
        assertThat(linked.initialOps()).isEqualTo(2);
        a.inventory().use("rice", "200", "g");
        long id = a.inventory().list().get(0).item().id();
        a.inventory().edit(id, new ItemDraft(null, null, null, "pantry", null, null, "top shelf", null), false);
        List<Op> ops = new H2Outbox(a.sync().jdbi()).pending(100);
        assertThat(ops).extracting(Op::kind).containsExactly(OpKind.ITEM_CREATED, OpKind.QUANTITY_ADJUSTED, OpKind.QUANTITY_ADJUSTED,
                OpKind.FIELD_SET, OpKind.FIELD_SET);
        assertThat(ops.get(2).delta()).isEqualByComparingTo("-0.2");
        assertThat(ops.get(2).text("reason")).isEqualTo("used");
        assertThat(ops.get(1).delta()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> a.inventory().edit(id, new ItemDraft(null, "800", "g", null, null, null, null, null), false))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.sync.unit"));
        assertThat(quantity(a, "rice")).isEqualTo(0.8);
        assertThat(new H2Outbox(a.sync().jdbi()).size()).isEqualTo(5);
        a.inventory().remove(Long.toString(id), false);
        assertThat(new H2Outbox(a.sync().jdbi()).pending(100).getLast().kind()).isEqualTo(OpKind.ITEM_REMOVED);
    }

    @Test
    void twoDevicesConvergeOnStockQuantitiesFieldsAndRemovals() {
        FridgeChef a = device("a");
        FridgeChef b = device("b");
        FakeTransport ta = new FakeTransport(server);
        FakeTransport tb = new FakeTransport(server);
        a.inventory().add(ItemDraft.of("rice", "1", "kg"));
        a.inventory().add(ItemDraft.of("milk", "1", "l"));
        a.sync().linkTo("http://server", "anna");
        b.sync().linkTo("http://server", "boris");
        assertThat(sync(a, ta).result().synced()).isTrue();
        DeviceSync.Report first = sync(b, tb);
        assertThat(first.result().pulled()).isEqualTo(4);
        assertThat(quantity(b, "rice")).isEqualTo(1.0);

        // offline, each uses 200 g of the same rice; one edits the note twice, the other once later
        a.inventory().use("rice", "200", "g");
        b.inventory().use("rice", "200", "g");
        long milkA = id(a, "milk");
        long milkB = id(b, "milk");
        a.inventory().edit(milkA, new ItemDraft(null, null, null, null, null, null, "from a", null), false);
        clock.advance(java.time.Duration.ofMillis(1000));
        b.inventory().edit(milkB, new ItemDraft(null, null, null, null, null, null, "from b", null), false);
        b.inventory().add(ItemDraft.of("eggs", "10", "pcs"));

        ta.failWith(List.of(FakeTransport.Fault.CUT_AFTER));
        assertThat(sync(a, ta).result().status()).isInstanceOf(SyncResult.Failed.class);
        for (int round = 0; round < 2; round++) {
            sync(b, tb);
            sync(a, ta);
        }
        for (FridgeChef app : List.of(a, b)) {
            assertThat(quantity(app, "rice")).isEqualTo(0.6);
            assertThat(note(app, "milk")).isEqualTo("from b");
            assertThat(quantity(app, "eggs")).isEqualTo(10);
            assertThat(new H2Outbox(app.sync().jdbi()).size()).isZero();
        }
        SyncStore.ItemHistory history = a.sync().history("milk");
        assertThat(history.lost()).anySatisfy(l -> {
            assertThat(l.field()).isEqualTo("note");
            assertThat(l.value().asText()).isEqualTo("from a");
        });

        // a removal on one removes it on the other
        b.inventory().remove("eggs", false);
        sync(b, tb);
        sync(a, ta);
        assertThat(quantity(a, "eggs")).isZero();
    }

    @Test
    void anOverdrawnMergeShowsZeroAndIsReported() {
        FridgeChef a = device("a");
        FridgeChef b = device("b");
        FakeTransport ta = new FakeTransport(server);
        FakeTransport tb = new FakeTransport(server);
        a.inventory().add(ItemDraft.of("rice", "300", "g"));
        a.sync().linkTo("http://server", "anna");
        b.sync().linkTo("http://server", "boris");
        sync(a, ta);
        sync(b, tb);
        a.inventory().use("rice", "200", "g");
        b.inventory().use("rice", "200", "g");
        sync(a, ta);
        DeviceSync.Report report = sync(b, tb);
        assertThat(report.result().overdrawnItems()).containsExactly("rice");
        assertThat(quantity(b, "rice")).isZero();
        sync(a, ta);
        assertThat(quantity(a, "rice")).isZero();
    }

    private static long id(FridgeChef app, String name) {
        return app.inventory().list().stream().map(StockEntry::item).filter(i -> i.name().equals(name)).mapToLong(InventoryItem::id).findFirst().orElseThrow();
    }

    private static String note(FridgeChef app, String name) {
        return app.inventory().list().stream().map(StockEntry::item).filter(i -> i.name().equals(name)).map(InventoryItem::note).findFirst().orElseThrow();
    }
}
