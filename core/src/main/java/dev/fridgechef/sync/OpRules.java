package dev.fridgechef.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** What each kind of operation requires of its entity id and payload. */
final class OpRules {
    /** The item fields a FieldSet may change: all but the unit, in which every delta is counted. */
    static final Set<String> SETTABLE_ITEM_FIELDS = Set.of("name", "foodId", "location", "addedOn", "expiresOn", "opened", "note");
    private static final Pattern PLAN_SLOT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}/[a-z][a-z_]*");

    private OpRules() {
    }

    static void check(UUID opId, Entity entity, String entityId, OpKind kind, ObjectNode p) {
        String where = "op " + opId + " (" + kind.wire() + "): ";
        checkEntityId(where, entity, entityId);
        switch (kind) {
            case ITEM_CREATED -> {
                for (String field : new String[] {"name", "unit", "location", "addedOn"}) {
                    requireText(where, p, field);
                }
                for (String field : SETTABLE_ITEM_FIELDS) {
                    itemValue(where, field, present(where, p, field));
                }
            }
            case QUANTITY_ADJUSTED -> {
                if (!present(where, p, "delta").isNumber()) {
                    throw new InvalidOpException(where + "\"delta\" must be a number");
                }
                Reason.fromWire(requireText(where, p, "reason"));
            }
            case FIELD_SET -> {
                String field = requireText(where, p, "field");
                if (!SETTABLE_ITEM_FIELDS.contains(field)) {
                    throw new InvalidOpException(where + "\"" + field + "\" is not a field that can be set (the unit never changes; the quantity changes by deltas)");
                }
                itemValue(where, field, present(where, p, "value"));
            }
            case REGISTER_SET -> {
                requireText(where, p, "field");
                present(where, p, "value");
            }
            case FLAG_SET -> {
                requireText(where, p, "set");
                requireText(where, p, "element");
                if (!present(where, p, "present").isBoolean()) {
                    throw new InvalidOpException(where + "\"present\" must be true or false");
                }
            }
            case ITEM_REMOVED, ENTRY_ADDED, ENTRY_REMOVED -> {
                // an empty payload, or for a diary entry its fields, whatever they are
            }
        }
    }

    private static void checkEntityId(String where, Entity entity, String id) {
        switch (entity) {
            case STOCK, DIARY -> {
                if (!Hlc.UUID_TEXT.matcher(id).matches()) {
                    throw new InvalidOpException(where + "entityId of a " + entity.wire() + " operation must be a lower-case UUID: " + id);
                }
            }
            case PLAN -> {
                if (!PLAN_SLOT.matcher(id).matches()) {
                    throw new InvalidOpException(where + "entityId of a plan operation must be a slot like 2026-12-01/lunch: " + id);
                }
            }
            case PROFILE -> {
                if (id.isBlank()) {
                    throw new InvalidOpException(where + "entityId of a profile operation must be a member key");
                }
            }
        }
    }

    private static void itemValue(String where, String field, JsonNode value) {
        switch (field) {
            case "opened" -> {
                if (!value.isBoolean()) {
                    throw new InvalidOpException(where + "\"opened\" must be true or false");
                }
            }
            case "name", "location", "addedOn" -> {
                if (!value.isTextual() || value.asText().isBlank()) {
                    throw new InvalidOpException(where + "\"" + field + "\" must be a non-empty string");
                }
            }
            default -> {
                if (!value.isNull() && !value.isTextual()) {
                    throw new InvalidOpException(where + "\"" + field + "\" must be a string or null");
                }
            }
        }
        if ((field.equals("addedOn") || field.equals("expiresOn")) && value.isTextual()) {
            try {
                LocalDate.parse(value.asText());
            } catch (DateTimeParseException e) {
                throw new InvalidOpException(where + "\"" + field + "\" is not a date like 2026-12-01: " + value.asText());
            }
        }
    }

    private static JsonNode present(String where, ObjectNode p, String field) {
        JsonNode value = p.get(field);
        if (value == null) {
            throw new InvalidOpException(where + "payload field \"" + field + "\" is missing");
        }
        return value;
    }

    private static String requireText(String where, ObjectNode p, String field) {
        JsonNode value = present(where, p, field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidOpException(where + "payload field \"" + field + "\" must be a non-empty string");
        }
        return value.asText();
    }
}
