package dev.fridgechef.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sync log's order under concurrency: pushes from many threads and devices, on one or two
 * instances, give a household gapless, strictly increasing numbers, and a device pulling at the same
 * time never misses an operation; a restart between push and pull loses nothing.
 */
class SyncConcurrencyTest {
    private static final int THREADS = 8;
    private static final int PUSHES_A_THREAD = 25;

    @Test
    void concurrentPushesGiveGaplessNumbersAndAConcurrentPullerMissesNothing() throws Exception {
        Api api = new Api(TestServer.shared());
        race(List.of(api), "syncrace");
    }

    @Test
    void twoInstancesOnOneDatabaseKeepOneGaplessOrder() throws Exception {
        var db = TestServer.shared().database().embeddedTarget().orElseThrow();
        try (ServerApp second = ServerApp.start(TestServer.options(TestServer.freshFolder("second-sync"))
                .withDatabase(new ServerOptions.ExternalDatabase(db.url(), db.user(), db.password())))) {
            race(List.of(new Api(TestServer.shared()), new Api(second)), "synctwo");
        }
    }

    @Test
    void aRestartBetweenPushAndPullLosesNothing() throws IOException {
        var folder = TestServer.freshFolder("sync-restart");
        UUID phone = UUID.randomUUID();
        UUID laptop = UUID.randomUUID();
        Api.Session ann;
        List<String> pushed = new ArrayList<>();
        try (ServerApp app = ServerApp.start(TestServer.options(folder))) {
            Api api = new Api(app);
            ann = SyncApiTest.member(api, "syncrestart");
            for (int i = 0; i < 3; i++) {
                List<Map<String, Object>> ops = List.of(SyncOps.adjust(phone, i), SyncOps.adjust(phone, -i));
                assertThat(SyncApiTest.push(api, ann, phone, ops).status()).isEqualTo(200);
                ops.forEach(o -> pushed.add((String) o.get("opId")));
            }
        }
        try (ServerApp app = ServerApp.start(TestServer.options(folder))) {
            Api api = new Api(app);
            JsonNode log = SyncApiTest.pull(api, ann, laptop, 0, 1000).json();
            assertThat(opIds(log.path("ops"))).containsExactlyElementsOf(pushed);
            // numbering goes on where it stopped
            Api.Reply more = SyncApiTest.push(api, ann, phone, List.of(SyncOps.adjust(phone, 7)));
            assertThat(more.json().path("lastSeq").asLong()).isEqualTo(7);
            assertThat(api.get("/api/v1/sync/status?deviceId=" + laptop, ann.access()).json().path("device").path("pending").asLong())
                    .isEqualTo(1);
        }
    }

    /**
     * 8 threads push batches of 1-10 operations as 2 devices of 2 members (now and then a batch
     * again, as after a lost answer), spread over the given instances, while a third device pulls in
     * small pages in a loop, checking that every page continues the last without a gap.
     */
    private static void race(List<Api> apis, String prefix) throws Exception {
        Api first = apis.getFirst();
        Api.Session ann = SyncApiTest.member(first, prefix + "a");
        Api.Session ben = SyncApiTest.joiner(first, ann, prefix + "b");
        UUID annPhone = UUID.randomUUID();
        UUID benPhone = UUID.randomUUID();
        UUID puller = UUID.randomUUID();
        Set<String> pushed = ConcurrentHashMap.newKeySet();
        AtomicBoolean pushing = new AtomicBoolean(true);
        List<String> pulled = new ArrayList<>();
        long t0 = System.nanoTime();
        try (ExecutorService threads = Executors.newFixedThreadPool(THREADS + 1)) {
            Future<Integer> pulls = threads.submit(() -> {
                long cursor = 0;
                int requests = 0;
                while (true) {
                    boolean last = !pushing.get(); // read before the pull: a pull after the last push commits sees everything
                    Api api = apis.get(requests % apis.size());
                    JsonNode page = SyncApiTest.pull(api, ann, puller, cursor, 37).json();
                    requests++;
                    for (JsonNode op : page.path("ops")) {
                        long seq = op.path("serverSeq").asLong();
                        assertThat(seq).as("the page after %d continues it", cursor).isEqualTo(cursor + 1);
                        cursor = seq;
                        pulled.add(op.path("opId").asText());
                    }
                    if (last && !page.path("more").asBoolean()) return requests;
                }
            });
            List<Future<?>> pushers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                pushers.add(threads.submit(() -> {
                    Random random = new Random(thread);
                    Api.Session who = thread % 2 == 0 ? ann : ben;
                    UUID device = thread % 2 == 0 ? annPhone : benPhone;
                    List<Map<String, Object>> previous = List.of();
                    for (int i = 0; i < PUSHES_A_THREAD; i++) {
                        List<Map<String, Object>> ops;
                        if (!previous.isEmpty() && random.nextInt(5) == 0) {
                            ops = previous;
                        } else {
                            ops = new ArrayList<>();
                            for (int n = 1 + random.nextInt(10); n > 0; n--) ops.add(SyncOps.adjust(device, random.nextInt(100) - 50));
                        }
                        Api api = apis.get((thread + i) % apis.size());
                        Api.Reply r = SyncApiTest.push(api, who, device, ops);
                        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
                        assertThat(SyncApiTest.ids(r.json().path("acknowledged"))).hasSize(ops.size());
                        ops.forEach(o -> pushed.add((String) o.get("opId")));
                        previous = ops;
                    }
                    return null;
                }));
            }
            try {
                for (Future<?> f : pushers) f.get(5, TimeUnit.MINUTES);
            } finally {
                pushing.set(false); // the puller stops even when a pusher failed
            }
            int pullRequests = pulls.get(5, TimeUnit.MINUTES);
            System.err.printf("sync race on %d instance(s): %d ops from %d threads, pulled concurrently in %d requests, %d ms%n",
                    apis.size(), pushed.size(), THREADS, pullRequests, (System.nanoTime() - t0) / 1_000_000);
        }
        // the whole log: numbers 1..n, each operation once, and the concurrent puller saw exactly it
        List<JsonNode> log = new ArrayList<>();
        long cursor = 0;
        while (true) {
            JsonNode page = SyncApiTest.pull(first, ben, benPhone, cursor, 1000).json();
            page.path("ops").forEach(log::add);
            cursor = page.path("next").asLong();
            if (!page.path("more").asBoolean()) break;
        }
        assertThat(log).hasSize(pushed.size());
        for (int i = 0; i < log.size(); i++) assertThat(log.get(i).path("serverSeq").asLong()).isEqualTo(i + 1);
        List<String> logIds = log.stream().map(o -> o.path("opId").asText()).toList();
        assertThat(Set.copyOf(logIds)).hasSize(logIds.size()).isEqualTo(pushed);
        assertThat(pulled).containsExactlyElementsOf(logIds);
    }

    private static List<String> opIds(JsonNode ops) {
        List<String> out = new ArrayList<>();
        ops.forEach(o -> out.add(o.path("opId").asText()));
        return out;
    }
}
