package dev.fridgechef.server;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.store.Store;
import dev.fridgechef.sync.SyncResult;
import dev.fridgechef.sync.http.HttpSyncTransport;
import dev.fridgechef.sync.http.SyncCredentials;
import dev.fridgechef.sync.store.DeviceSync;
import dev.fridgechef.sync.store.SyncStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sync in a process of its own killed with SIGKILL in the middle of pushing, and another in the
 * middle of pulling; the next sync completes and nothing is lost or applied twice.
 */
class SyncKillTest {
    private static final String PASSWORD = "correct horse battery";
    private static final int ITEMS = 600;

    @TempDir
    Path dir;

    /** The child process: one sync of the store with small batches, as {@code fridge sync} does it. */
    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(Path.of(args[0]))) {
            SyncStore sync = new SyncStore(store.jdbi(), Clock.systemUTC());
            SyncStore.Link link = sync.link().orElseThrow();
            HttpSyncTransport transport = new HttpSyncTransport(args[2], new SyncCredentials(Path.of(args[1])), link.deviceId(), "child",
                    Duration.ofSeconds(10));
            System.out.println(new DeviceSync(sync, transport, 10, 10).sync());
        }
    }

    private Process child(Path store, Path config, String url) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SyncKillTest.class.getName(),
                store.toString(), config.toString(), url).redirectErrorStream(true).redirectOutput(dir.resolve("child-" + System.nanoTime() + ".log").toFile()).start();
    }

    private static long lastSeq(Api api, Api.Session s) {
        return api.get("/api/v1/sync/status?deviceId=" + java.util.UUID.randomUUID(), s.access()).json().path("lastSeq").asLong();
    }

    private static Map<String, Double> stock(FridgeChef app) {
        Map<String, Double> stock = new TreeMap<>();
        for (StockEntry e : app.inventory().list()) stock.merge(e.item().name(), e.item().quantity(), Double::sum);
        return stock;
    }

    @Test
    void aSyncKilledMidPushOrMidPullCompletesNextTimeWithoutLossOrRepeats() throws Exception {
        ServerApp server = TestServer.shared();
        Api api = new Api(server);
        String url = "http://127.0.0.1:" + server.port();
        Api.Session anna = SyncApiTest.member(api, "killanna");
        Api.Session boris = SyncApiTest.joiner(api, anna, "killboris");
        FoodDatabase foods = FoodDatabase.load();
        Path storeA = dir.resolve("a").resolve("store");
        Path storeB = dir.resolve("b").resolve("store");
        Path configA = dir.resolve("a").resolve("config");
        Path configB = dir.resolve("b").resolve("config");

        try (FridgeChef a = new FridgeChef(Store.open(storeA), foods, Clock.systemUTC())) {
            List<ItemDraft> drafts = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (int i = 1; i <= ITEMS; i++) {
                drafts.add(ItemDraft.of("item " + i, Integer.toString(i), "g"));
                lines.add(i);
            }
            a.inventory().importRows(drafts, lines, true);
            link(a, configA, url, anna.username());
        }
        // the other device syncs first, so that it later pulls the log page by page (a device that has pulled
        // nothing gets it as one snapshot instead)
        String deviceB;
        try (FridgeChef b = new FridgeChef(Store.open(storeB), foods, Clock.systemUTC())) {
            b.inventory().add(ItemDraft.of("boris's rice", "500", "g"));
            link(b, configB, url, boris.username());
            deviceB = b.sync().link().orElseThrow().deviceId().toString();
            assertThat(sync(b, configB, url).result().status()).isInstanceOf(SyncResult.Synced.class);
            assertThat(b.sync().link().orElseThrow().cursor()).isEqualTo(2);
        }
        assertThat(lastSeq(api, anna)).isEqualTo(2);

        // push: killed once the server holds some but not all of the 1200 operations
        Process push = child(storeA, configA, url);
        long seen = waitForSeq(api, anna, push, 100);
        assertThat(push.isAlive()).as("the push was still running when killed").isTrue();
        push.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertThat(seen).isLessThan(2L * ITEMS + 2);

        Map<String, Double> expected;
        try (FridgeChef a = new FridgeChef(Store.open(storeA), foods, Clock.systemUTC())) {
            DeviceSync.Report done = sync(a, configA, url);
            assertThat(done.result().status()).as(done.toString()).isInstanceOf(SyncResult.Synced.class);
            assertThat(a.sync().pending()).isZero();
            expected = stock(a);
        }
        assertThat(expected).hasSize(ITEMS + 1).containsEntry("boris's rice", 500.0);
        assertThat(lastSeq(api, anna)).isEqualTo(2L * ITEMS + 2);

        // pull: the other device is killed part way through the pages
        Process pull = child(storeB, configB, url);
        long cursor = waitForCursor(api, boris, deviceB, pull, 100);
        assertThat(pull.isAlive()).as("the pull was still running when killed").isTrue();
        pull.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertThat(cursor).isBetween(100L, 2L * ITEMS + 1);
        try (FridgeChef b = new FridgeChef(Store.open(storeB), foods, Clock.systemUTC())) {
            long applied = b.sync().link().orElseThrow().cursor();
            assertThat(applied).isLessThan(2L * ITEMS + 2);
            // what was applied is exactly the pages up to the saved cursor: every item created so far with its full quantity
            assertThat(stock(b).size()).isLessThanOrEqualTo(ITEMS + 1);
            stock(b).forEach((name, quantity) -> assertThat(quantity).isEqualTo(expected.get(name)));
            DeviceSync.Report done = sync(b, configB, url);
            assertThat(done.result().status()).as(done.toString()).isInstanceOf(SyncResult.Synced.class);
            assertThat(stock(b)).isEqualTo(expected);
        }
        assertThat(lastSeq(api, anna)).isEqualTo(2L * ITEMS + 2);
    }

    private static void link(FridgeChef app, Path config, String url, String account) throws Exception {
        HttpSyncTransport.Tokens tokens = HttpSyncTransport.login(url, account, PASSWORD, "test", Duration.ofSeconds(10));
        SyncStore.Linked linked = app.sync().linkTo(url, account);
        new SyncCredentials(config).save(new SyncCredentials.Login(url, account, linked.link().deviceId().toString(), tokens.refreshToken()));
    }

    private static DeviceSync.Report sync(FridgeChef app, Path config, String url) {
        SyncStore.Link link = app.sync().link().orElseThrow();
        return new DeviceSync(app.sync(), new HttpSyncTransport(url, new SyncCredentials(config), link.deviceId(), "test", Duration.ofSeconds(10))).sync();
    }

    /** The pull cursor the server last saw from the device (it notes each pull's position). */
    private static long waitForCursor(Api api, Api.Session s, String device, Process p, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long cursor = 0;
        while (System.nanoTime() < deadline && p.isAlive()) {
            for (var d : api.get("/api/v1/sync/status?deviceId=" + device, s.access()).json().path("devices")) {
                if (d.path("deviceId").asText().equals(device)) cursor = d.path("cursor").asLong();
            }
            if (cursor >= atLeast) return cursor;
            Thread.sleep(5);
        }
        return cursor;
    }

    private static long waitForSeq(Api api, Api.Session s, Process p, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()) {
            long seq = lastSeq(api, s);
            if (seq >= atLeast) return seq;
            Thread.sleep(5);
        }
        return lastSeq(api, s);
    }
}
