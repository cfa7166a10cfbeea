package dev.fridgechef.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Everything received about one stock item. A removal cancels every operation with an earlier HLC;
 * the item exists while its latest creation is later than its latest removal.
 */
final class ItemLog {
    record Delta(Hlc hlc, BigDecimal amount, Reason reason) {
    }

    static final List<String> FIELDS = List.of("name", "foodId", "unit", "location", "addedOn", "expiresOn", "opened", "note");

    private final Map<UUID, Delta> deltas = new HashMap<>();
    private final Map<String, Register> fields = new TreeMap<>();
    private Hlc created;
    private Hlc removed;

    void apply(Op op) {
        switch (op.kind()) {
            case ITEM_CREATED -> {
                created = Hlc.max(created, op.hlc());
                for (String field : FIELDS) {
                    write(field, op.payload().get(field), op);
                }
            }
            case FIELD_SET -> write(op.text("field"), op.payload().get("value"), op);
            case QUANTITY_ADJUSTED -> deltas.put(op.opId(), new Delta(op.hlc(), op.delta(), Reason.fromWire(op.text("reason"))));
            case ITEM_REMOVED -> removed = Hlc.max(removed, op.hlc());
            default -> throw new IllegalArgumentException("not a stock operation: " + op.kind().wire());
        }
    }

    private void write(String field, JsonNode value, Op op) {
        fields.computeIfAbsent(field, f -> new Register()).write(value, op.hlc(), op.opId());
    }

    boolean exists() {
        return created != null && (removed == null || created.isAfter(removed));
    }

    /** The latest removal, or null. */
    Hlc removed() {
        return removed;
    }

    boolean cancelled(Hlc hlc) {
        return removed != null && !hlc.isAfter(removed);
    }

    BigDecimal sum() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Delta d : deltas.values()) {
            if (!cancelled(d.hlc())) {
                sum = sum.add(d.amount());
            }
        }
        return sum.signum() == 0 ? BigDecimal.ZERO : sum.stripTrailingZeros();
    }

    Map<UUID, Delta> deltas() {
        return deltas;
    }

    boolean overdrawn() {
        return exists() && sum().signum() < 0;
    }

    StockItem item(String id) {
        return new StockItem(id, text("name"), text("foodId"), text("unit"), text("location"), date("addedOn"), date("expiresOn"),
                value("opened").asBoolean(), text("note"), sum());
    }

    List<LostValue> history() {
        return Replica.lost(fields, removed);
    }

    private JsonNode value(String field) {
        Register r = fields.get(field);
        Register.Version v = r == null ? null : r.winner(removed);
        return v == null ? NullNode.getInstance() : v.value();
    }

    private String text(String field) {
        JsonNode v = value(field);
        return v.isNull() ? null : v.asText();
    }

    private LocalDate date(String field) {
        String text = text(field);
        return text == null ? null : LocalDate.parse(text);
    }
}
