package dev.fridgechef.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The merged state of a household, a function of the set of operations received: the order they
 * arrive in and repeats make no difference.
 *
 * <p>The rules: stock quantity is the sum of the deltas not cancelled by a removal; item fields,
 * profile fields, plan slots and set elements are last-writer-wins registers by HLC, the values that
 * lost kept as history. A removal (stock item or diary entry) cancels every operation on it with an
 * earlier HLC, and wins over them whatever order they arrive in. Operations later than the removal
 * are kept, but the item stays removed unless it is created again by an ItemCreated later than the
 * removal; then its quantity is the sum of the deltas after the removal and its fields the latest
 * values after it. So an offline device that used some rice after another removed it does not bring
 * back a used-up ghost of it, and nothing it did is lost from the log.
 */
public final class Replica {
    private static final Comparator<LostValue> BY_TIME = Comparator.comparing(LostValue::hlc).thenComparing(LostValue::field);

    private final Set<UUID> seen = new HashSet<>();
    private final Map<String, ItemLog> items = new HashMap<>();
    private final Map<String, Register> entries = new HashMap<>();
    private final Map<String, Hlc> entryRemovals = new HashMap<>();
    private final Map<String, Map<String, Register>> profileFields = new HashMap<>();
    private final Map<String, Map<String, Register>> profileFlags = new HashMap<>();
    private final Map<String, Map<String, Register>> planSlots = new HashMap<>();

    /** What applying a batch did: how many operations were new, and which items the batch drove below zero. */
    public record Applied(int newOps, List<String> overdrawn) {
    }

    public static Replica of(Collection<Op> ops) {
        Replica replica = new Replica();
        replica.applyAll(ops);
        return replica;
    }

    /** Applies one operation; false when it was applied before. */
    public synchronized boolean apply(Op op) {
        if (!seen.add(op.opId())) {
            return false;
        }
        String id = op.entityId();
        switch (op.entity()) {
            case STOCK -> items.computeIfAbsent(id, k -> new ItemLog()).apply(op);
            case DIARY -> {
                if (op.kind() == OpKind.ENTRY_ADDED) {
                    entries.computeIfAbsent(id, k -> new Register()).write(op.payload(), op.hlc(), op.opId());
                } else {
                    entryRemovals.merge(id, op.hlc(), Hlc::max);
                }
            }
            case PROFILE -> {
                if (op.kind() == OpKind.FLAG_SET) {
                    String key = op.text("set") + ":" + op.text("element");
                    register(profileFlags, id, key).write(BooleanNode.valueOf(op.payload().get("present").asBoolean()), op.hlc(), op.opId());
                } else {
                    register(profileFields, id, op.text("field")).write(op.payload().get("value"), op.hlc(), op.opId());
                }
            }
            case PLAN -> register(planSlots, id, op.text("field")).write(op.payload().get("value"), op.hlc(), op.opId());
        }
        return true;
    }

    public synchronized Applied applyAll(Collection<Op> ops) {
        Set<String> touched = new LinkedHashSet<>();
        for (Op op : ops) {
            if (op.entity() == Entity.STOCK) {
                touched.add(op.entityId());
            }
        }
        Set<String> overdrawnBefore = new HashSet<>();
        for (String id : touched) {
            ItemLog log = items.get(id);
            if (log != null && log.overdrawn()) {
                overdrawnBefore.add(id);
            }
        }
        int fresh = 0;
        for (Op op : ops) {
            fresh += apply(op) ? 1 : 0;
        }
        List<String> overdrawn = new ArrayList<>();
        for (String id : touched) {
            if (!overdrawnBefore.contains(id) && items.get(id).overdrawn()) {
                overdrawn.add(id);
            }
        }
        return new Applied(fresh, List.copyOf(overdrawn));
    }

    public synchronized boolean contains(UUID opId) {
        return seen.contains(opId);
    }

    public synchronized ReplicaState state() {
        SortedMap<String, StockItem> stock = new TreeMap<>();
        SortedMap<String, List<LostValue>> history = new TreeMap<>();
        items.forEach((id, log) -> {
            if (log.exists()) {
                stock.put(id, log.item(id));
                addHistory(history, Entity.STOCK, id);
            }
        });
        SortedMap<String, DiaryEntry> diary = new TreeMap<>();
        entries.forEach((id, register) -> {
            Hlc removed = entryRemovals.get(id);
            Register.Version added = register.winner(removed);
            if (added != null) {
                diary.put(id, new DiaryEntry(id, (ObjectNode) added.value()));
                addHistory(history, Entity.DIARY, id);
            }
        });
        SortedMap<String, MemberProfile> profiles = new TreeMap<>();
        Set<String> members = new TreeSet<>(profileFields.keySet());
        members.addAll(profileFlags.keySet());
        for (String member : members) {
            Map<String, Register> fields = profileFields.getOrDefault(member, Map.of());
            Map<String, Register> flags = profileFlags.getOrDefault(member, Map.of());
            profiles.put(member, new MemberProfile(member, winners(fields), sets(flags)));
            addHistory(history, Entity.PROFILE, member);
        }
        SortedMap<String, PlanSlot> plan = new TreeMap<>();
        planSlots.forEach((slot, fields) -> {
            SortedMap<String, JsonNode> values = winners(fields);
            if (!values.isEmpty()) {
                plan.put(slot, new PlanSlot(slot, values));
            }
            addHistory(history, Entity.PLAN, slot);
        });
        return new ReplicaState(Collections.unmodifiableSortedMap(stock), Collections.unmodifiableSortedMap(diary),
                Collections.unmodifiableSortedMap(profiles), Collections.unmodifiableSortedMap(plan), Collections.unmodifiableSortedMap(history));
    }

    /**
     * The values that lost a last-writer-wins race on one entity, oldest first: {@code fridge history ITEM}.
     * Every replaced value is listed, not only those of concurrent edits: timestamps alone cannot tell
     * an edit made without seeing the other from one made after it.
     */
    public synchronized List<LostValue> history(Entity entity, String entityId) {
        return switch (entity) {
            case STOCK -> {
                ItemLog log = items.get(entityId);
                yield log == null || !log.exists() ? List.of() : log.history();
            }
            case DIARY -> {
                Register added = entries.get(entityId);
                Hlc removed = entryRemovals.get(entityId);
                yield added == null || added.winner(removed) == null ? List.of() : lost(Map.of("entry", added), removed);
            }
            case PROFILE -> {
                List<LostValue> lost = new ArrayList<>(lost(profileFields.getOrDefault(entityId, Map.of()), null));
                lost.addAll(lost(profileFlags.getOrDefault(entityId, Map.of()), null));
                lost.sort(BY_TIME);
                yield lost;
            }
            case PLAN -> lost(planSlots.getOrDefault(entityId, Map.of()), null);
        };
    }

    static String key(Entity entity, String entityId) {
        return entity.wire() + "/" + entityId;
    }

    static List<LostValue> lost(Map<String, Register> registers, Hlc after) {
        List<LostValue> lost = new ArrayList<>();
        new TreeMap<>(registers).forEach((field, register) -> {
            for (Register.Version v : register.losers(after)) {
                lost.add(new LostValue(field, v.value(), v.hlc(), v.hlc().deviceId()));
            }
        });
        lost.sort(BY_TIME);
        return lost;
    }

    private void addHistory(SortedMap<String, List<LostValue>> history, Entity entity, String id) {
        List<LostValue> lost = history(entity, id);
        if (!lost.isEmpty()) {
            history.put(key(entity, id), List.copyOf(lost));
        }
    }

    private static Register register(Map<String, Map<String, Register>> all, String entityId, String key) {
        return all.computeIfAbsent(entityId, k -> new HashMap<>()).computeIfAbsent(key, k -> new Register());
    }

    private static SortedMap<String, JsonNode> winners(Map<String, Register> registers) {
        SortedMap<String, JsonNode> values = new TreeMap<>();
        registers.forEach((field, register) -> {
            JsonNode value = register.winner(null).value();
            if (!value.isNull()) {
                values.put(field, value);
            }
        });
        return Collections.unmodifiableSortedMap(values);
    }

    private static SortedMap<String, SortedSet<String>> sets(Map<String, Register> flags) {
        SortedMap<String, SortedSet<String>> sets = new TreeMap<>();
        flags.forEach((key, register) -> {
            if (register.winner(null).value().asBoolean()) {
                int colon = key.indexOf(':');
                sets.computeIfAbsent(key.substring(0, colon), k -> new TreeSet<>()).add(key.substring(colon + 1));
            }
        });
        sets.replaceAll((k, v) -> Collections.unmodifiableSortedSet(v));
        return Collections.unmodifiableSortedMap(sets);
    }
}
