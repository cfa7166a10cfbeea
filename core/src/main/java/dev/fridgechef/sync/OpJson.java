package dev.fridgechef.sync;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fridgechef.Json;

import java.util.UUID;

/** The JSON form of operations: reading with validation, writing, and the canonical payload. */
public final class OpJson {
    /**
     * Decimals are read as exact BigDecimals and written plainly, never as binary doubles: a quantity
     * is a sum of deltas, and binary floating point would make that sum depend on the order of addition.
     */
    static final ObjectMapper MAPPER = Json.mapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private OpJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toJson(Op op) {
        try {
            return MAPPER.writeValueAsString(write(op));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an operation could not be written as JSON", e);
        }
    }

    public static Op fromJson(String json) {
        try {
            return read(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new InvalidOpException("an operation is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    static ObjectNode write(Op op) {
        ObjectNode node = object();
        node.put("opId", op.opId().toString());
        node.put("hlc", op.hlc().toString());
        node.put("deviceId", op.deviceId().toString());
        node.put("entity", op.entity().wire());
        node.put("entityId", op.entityId());
        node.put("kind", op.kind().wire());
        node.set("payload", op.payload().deepCopy());
        return node;
    }

    public static Op read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidOpException("an operation must be a JSON object");
        }
        String opId = text(node, "opId", "?");
        try {
            JsonNode payload = node.get("payload");
            if (payload == null || !payload.isObject()) {
                throw new InvalidOpException("op " + opId + ": payload must be a JSON object");
            }
            return new Op(uuid(opId, "opId"), Hlc.parse(text(node, "hlc", opId)), uuid(text(node, "deviceId", opId), "deviceId"),
                    Entity.fromWire(text(node, "entity", opId)), text(node, "entityId", opId),
                    OpKind.fromWire(text(node, "kind", opId)), (ObjectNode) payload);
        } catch (InvalidOpException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidOpException("op " + opId + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field, String opId) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new InvalidOpException("op " + opId + ": \"" + field + "\" is missing or not a string");
        }
        return value.asText();
    }

    private static UUID uuid(String text, String field) {
        if (!Hlc.UUID_TEXT.matcher(text).matches()) {
            throw new InvalidOpException("\"" + field + "\" is not a lower-case UUID: " + text);
        }
        return UUID.fromString(text);
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static JsonNode value(Object value) {
        return value instanceof JsonNode node ? node.deepCopy() : MAPPER.valueToTree(value);
    }

    /**
     * The payload as it reads back from its own JSON, so that equal JSON means equal ops: 200 and 200.0
     * are different nodes to Jackson, and an op made in memory must equal the one another device parses.
     */
    static ObjectNode canonical(ObjectNode payload) {
        if (readsBackAsItIs(payload)) {
            return payload.deepCopy();
        }
        try {
            String once = MAPPER.writeValueAsString(payload);
            JsonNode read = MAPPER.readTree(once);
            String twice = MAPPER.writeValueAsString(read);
            // only a decimal with an exponent reads back differently from how it is written; one more pass settles it
            return (ObjectNode) (once.equals(twice) ? read : MAPPER.readTree(twice));
        } catch (JsonProcessingException e) {
            throw new InvalidOpException("a payload could not be written as JSON", e);
        }
    }

    /** True for nodes that read back as the same nodes (texts, booleans, ints, plain decimals): most payloads, without a round trip. */
    private static boolean readsBackAsItIs(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT, ARRAY -> {
                for (JsonNode child : node) {
                    if (!readsBackAsItIs(child)) {
                        yield false;
                    }
                }
                yield true;
            }
            case STRING, BOOLEAN, NULL -> true;
            case NUMBER -> node.isInt() || node.isBigDecimal() && node.decimalValue().scale() > 0;
            default -> false;
        };
    }
}
