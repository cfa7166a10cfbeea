package dev.fridgechef.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.server.auth.Authenticator;
import dev.fridgechef.server.auth.Caller;
import dev.fridgechef.server.http.ApiException;
import dev.fridgechef.server.http.JsonBody;
import dev.fridgechef.server.http.Replies;
import dev.fridgechef.server.http.Routes;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * /api/v1/sync/*: devices push their operation logs and pull the household's. Every answer carries
 * the server's time, so a client can warn about its clock; a push whose HLC wall times run more than
 * 5 minutes ahead of the server is stored all the same, with a {@code clockWarning}.
 */
public final class SyncRoutes {
    public static final int MAX_OPS = 1000;
    public static final int MAX_BODY_BYTES = 4 * 1024 * 1024;
    public static final int DEFAULT_PULL = 500;
    public static final int MAX_PULL = 1000;
    /** A log longer than this is pulled page by page rather than compacted into one answer. */
    public static final int MAX_SNAPSHOT_LOG = 100_000;
    static final Duration DRIFT_WARNING = Duration.ofMinutes(5);
    private static final Set<String> PUSH_FIELDS = Set.of("deviceId", "deviceName", "ops");

    private final SyncLog log;
    private final Clock clock;

    public SyncRoutes(SyncLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public void register(Routes routes) {
        routes.user("POST", "/api/v1/sync/push", this::push);
        routes.user("GET", "/api/v1/sync/pull", this::pull);
        routes.user("GET", "/api/v1/sync/snapshot", this::snapshot);
        routes.user("GET", "/api/v1/sync/status", this::status);
    }

    private void push(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        JsonBody body = JsonBody.of(ctx, MAX_BODY_BYTES).only(PUSH_FIELDS);
        UUID deviceId = uuid(body.string("deviceId", 1, 100), "deviceId");
        Optional<String> deviceName = body.optionalString("deviceName", 1, SyncLog.MAX_DEVICE_NAME);
        JsonNode array = body.node("ops");
        if (array.isMissingNode() || array.isNull()) throw ApiException.invalidField("ops", "is required");
        if (!array.isArray()) throw ApiException.invalidField("ops", "must be a list of operations");
        if (array.size() > MAX_OPS) throw ApiException.invalidField("ops", "may hold at most " + MAX_OPS + " operations a push");
        List<SyncOp> ops = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            SyncOp op = SyncOp.parse(array.get(i), i);
            if (!op.deviceId().equals(deviceId)) throw ApiException.invalidField("ops[" + i + "].deviceId", "must be the body's deviceId");
            ops.add(op);
        }
        SyncLog.Pushed pushed = log.push(caller.userId(), deviceId, deviceName, ops);
        Instant now = clock.instant();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("acknowledged", pushed.acknowledged());
        answer.put("stored", pushed.stored());
        answer.put("duplicates", pushed.duplicates());
        answer.put("lastSeq", pushed.lastSeq());
        answer.put("serverTime", now);
        long aheadMs = ops.stream().mapToLong(SyncOp::wallMillis).max().orElse(now.toEpochMilli()) - now.toEpochMilli();
        if (aheadMs > DRIFT_WARNING.toMillis()) {
            Map<String, Object> warning = new LinkedHashMap<>();
            warning.put("aheadMs", aheadMs);
            warning.put("message", "Operation clocks run " + Duration.ofMillis(aheadMs).toSeconds()
                    + " s ahead of the server's; check this device's clock (the operations were stored)");
            answer.put("clockWarning", warning);
        }
        Replies.json(ctx, 200, answer);
    }

    private void pull(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        UUID deviceId = deviceParam(ctx);
        long after = number(ctx, "after", 0, Long.MAX_VALUE, 0);
        int limit = (int) number(ctx, "limit", 1, MAX_PULL, DEFAULT_PULL);
        SyncLog.Pulled pulled = log.pull(caller.userId(), deviceId, after, limit);
        List<JsonNode> ops = new ArrayList<>(pulled.ops().size());
        for (SyncLog.StoredOp stored : pulled.ops()) ops.add(stored.op().wire().put("serverSeq", stored.serverSeq()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ops", ops);
        answer.put("next", pulled.next());
        answer.put("more", pulled.more());
        answer.put("serverTime", clock.instant());
        Replies.json(ctx, 200, answer);
    }

    private void snapshot(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        UUID deviceId = deviceParam(ctx);
        SyncLog.Snapshot snapshot = log.snapshot(caller.userId(), deviceId, MAX_SNAPSHOT_LOG).orElseThrow(() -> ApiException.conflict(
                "snapshot_unavailable", "No snapshot: the log holds over " + MAX_SNAPSHOT_LOG + " operations, or one this server cannot compact; pull it page by page"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ops", snapshot.ops());
        answer.put("cursor", snapshot.cursor());
        answer.put("logOps", snapshot.logOps());
        answer.put("serverTime", clock.instant());
        Replies.json(ctx, 200, answer);
    }

    private void status(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        UUID deviceId = deviceParam(ctx);
        SyncLog.Status status = log.status(caller.userId(), deviceId);
        Map<String, Object> device = new LinkedHashMap<>();
        device.put("deviceId", deviceId);
        device.put("registered", status.device().isPresent());
        long cursor = status.device().map(SyncLog.Device::cursor).orElse(0L);
        device.put("cursor", cursor);
        device.put("pending", Math.max(0, status.lastSeq() - cursor));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("lastSeq", status.lastSeq());
        answer.put("device", device);
        answer.put("devices", status.devices().stream().map(d -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("deviceId", d.deviceId());
            row.put("name", d.name());
            row.put("userId", d.userId());
            row.put("username", d.username());
            row.put("lastPushAt", d.lastPushAt());
            row.put("lastPullAt", d.lastPullAt());
            row.put("cursor", d.cursor());
            return row;
        }).toList());
        answer.put("serverTime", clock.instant());
        Replies.json(ctx, 200, answer);
    }

    private static UUID deviceParam(Context ctx) {
        String text = ctx.queryParam("deviceId");
        if (text == null || text.isBlank()) throw ApiException.invalidField("deviceId", "is required (a UUID)");
        return uuid(text.strip(), "deviceId");
    }

    private static UUID uuid(String text, String field) {
        if (text.length() != 36) throw ApiException.invalidField(field, "must be a UUID");
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(field, "must be a UUID");
        }
    }

    private static long number(Context ctx, String name, long min, long max, long absent) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) return absent;
        long n;
        try {
            n = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(name, "must be a whole number");
        }
        if (n < min || n > max) throw ApiException.invalidField(name, "must be between " + min + " and " + max);
        return n;
    }
}
