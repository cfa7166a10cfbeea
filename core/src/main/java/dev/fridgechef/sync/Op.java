package dev.fridgechef.sync;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * One change made on one device, as it travels through the outbox, the server log and other devices.
 * The JSON form is fixed: {@code {"opId","hlc","deviceId","entity","entityId","kind","payload"}}.
 * Every constructor validates, so an {@code Op} that exists is well formed. The payload is kept in a
 * canonical form (see {@link OpJson#canonical}) so that an op read back from JSON equals the one written;
 * do not modify it.
 */
public record Op(UUID opId, Hlc hlc, UUID deviceId, Entity entity, String entityId, OpKind kind, ObjectNode payload) {
    public Op {
        if (opId == null || hlc == null || deviceId == null || entity == null || entityId == null || kind == null || payload == null) {
            throw new InvalidOpException("an operation needs opId, hlc, deviceId, entity, entityId, kind and payload");
        }
        if (!hlc.deviceId().equals(deviceId.toString())) {
            throw new InvalidOpException("op " + opId + ": deviceId " + deviceId + " is not the device of its hlc " + hlc);
        }
        if (!kind.appliesTo(entity)) {
            throw new InvalidOpException("op " + opId + ": kind " + kind.wire() + " does not apply to entity " + entity.wire());
        }
        payload = OpJson.canonical(payload);
        OpRules.check(opId, entity, entityId, kind, payload);
    }

    @JsonValue
    public ObjectNode toNode() {
        return OpJson.write(this);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Op fromNode(JsonNode node) {
        return OpJson.read(node);
    }

    public String toJson() {
        return OpJson.toJson(this);
    }

    public static Op fromJson(String json) {
        return OpJson.fromJson(json);
    }

    public static Op itemCreated(Stamp s, UUID itemId, ItemFields f) {
        ObjectNode p = OpJson.object();
        p.put("name", f.name());
        p.put("foodId", f.foodId());
        p.put("unit", f.unit());
        p.put("location", f.location());
        p.put("addedOn", Objects.toString(f.addedOn(), null));
        p.put("expiresOn", Objects.toString(f.expiresOn(), null));
        p.put("opened", f.opened());
        p.put("note", f.note());
        return stock(s, itemId, OpKind.ITEM_CREATED, p);
    }

    /** A change of quantity in the item's own unit: positive for added, negative for used, cooked or thrown away. */
    public static Op quantityAdjusted(Stamp s, UUID itemId, BigDecimal delta, Reason reason) {
        ObjectNode p = OpJson.object();
        p.put("delta", delta);
        p.put("reason", reason.wire());
        return stock(s, itemId, OpKind.QUANTITY_ADJUSTED, p);
    }

    public static Op fieldSet(Stamp s, UUID itemId, String field, Object value) {
        return stock(s, itemId, OpKind.FIELD_SET, register(field, value));
    }

    public static Op itemRemoved(Stamp s, UUID itemId) {
        return stock(s, itemId, OpKind.ITEM_REMOVED, OpJson.object());
    }

    public static Op entryAdded(Stamp s, UUID entryId, ObjectNode fields) {
        return new Op(s.opId(), s.hlc(), s.hlc().device(), Entity.DIARY, entryId.toString(), OpKind.ENTRY_ADDED, fields.deepCopy());
    }

    public static Op entryRemoved(Stamp s, UUID entryId) {
        return new Op(s.opId(), s.hlc(), s.hlc().device(), Entity.DIARY, entryId.toString(), OpKind.ENTRY_REMOVED, OpJson.object());
    }

    /** A profile field of one household member, named by the member key. */
    public static Op profileSet(Stamp s, String member, String field, Object value) {
        return new Op(s.opId(), s.hlc(), s.hlc().device(), Entity.PROFILE, member, OpKind.REGISTER_SET, register(field, value));
    }

    /** One element of a member's set such as allergies or dislikes, present or not. */
    public static Op flagSet(Stamp s, String member, String set, String element, boolean present) {
        ObjectNode p = OpJson.object();
        p.put("set", set);
        p.put("element", element);
        p.put("present", present);
        return new Op(s.opId(), s.hlc(), s.hlc().device(), Entity.PROFILE, member, OpKind.FLAG_SET, p);
    }

    /** A field of a plan slot, the slot named like {@code 2026-12-01/lunch}. */
    public static Op planSet(Stamp s, String slot, String field, Object value) {
        return new Op(s.opId(), s.hlc(), s.hlc().device(), Entity.PLAN, slot, OpKind.REGISTER_SET, register(field, value));
    }

    private static Op stock(Stamp s, UUID itemId, OpKind kind, ObjectNode payload) {
        return new Op(s.opId(), s.hlc(), s.hlc().device(), Entity.STOCK, itemId.toString(), kind, payload);
    }

    private static ObjectNode register(String field, Object value) {
        ObjectNode p = OpJson.object();
        p.put("field", field);
        p.set("value", OpJson.value(value));
        return p;
    }

    /** The delta of a QuantityAdjusted. */
    public BigDecimal delta() {
        return payload.get("delta").decimalValue();
    }

    public String text(String field) {
        JsonNode node = payload.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
