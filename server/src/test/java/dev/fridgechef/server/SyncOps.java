package dev.fridgechef.server;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Sync operations as a device would push them (wire format of issue 14), made up for the tests. */
final class SyncOps {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private SyncOps() {
    }

    /** A version 7 UUID: 48 bits of Unix milliseconds, then random bits. */
    static UUID uuidV7() {
        long ms = System.currentTimeMillis();
        long high = (ms << 16) | 0x7000L | (RANDOM.nextInt() & 0x0fffL);
        long low = (RANDOM.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    static String hlc(long wallMillis, UUID device) {
        return String.format("%013d-%04x-%s", wallMillis, COUNTER.getAndIncrement() & 0xffff, device);
    }

    static Map<String, Object> op(UUID device, String entity, String kind, Map<String, Object> payload) {
        return op(uuidV7(), hlc(System.currentTimeMillis(), device), device, entity, kind, payload);
    }

    static Map<String, Object> op(UUID opId, String hlc, UUID device, String entity, String kind, Map<String, Object> payload) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("opId", opId.toString());
        op.put("hlc", hlc);
        op.put("deviceId", device.toString());
        op.put("entity", entity);
        op.put("entityId", "item-" + COUNTER.incrementAndGet());
        op.put("kind", kind);
        op.put("payload", payload);
        return op;
    }

    /** A stock quantity change: the usual operation. */
    static Map<String, Object> adjust(UUID device, int delta) {
        return op(device, "stock", "QuantityAdjusted", Map.of("delta", delta, "reason", "used"));
    }

    static Map<String, Object> push(UUID device, java.util.List<Map<String, Object>> ops) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deviceId", device.toString());
        body.put("ops", ops);
        return body;
    }
}
