package dev.fridgechef.server.load;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One device of a seeded household in the sync load: in a loop it pushes a batch of 1 to 20 made-up
 * operations (stock, diary, profile, plan) and pulls everything after its cursor (page after page
 * while the server says there is more). It checks each page continues its cursor without a gap.
 */
final class SyncClient {
    static final String PUSH = "POST /api/v1/sync/push";
    static final String PULL = "GET /api/v1/sync/pull";
    private static final String[][] KINDS = {
            {"stock", "ItemCreated"}, {"stock", "QuantityAdjusted"}, {"stock", "QuantityAdjusted"}, {"stock", "QuantityAdjusted"},
            {"stock", "FieldSet"}, {"stock", "ItemRemoved"}, {"diary", "EntryAdded"}, {"diary", "EntryRemoved"},
            {"profile", "RegisterSet"}, {"profile", "FlagSet"}, {"plan", "RegisterSet"}};

    final Member member;
    final UUID device = UUID.randomUUID();
    /** Operations the household's log holds, as its devices' pushes reported them stored (shared by its devices). */
    final AtomicLong householdStored;
    private final Http http;
    private final Random random;
    private final int pullLimit;
    private final long minThinkMs;
    private final long maxThinkMs;
    private long cursor;
    private int counter;
    long opsPushed;
    long opsPulled;
    long gaps;

    SyncClient(Member member, AtomicLong householdStored, Http http, long seed, int pullLimit, long minThinkMs, long maxThinkMs) {
        this.member = member;
        this.householdStored = householdStored;
        this.http = http;
        this.random = new Random(seed);
        this.pullLimit = pullLimit;
        this.minThinkMs = minThinkMs;
        this.maxThinkMs = maxThinkMs;
    }

    /** Push, pull, think; until {@code endNanos} or until the phase's request budget is spent. */
    void run(Recorder recorder, long endNanos) {
        while (System.nanoTime() < endNanos && recorder.allow()) {
            push(recorder);
            pullAll(recorder, endNanos);
            if (maxThinkMs > 0) LockSupport.parkNanos((minThinkMs + random.nextLong(maxThinkMs - minThinkMs + 1)) * 1_000_000);
        }
    }

    private void push(Recorder recorder) {
        List<Map<String, Object>> ops = new ArrayList<>();
        for (int n = 1 + random.nextInt(20); n > 0; n--) ops.add(op());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deviceId", device.toString());
        body.put("ops", ops);
        Http.Reply r = http.send(recorder, PUSH, "POST", "/api/v1/sync/push", member.token(http, recorder), body);
        if (r.ok()) {
            long stored = r.json().path("stored").asLong();
            householdStored.addAndGet(stored);
            opsPushed += stored;
        }
    }

    /** Pulls until the server has nothing more (at most 20 pages a round, so a lagging client still pushes); whether it got to the end. */
    boolean pullAll(Recorder recorder, long endNanos) {
        for (int page = 0; page < 20; page++) {
            Http.Reply r = http.send(recorder, PULL, "GET", "/api/v1/sync/pull?after=" + cursor + "&limit=" + pullLimit + "&deviceId=" + device,
                    member.token(http, recorder), null);
            if (!r.ok()) return false;
            for (JsonNode op : r.json().path("ops")) {
                long seq = op.path("serverSeq").asLong();
                if (seq != cursor + 1) gaps++;
                cursor = seq;
                opsPulled++;
            }
            if (!r.json().path("more").asBoolean()) return true;
            if (System.nanoTime() > endNanos) return false;
        }
        return false;
    }

    /** The household's last number and this device's cursor as the server keeps them. */
    Http.Reply status(Recorder recorder) {
        return http.send(recorder, "GET /api/v1/sync/status", "GET", "/api/v1/sync/status?deviceId=" + device, member.token(http, recorder), null);
    }

    long cursor() {
        return cursor;
    }

    private Map<String, Object> op() {
        String[] kind = KINDS[random.nextInt(KINDS.length)];
        long now = System.currentTimeMillis();
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("opId", uuidV7(now).toString());
        op.put("hlc", String.format("%013d-%04x-%s", now, counter++ & 0xffff, device));
        op.put("deviceId", device.toString());
        op.put("entity", kind[0]);
        op.put("entityId", kind[0] + "-" + random.nextInt(60));
        op.put("kind", kind[1]);
        op.put("payload", switch (kind[1]) {
            case "ItemCreated" -> Map.of("food", "milk", "unit", "ml", "qty", 1000, "expires", "2026-12-24");
            case "QuantityAdjusted" -> Map.of("delta", -(1 + random.nextInt(250)), "reason", "used");
            case "FieldSet" -> Map.of("field", "note", "value", "top shelf");
            case "EntryAdded" -> Map.of("food", "oats", "grams", 40 + random.nextInt(60), "meal", "breakfast");
            case "RegisterSet" -> Map.of("field", "slot-" + random.nextInt(21), "value", "soup " + random.nextInt(100));
            case "FlagSet" -> Map.of("set", "dislikes", "element", "olives", "on", random.nextBoolean());
            default -> Map.of();
        });
        return op;
    }

    private UUID uuidV7(long ms) {
        long high = (ms << 16) | 0x7000L | (random.nextInt() & 0x0fffL);
        long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
