package dev.fridgechef.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fridgechef.server.http.ApiException;
import dev.fridgechef.sync.Entity;
import dev.fridgechef.sync.OpKind;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One operation of a device's log, as the wire carries it: {@code opId} (UUIDv7), {@code hlc}
 * ("13-digit wall millis-4 hex counter-device id"), {@code deviceId}, {@code entity}, {@code entityId},
 * {@code kind} (one the entity knows) and {@code payload} (a JSON object of at most 8 KiB, kept as
 * its JSON text). The server checks the shape only; what an operation means is the clients' business.
 */
public record SyncOp(UUID opId, String hlc, UUID deviceId, String entity, String entityId, String kind, String payload) {
    public static final int MAX_ENTITY_ID = 100;
    public static final int MAX_PAYLOAD_BYTES = 8 * 1024;
    static final Pattern HLC = Pattern.compile("^\\d{13}-[0-9a-f]{4}-[0-9a-f-]{36}$");
    /** The kinds each entity takes, by wire name: core's table ({@link OpKind#appliesTo}), which the clients follow too. */
    static final Map<String, Set<String>> KINDS = kindsByEntity();
    private static final Set<String> FIELDS = Set.of("opId", "hlc", "deviceId", "entity", "entityId", "kind", "payload");

    /** The operation in its wire form, the payload as JSON. */
    public com.fasterxml.jackson.databind.node.ObjectNode wire() {
        var node = dev.fridgechef.server.http.Replies.MAPPER.createObjectNode().put("opId", opId.toString()).put("hlc", hlc)
                .put("deviceId", deviceId.toString()).put("entity", entity).put("entityId", entityId).put("kind", kind);
        try {
            node.set("payload", dev.fridgechef.server.http.Replies.MAPPER.readTree(payload));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return node;
    }

    /** The wall-clock milliseconds of the operation's HLC. */
    public long wallMillis() {
        return Long.parseLong(hlc.substring(0, 13));
    }

    /**
     * Reads and checks the operation at {@code index} of a push; a refusal (422) names the field as
     * {@code ops[index].field}.
     */
    static SyncOp parse(JsonNode node, int index) {
        String at = "ops[" + index + "]";
        if (!(node instanceof ObjectNode object)) throw ApiException.invalidField(at, "must be an operation object");
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) throw ApiException.invalidField(at + "." + name, "is not a field of an operation");
        }
        UUID opId = uuid(object, at, "opId");
        if (opId.version() != 7) throw ApiException.invalidField(at + ".opId", "must be a version 7 UUID");
        UUID deviceId = uuid(object, at, "deviceId");
        String hlc = text(object, at, "hlc");
        if (!HLC.matcher(hlc).matches()) {
            throw ApiException.invalidField(at + ".hlc", "must be <13-digit wall millis>-<4 lower-case hex digits>-<device id>");
        }
        UUID hlcDevice;
        try {
            hlcDevice = UUID.fromString(hlc.substring(19));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(at + ".hlc", "must end with the device id (a UUID)");
        }
        if (!hlcDevice.equals(deviceId)) throw ApiException.invalidField(at + ".hlc", "must end with the operation's deviceId");
        String entity = text(object, at, "entity");
        Set<String> kinds = KINDS.get(entity);
        if (kinds == null) throw ApiException.invalidField(at + ".entity", "must be one of stock, diary, profile, plan");
        String entityId = text(object, at, "entityId");
        if (entityId.isEmpty() || entityId.length() > MAX_ENTITY_ID) {
            throw ApiException.invalidField(at + ".entityId", "must be 1 to " + MAX_ENTITY_ID + " characters long");
        }
        if (entityId.indexOf(0) >= 0) throw ApiException.invalidField(at + ".entityId", "must not contain NUL characters");
        String kind = text(object, at, "kind");
        if (!kinds.contains(kind)) {
            throw ApiException.invalidField(at + ".kind", "must be one of " + String.join(", ", new TreeSet<>(kinds))
                    + " for entity " + entity);
        }
        JsonNode payload = object.get("payload");
        if (!(payload instanceof ObjectNode)) throw ApiException.invalidField(at + ".payload", "must be a JSON object");
        String payloadText = payload.toString();
        if (payloadText.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw ApiException.invalidField(at + ".payload", "must be at most " + MAX_PAYLOAD_BYTES + " bytes of JSON");
        }
        if (payloadText.indexOf(0) >= 0 || payloadText.contains("\\u0000")) {
            throw ApiException.invalidField(at + ".payload", "must not contain NUL characters"); // jsonb cannot keep them
        }
        return new SyncOp(opId, hlc, deviceId, entity, entityId, kind, payloadText);
    }

    private static Map<String, Set<String>> kindsByEntity() {
        Map<String, Set<String>> kinds = new HashMap<>();
        for (Entity entity : Entity.values()) {
            Set<String> names = new TreeSet<>();
            for (OpKind kind : OpKind.values()) {
                if (kind.appliesTo(entity)) names.add(kind.wire());
            }
            kinds.put(entity.wire(), Set.copyOf(names));
        }
        return Map.copyOf(kinds);
    }

    private static String text(ObjectNode object, String at, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) throw ApiException.invalidField(at + "." + field, "is required");
        if (!value.isTextual()) throw ApiException.invalidField(at + "." + field, "must be a string");
        return value.textValue();
    }

    private static UUID uuid(ObjectNode object, String at, String field) {
        String text = text(object, at, field);
        if (text.length() != 36) throw ApiException.invalidField(at + "." + field, "must be a UUID");
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(at + "." + field, "must be a UUID");
        }
    }
}
