package dev.fridgechef.sync;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of operation and the entities each may change; the wire name is the constant's name in camel case. */
public enum OpKind {
    ITEM_CREATED("ItemCreated", Entity.STOCK),
    QUANTITY_ADJUSTED("QuantityAdjusted", Entity.STOCK),
    FIELD_SET("FieldSet", Entity.STOCK),
    ITEM_REMOVED("ItemRemoved", Entity.STOCK),
    ENTRY_ADDED("EntryAdded", Entity.DIARY),
    ENTRY_REMOVED("EntryRemoved", Entity.DIARY),
    REGISTER_SET("RegisterSet", Entity.PROFILE, Entity.PLAN),
    FLAG_SET("FlagSet", Entity.PROFILE);

    private final String wire;
    private final Set<Entity> entities;

    OpKind(String wire, Entity first, Entity... more) {
        this.wire = wire;
        this.entities = EnumSet.of(first, more);
    }

    public String wire() {
        return wire;
    }

    public boolean appliesTo(Entity entity) {
        return entities.contains(entity);
    }

    public static OpKind fromWire(String text) {
        for (OpKind k : values()) {
            if (k.wire.equals(text)) {
                return k;
            }
        }
        throw new InvalidOpException("unknown kind \"" + text + "\"");
    }
}
