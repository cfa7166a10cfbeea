package dev.fridgechef.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Sync (issue 14): push and pull round trip, idempotence, validation, drift, isolation between households, metrics. */
class SyncApiTest {
    static Api api;

    @BeforeAll
    static void start() {
        api = new Api(TestServer.shared());
    }

    /** A user in a household of their own; their access token. */
    static Api.Session member(Api api, String prefix) {
        Api.Session s = api.register(prefix);
        assertThat(api.post("/api/v1/households", s.access(), Map.of("name", "Home of " + s.username())).status()).isEqualTo(201);
        return s;
    }

    /** A second member of {@code owner}'s household. */
    static Api.Session joiner(Api api, Api.Session owner, String prefix) {
        String home = api.get("/api/v1/households/mine", owner.access()).text("id");
        String code = api.post("/api/v1/households/" + home + "/invites", owner.access(), Map.of()).text("code");
        Api.Session s = api.register(prefix);
        assertThat(api.post("/api/v1/households/join", s.access(), Map.of("code", code)).status()).isEqualTo(200);
        return s;
    }

    static Api.Reply push(Api api, Api.Session s, UUID device, List<Map<String, Object>> ops) {
        return api.post("/api/v1/sync/push", s.access(), SyncOps.push(device, ops));
    }

    /**
     * A push that asks before it sends its body ({@code Expect: 100-continue}), as a client with
     * megabytes to send should: a refusal by Content-Length then comes before the body is sent. Sent
     * at once instead, a body larger than the socket buffers may still be on its way when the server
     * answers 413 and closes, and the client sees a reset connection rather than the answer.
     */
    static java.net.http.HttpResponse<String> pushAskingFirst(Api.Session s, UUID device, List<Map<String, Object>> ops) {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + TestServer.shared().port() + "/api/v1/sync/push"))
                .expectContinue(true).header("Authorization", "Bearer " + s.access()).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Api.write(Map.of("deviceId", device.toString(), "ops", ops)))).build();
        try (java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()) {
            return client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Api.Reply pull(Api api, Api.Session s, UUID device, long after, int limit) {
        return api.get("/api/v1/sync/pull?after=" + after + "&limit=" + limit + "&deviceId=" + device, s.access());
    }

    @Test
    void pushedOperationsArePulledInServerOrder() {
        Api.Session ann = member(api, "syncann");
        Api.Session ben = joiner(api, ann, "syncben");
        UUID phone = UUID.randomUUID();
        UUID laptop = UUID.randomUUID();
        List<Map<String, Object>> ops = List.of(
                SyncOps.op(phone, "stock", "ItemCreated", Map.of("food", "milk", "unit", "ml", "qty", 1000)),
                SyncOps.adjust(phone, -200),
                SyncOps.op(phone, "diary", "EntryAdded", Map.of("food", "milk", "grams", 200, "note", "café ☕")),
                SyncOps.op(phone, "profile", "FlagSet", Map.of("set", "allergies", "element", "peanut", "on", true)),
                SyncOps.op(phone, "plan", "RegisterSet", Map.of("slot", "2026-12-01/dinner", "value", "soup")));
        Api.Reply pushed = api.post("/api/v1/sync/push", ann.access(), Map.of("deviceId", phone.toString(), "deviceName", "Ann's phone", "ops", ops));
        assertThat(pushed.status()).as(pushed.raw().body()).isEqualTo(200);
        assertThat(ids(pushed.json().path("acknowledged"))).containsExactlyElementsOf(ops.stream().map(o -> (String) o.get("opId")).toList());
        assertThat(pushed.json().path("lastSeq").asLong()).isEqualTo(5);
        assertThat(pushed.json().path("stored").asInt()).isEqualTo(5);
        assertThat(pushed.json().has("clockWarning")).isFalse();
        assertThat(java.time.Instant.parse(pushed.text("serverTime"))).isCloseTo(java.time.Instant.now(),
                org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MINUTES));

        // another member's device pulls in pages
        Api.Reply first = pull(api, ben, laptop, 0, 3);
        assertThat(first.status()).as(first.raw().body()).isEqualTo(200);
        assertThat(first.json().path("more").asBoolean()).isTrue();
        assertThat(first.json().path("next").asLong()).isEqualTo(3);
        Api.Reply rest = pull(api, ben, laptop, 3, 3);
        assertThat(rest.json().path("more").asBoolean()).isFalse();
        assertThat(rest.json().path("next").asLong()).isEqualTo(5);
        List<JsonNode> pulled = new ArrayList<>();
        first.json().path("ops").forEach(pulled::add);
        rest.json().path("ops").forEach(pulled::add);
        assertThat(pulled).hasSize(5);
        for (int i = 0; i < 5; i++) {
            JsonNode got = pulled.get(i);
            Map<String, Object> sent = ops.get(i);
            assertThat(got.path("serverSeq").asLong()).isEqualTo(i + 1);
            for (String field : List.of("opId", "hlc", "deviceId", "entity", "entityId", "kind")) {
                assertThat(got.path(field).asText()).as(field).isEqualTo(sent.get(field).toString());
            }
            assertThat(got.path("payload")).isEqualTo(Api.JSON.valueToTree(sent.get("payload")));
        }
        // nothing after the end; the cursor stays
        Api.Reply none = pull(api, ben, laptop, 5, 500);
        assertThat(none.json().path("ops").size()).isZero();
        assertThat(none.json().path("next").asLong()).isEqualTo(5);

        Api.Reply status = api.get("/api/v1/sync/status?deviceId=" + laptop, ben.access());
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().path("lastSeq").asLong()).isEqualTo(5);
        assertThat(status.json().path("device").path("cursor").asLong()).isEqualTo(5);
        assertThat(status.json().path("device").path("pending").asLong()).isZero();
        JsonNode devices = status.json().path("devices");
        assertThat(devices.size()).isEqualTo(2);
        assertThat(devices.get(0).path("name").asText()).isEqualTo("Ann's phone");
        assertThat(devices.get(0).path("lastPushAt").isTextual()).isTrue();
        assertThat(devices.get(0).path("lastPullAt").isNull()).isTrue();
        assertThat(devices.get(1).path("lastPullAt").isTextual()).isTrue();
        Api.Reply phoneStatus = api.get("/api/v1/sync/status?deviceId=" + phone, ann.access());
        assertThat(phoneStatus.json().path("device").path("pending").asLong()).isEqualTo(5);
        Api.Reply fresh = api.get("/api/v1/sync/status?deviceId=" + UUID.randomUUID(), ann.access());
        assertThat(fresh.json().path("device").path("registered").asBoolean()).isFalse();
        assertThat(fresh.json().path("device").path("pending").asLong()).isEqualTo(5);
    }

    @Test
    void pushingTheSameOperationsAgainChangesNothing() {
        Api.Session s = member(api, "syncagain");
        UUID device = UUID.randomUUID();
        List<Map<String, Object>> ops = List.of(SyncOps.adjust(device, 1), SyncOps.adjust(device, 2), SyncOps.adjust(device, 3));
        Api.Reply first = push(api, s, device, ops);
        Api.Reply again = push(api, s, device, ops);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("acknowledged")).isEqualTo(first.json().path("acknowledged"));
        assertThat(again.json().path("lastSeq").asLong()).isEqualTo(3);
        assertThat(again.json().path("stored").asInt()).isZero();
        assertThat(again.json().path("duplicates").asInt()).isEqualTo(3);
        // old and new together, and an op twice in one push: only the new one gets a number
        Map<String, Object> fourth = SyncOps.adjust(device, 4);
        Api.Reply mixed = push(api, s, device, List.of(ops.get(1), fourth, fourth, ops.get(0)));
        assertThat(mixed.json().path("lastSeq").asLong()).isEqualTo(4);
        assertThat(mixed.json().path("stored").asInt()).isEqualTo(1);
        assertThat(ids(mixed.json().path("acknowledged"))).containsExactly((String) ops.get(1).get("opId"), (String) fourth.get("opId"),
                (String) ops.get(0).get("opId"));
        JsonNode log = pull(api, s, device, 0, 1000).json().path("ops");
        assertThat(log.size()).isEqualTo(4);
        assertThat(log.get(3).path("opId").asText()).isEqualTo(fourth.get("opId"));
        // an empty push registers the device and answers the last number
        Api.Reply empty = push(api, s, device, List.of());
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().path("lastSeq").asLong()).isEqualTo(4);
    }

    @Test
    void invalidOperationsAreRefusedNamingTheOpAndField() {
        Api.Session s = member(api, "syncbad");
        UUID device = UUID.randomUUID();
        Map<String, Object> good = SyncOps.adjust(device, 1);
        assertRefused(s, device, List.of(good, with(SyncOps.adjust(device, 1), "hlc", "12345-0001-" + device)), 422, "ops[1].hlc");
        assertRefused(s, device, List.of(with(good, "hlc", SyncOps.hlc(System.currentTimeMillis(), UUID.randomUUID()))), 422, "ops[0].hlc");
        assertRefused(s, device, List.of(with(good, "hlc", String.format("%013d-00AB-%s", System.currentTimeMillis(), device))), 422, "ops[0].hlc");
        assertRefused(s, device, List.of(SyncOps.op(device, "diary", "QuantityAdjusted", Map.of())), 422, "ops[0].kind");
        assertRefused(s, device, List.of(SyncOps.op(device, "plan", "FlagSet", Map.of())), 422, "ops[0].kind");
        assertRefused(s, device, List.of(SyncOps.op(device, "recipes", "FieldSet", Map.of())), 422, "ops[0].entity");
        assertRefused(s, device, List.of(with(good, "opId", UUID.randomUUID().toString())), 422, "ops[0].opId"); // v4, not v7
        assertRefused(s, device, List.of(with(good, "opId", "not-a-uuid")), 422, "ops[0].opId");
        assertRefused(s, device, List.of(with(good, "entityId", "x".repeat(101))), 422, "ops[0].entityId");
        assertRefused(s, device, List.of(with(good, "payload", List.of(1, 2))), 422, "ops[0].payload");
        assertRefused(s, device, List.of(with(good, "payload", Map.of("note", "x".repeat(8200)))), 422, "ops[0].payload");
        assertRefused(s, device, List.of(with(good, "extra", 1)), 422, "ops[0].extra");
        UUID other = UUID.randomUUID();
        assertRefused(s, device, List.of(good, SyncOps.adjust(other, 1)), 422, "ops[1].deviceId");
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) tooMany.add(SyncOps.adjust(device, i));
        assertRefused(s, device, tooMany, 422, "ops");
        Api.Reply noDevice = api.post("/api/v1/sync/push", s.access(), Map.of("ops", List.of()));
        assertThat(noDevice.status()).isEqualTo(422);
        assertThat(noDevice.text("field")).isEqualTo("deviceId");
        assertThat(api.postRaw("/api/v1/sync/push", s.access(), "{\"deviceId\": ").status()).isEqualTo(400);

        // 4 MiB of body at most: 1000 ops of 7 KiB are refused before they are read; 1000 ops of 3 KiB (over 3 MiB) are taken
        List<Map<String, Object>> big = new ArrayList<>();
        for (int i = 0; i < 1000; i++) big.add(SyncOps.op(device, "stock", "FieldSet", Map.of("field", "note", "value", "n".repeat(7000))));
        java.net.http.HttpResponse<String> tooLarge = pushAskingFirst(s, device, big);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("body_too_large");
        // nothing of the refused pushes was stored
        assertThat(pull(api, s, device, 0, 1000).json().path("ops").size()).isZero();
        List<Map<String, Object>> large = new ArrayList<>();
        for (int i = 0; i < 1000; i++) large.add(SyncOps.op(device, "stock", "FieldSet", Map.of("field", "note", "value", "n".repeat(3000))));
        Api.Reply taken = push(api, s, device, large);
        assertThat(taken.status()).as(taken.raw().body()).isEqualTo(200);
        assertThat(taken.json().path("lastSeq").asLong()).isEqualTo(1000);

        // pull and status parameters
        for (String query : List.of("after=-1", "after=x", "limit=0", "limit=1001", "deviceId=nope", "")) {
            String q = query.startsWith("deviceId") || query.isEmpty() ? query : query + "&deviceId=" + device;
            Api.Reply r = api.get("/api/v1/sync/pull?" + q, s.access());
            assertThat(r.status()).as(query).isEqualTo(422);
        }
        assertThat(api.get("/api/v1/sync/status", s.access()).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/sync/pull?deviceId=" + device, null).status()).isEqualTo(401);
    }

    @Test
    void aClockAheadIsWarnedAboutNeverRefused() {
        Api.Session s = member(api, "syncdrift");
        UUID device = UUID.randomUUID();
        long ahead = System.currentTimeMillis() + 10 * 60_000;
        Api.Reply r = push(api, s, device, List.of(SyncOps.op(SyncOps.uuidV7(), SyncOps.hlc(ahead, device), device, "stock", "ItemRemoved", Map.of())));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("lastSeq").asLong()).isEqualTo(1);
        assertThat(r.json().path("clockWarning").path("aheadMs").asLong()).isBetween(9 * 60_000L, 11 * 60_000L);
        assertThat(r.json().path("clockWarning").path("message").asText()).contains("clock");
        // behind is not warned about (an offline device pushes old operations)
        Api.Reply old = push(api, s, device, List.of(SyncOps.op(SyncOps.uuidV7(), SyncOps.hlc(1_000_000_000_000L, device), device, "stock",
                "ItemRemoved", Map.of())));
        assertThat(old.json().has("clockWarning")).isFalse();
    }

    @Test
    void anotherHouseholdsOperationsCanNeverBeRead() {
        Api.Session a = member(api, "synca");
        Api.Session b = member(api, "syncb");
        UUID deviceA = UUID.randomUUID();
        UUID deviceB = UUID.randomUUID();
        List<Map<String, Object>> opsA = List.of(SyncOps.adjust(deviceA, 1), SyncOps.adjust(deviceA, 2), SyncOps.adjust(deviceA, 3));
        assertThat(push(api, a, deviceA, opsA).status()).isEqualTo(200);

        Api.Reply nothing = pull(api, b, deviceB, 0, 1000);
        assertThat(nothing.status()).isEqualTo(200);
        assertThat(nothing.json().path("ops").size()).isZero();
        // B's own numbers start at 1 too; guessing any number shows only B's
        push(api, b, deviceB, List.of(SyncOps.adjust(deviceB, 9)));
        for (long after = 0; after < 4; after++) {
            for (JsonNode op : pull(api, b, deviceB, after, 1000).json().path("ops")) {
                assertThat(op.path("deviceId").asText()).isEqualTo(deviceB.toString());
            }
        }
        assertThat(api.get("/api/v1/sync/status?deviceId=" + deviceB, b.access()).json().path("lastSeq").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/sync/status?deviceId=" + deviceB, b.access()).json().path("devices").size()).isEqualTo(1);

        // A's device id cannot be used by B, for pushing, pulling or status
        Api.Reply stolen = push(api, b, deviceA, List.of(SyncOps.adjust(deviceA, 5)));
        assertThat(stolen.status()).isEqualTo(403);
        assertThat(stolen.text("error")).isEqualTo("device_elsewhere");
        assertThat(pull(api, b, deviceA, 0, 1000).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/sync/status?deviceId=" + deviceA, b.access()).status()).isEqualTo(403);
        // nor by another member of A's household
        Api.Session a2 = joiner(api, a, "synca2");
        assertThat(pull(api, a2, deviceA, 0, 1000).status()).isEqualTo(403);

        // pushing A's operation ids from B stores nothing and tells nothing about A's log
        Map<String, Object> copy = new java.util.LinkedHashMap<>(opsA.getFirst());
        copy.put("deviceId", deviceB.toString());
        copy.put("hlc", SyncOps.hlc(System.currentTimeMillis(), deviceB));
        Api.Reply taken = push(api, b, deviceB, List.of(copy));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.text("error")).isEqualTo("op_id_taken");
        assertThat(pull(api, a, deviceA, 0, 1000).json().path("ops").size()).isEqualTo(3);
        assertThat(pull(api, b, deviceB, 0, 1000).json().path("ops").size()).isEqualTo(1);
    }

    @Test
    void aUserInNoHouseholdIsToldSo() {
        Api.Session loner = api.register("syncalone");
        UUID device = UUID.randomUUID();
        Api.Reply r = push(api, loner, device, List.of(SyncOps.adjust(device, 1)));
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.text("error")).isEqualTo("no_household");
        assertThat(pull(api, loner, device, 0, 10).status()).isEqualTo(409);
        assertThat(api.get("/api/v1/sync/status?deviceId=" + device, loner.access()).status()).isEqualTo(409);
    }

    @Test
    void metricsCountPushedDuplicateAndPulledOperations() {
        Api.Session s = member(api, "syncmetric");
        UUID device = UUID.randomUUID();
        List<Map<String, Object>> ops = List.of(SyncOps.adjust(device, 1), SyncOps.adjust(device, 2));
        push(api, s, device, ops);
        push(api, s, device, ops);
        pull(api, s, device, 0, 10);
        String metrics = api.get("/metrics", null).raw().body();
        assertThat(metrics).containsPattern("fridgechef_sync_ops_total\\{outcome=\"pushed\"} [1-9]");
        assertThat(metrics).containsPattern("fridgechef_sync_ops_total\\{outcome=\"duplicate\"} [1-9]");
        assertThat(metrics).containsPattern("fridgechef_sync_ops_total\\{outcome=\"pulled\"} [1-9]");
    }

    private static void assertRefused(Api.Session s, UUID device, List<Map<String, Object>> ops, int status, String field) {
        Api.Reply r = push(api, s, device, ops);
        assertThat(r.status()).as(field + ": " + r.raw().body()).isEqualTo(status);
        assertThat(r.text("field")).as(r.raw().body()).isEqualTo(field);
    }

    private static Map<String, Object> with(Map<String, Object> op, String field, Object value) {
        Map<String, Object> changed = new java.util.LinkedHashMap<>(op);
        changed.put(field, value);
        return changed;
    }

    static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void aNewDeviceGetsTheLogCompactedInOneAnswer() {
        Api.Session ann = member(api, "snapann");
        Api.Session ben = joiner(api, ann, "snapben");
        UUID phone = UUID.randomUUID();
        java.time.Clock wall = java.time.Clock.systemUTC();
        dev.fridgechef.sync.HlcClock clock = new dev.fridgechef.sync.HlcClock(wall, phone, null);
        dev.fridgechef.sync.Uuid7 ids = new dev.fridgechef.sync.Uuid7(wall);
        UUID rice = ids.next();
        UUID bread = ids.next();
        dev.fridgechef.sync.ItemFields fields = new dev.fridgechef.sync.ItemFields("rice", null, "g", "pantry",
                java.time.LocalDate.of(2026, 12, 1), null, false, null);
        java.util.function.Supplier<dev.fridgechef.sync.Stamp> stamp = () -> dev.fridgechef.sync.Stamp.next(ids, clock);
        List<dev.fridgechef.sync.Op> ops = List.of(
                dev.fridgechef.sync.Op.itemCreated(stamp.get(), rice, fields),
                dev.fridgechef.sync.Op.quantityAdjusted(stamp.get(), rice, new java.math.BigDecimal("1000"), dev.fridgechef.sync.Reason.ADDED),
                dev.fridgechef.sync.Op.quantityAdjusted(stamp.get(), rice, new java.math.BigDecimal("-200"), dev.fridgechef.sync.Reason.USED),
                dev.fridgechef.sync.Op.itemCreated(stamp.get(), bread, fields),
                dev.fridgechef.sync.Op.quantityAdjusted(stamp.get(), bread, java.math.BigDecimal.ONE, dev.fridgechef.sync.Reason.ADDED),
                dev.fridgechef.sync.Op.itemRemoved(stamp.get(), bread));
        List<Map<String, Object>> wire = ops.stream().map(op -> Api.JSON.convertValue(Api.JSON.valueToTree(op),
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { })).toList();
        assertThat(push(api, ann, phone, wire).status()).isEqualTo(200);

        UUID laptop = UUID.randomUUID();
        Api.Reply snapshot = api.get("/api/v1/sync/snapshot?deviceId=" + laptop, ben.access());
        assertThat(snapshot.status()).as(snapshot.raw().body()).isEqualTo(200);
        assertThat(snapshot.json().path("cursor").asLong()).isEqualTo(6);
        assertThat(snapshot.json().path("logOps").asLong()).isEqualTo(6);
        List<String> kept = new ArrayList<>();
        snapshot.json().path("ops").forEach(op -> kept.add(op.path("opId").asText()));
        assertThat(kept).as("the bread's creation and addition, cancelled by its removal, are left out").containsExactly(
                ops.get(0).opId().toString(), ops.get(1).opId().toString(), ops.get(2).opId().toString(), ops.get(5).opId().toString());
        assertThat(dev.fridgechef.sync.Op.fromNode(snapshot.json().path("ops").get(2))).isEqualTo(ops.get(2));
        Api.Reply status = api.get("/api/v1/sync/status?deviceId=" + laptop, ben.access());
        assertThat(status.json().path("device").path("cursor").asLong()).as("the device pulls after the snapshot next").isEqualTo(6);

        // an operation core cannot read (the server checks only the shape): no snapshot, the log is pulled instead
        assertThat(push(api, ann, phone, List.of(SyncOps.op(phone, "stock", "ItemCreated", Map.of("food", "milk")))).status()).isEqualTo(200);
        Api.Reply refused = api.get("/api/v1/sync/snapshot?deviceId=" + UUID.randomUUID(), ben.access());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("error")).isEqualTo("snapshot_unavailable");
        assertThat(api.get("/api/v1/sync/snapshot", ben.access()).status()).isEqualTo(422);
    }
}
