package dev.fridgechef.sync.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.Json;
import dev.fridgechef.profile.ActivityLevel;
import dev.fridgechef.profile.Allergen;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.profile.DietFlag;
import dev.fridgechef.profile.Goal;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.ProfileJournal;
import dev.fridgechef.profile.ProfileService;
import dev.fridgechef.profile.Sex;
import dev.fridgechef.sync.Entity;
import dev.fridgechef.sync.Hlc;
import dev.fridgechef.sync.MemberProfile;
import dev.fridgechef.sync.Op;
import dev.fridgechef.sync.OpKind;
import dev.fridgechef.sync.Replica;
import dev.fridgechef.sync.Stamp;
import org.jdbi.v3.core.Handle;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The profile's side of sync, for the member that is the link's account. As a {@link ProfileJournal}
 * it records each field that changed as a RegisterSet and each element added to or taken from a set
 * (diet flags, allergies, dislikes) as a FlagSet, in the change's own transaction and only while the
 * store is linked. Values go by their keys: enums as their wire keys, numbers as exact decimals.
 * {@link #project} writes the merged registers of the member back into the local profile.
 */
public final class ProfileOps implements ProfileJournal {
    static final List<String> SETS = List.of("flags", "allergies", "dislikes");
    private static final ObjectMapper JSON = Json.mapper();

    private final SyncStore sync;

    public ProfileOps(SyncStore sync) {
        this.sync = sync;
    }

    @Override
    public void changed(Handle h, Profile before, Profile after) {
        Optional<SyncStore.Link> link = SyncStore.linkForUpdate(h);
        if (link.isEmpty()) return;
        sync.record(h, link.get(), changes(link.get().member(), before, after));
    }

    /**
     * The stored profile as this device's first profile operations, when the log has none of its member
     * yet: at link time, and for a store linked before the profile synced.
     */
    static int initial(SyncStore sync, Handle h, SyncStore.Link link) {
        Optional<Profile> stored = read(h);
        if (stored.isEmpty()) return 0;
        // once the log speaks of the member, the profile here follows it: stamping it again now would let a stale value win
        boolean known = h.createQuery("SELECT COUNT(*) FROM sync_log WHERE entity = :e AND entity_id = :m")
                .bind("e", Entity.PROFILE.wire()).bind("m", link.member()).mapTo(Integer.class).one() > 0;
        if (known) return 0;
        List<Function<Stamp, Op>> changes = new ArrayList<>();
        registers(stored.get()).forEach((field, value) -> {
            if (value != null) changes.add(s -> Op.profileSet(s, link.member(), field, value));
        });
        sets(stored.get()).forEach((set, elements) -> {
            for (String element : elements) changes.add(s -> Op.flagSet(s, link.member(), set, element, true));
        });
        return changes.isEmpty() ? 0 : sync.record(h, link, changes).size();
    }

    static List<Function<Stamp, Op>> changes(String member, Profile before, Profile after) {
        List<Function<Stamp, Op>> changes = new ArrayList<>();
        Map<String, Object> old = registers(before);
        registers(after).forEach((field, value) -> {
            if (!Objects.equals(old.get(field), value)) changes.add(s -> Op.profileSet(s, member, field, value));
        });
        Map<String, Set<String>> oldSets = sets(before);
        sets(after).forEach((set, elements) -> {
            Set<String> was = oldSets.get(set);
            for (String e : elements) if (!was.contains(e)) changes.add(s -> Op.flagSet(s, member, set, e, true));
            for (String e : was) if (!elements.contains(e)) changes.add(s -> Op.flagSet(s, member, set, e, false));
        });
        return changes;
    }

    /** The profile's single-valued fields as they travel, by field name (null: not set). */
    static Map<String, Object> registers(Profile p) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("sex", p.sex() == null ? null : p.sex().name().toLowerCase(Locale.ROOT));
        r.put("birthYear", p.birthYear());
        r.put("heightCm", decimal(p.heightCm()));
        r.put("weightKg", decimal(p.weightKg()));
        r.put("activity", p.activity() == null ? null : p.activity().key());
        r.put("goal", p.goal().key());
        r.put("goalRateKgPerWeek", decimal(p.goalRateKgPerWeek()));
        r.put("diet", p.diet().key());
        return r;
    }

    /** The profile's sets by name, each in the profile's own order. */
    static Map<String, Set<String>> sets(Profile p) {
        Map<String, Set<String>> s = new LinkedHashMap<>();
        s.put("flags", keys(p.flags().stream().map(DietFlag::key).toList()));
        s.put("allergies", keys(p.allergies().stream().map(Allergen::key).toList()));
        s.put("dislikes", keys(p.dislikes()));
        return s;
    }

    /**
     * Writes the merged profile of {@code member} (from every operation of the log about it) into the
     * local profile: the fields and sets the log speaks of take their merged values, the others stay.
     * Returns how many fields (a whole set counting as one) changed here.
     */
    static int project(Handle h, String member, List<Op> log, LocalDateTime now) {
        Set<String> fieldsWritten = new HashSet<>();
        Set<String> setsWritten = new HashSet<>();
        Map<String, Hlc> addedAt = new HashMap<>();
        for (Op op : log) {
            if (op.kind() == OpKind.FLAG_SET) {
                setsWritten.add(op.text("set"));
                addedAt.merge(op.text("set") + ":" + op.text("element"), op.hlc(), Hlc::max);
            } else {
                fieldsWritten.add(op.text("field"));
            }
        }
        MemberProfile merged = Replica.of(log).state().profiles().get(member);
        if (merged == null) return 0;
        Profile local = read(h).orElse(Profile.EMPTY);
        Map<String, Object> registers = registers(local);
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (String field : registers.keySet()) {
            if (fieldsWritten.contains(field)) values.put(field, merged.fields().get(field));
        }
        Map<String, Set<String>> sets = sets(local);
        for (String set : SETS) {
            if (!setsWritten.contains(set)) continue;
            SortedSet<String> present = merged.sets().getOrDefault(set, new TreeSet<>());
            // elements kept stay where they were; new ones follow in the order they were written (dislikes are a list)
            Set<String> kept = new LinkedHashSet<>();
            for (String e : sets.get(set)) if (present.contains(e)) kept.add(e);
            present.stream().filter(e -> !kept.contains(e)).sorted(Comparator.comparing((String e) -> addedAt.get(set + ":" + e))).forEach(kept::add);
            sets.put(set, kept);
        }
        Profile updated = profile(local, values, sets);
        int changed = 0;
        Map<String, Object> after = registers(updated);
        for (String field : registers.keySet()) if (!Objects.equals(registers.get(field), after.get(field))) changed++;
        Map<String, Set<String>> oldSets = sets(local);
        Map<String, Set<String>> newSets = sets(updated);
        for (String set : SETS) if (!List.copyOf(oldSets.get(set)).equals(List.copyOf(newSets.get(set)))) changed++;
        if (changed > 0) write(h, updated, now);
        return changed;
    }

    /** {@code local} with the given merged values (a null or unreadable value of a field the log cleared is null; one this version cannot read stays). */
    private static Profile profile(Profile local, Map<String, JsonNode> v, Map<String, Set<String>> sets) {
        return new Profile(
                value(v, "sex", local.sex(), n -> Sex.parse(n.asText())),
                value(v, "birthYear", local.birthYear(), n -> n.canConvertToInt() ? n.intValue() : null),
                value(v, "heightCm", local.heightCm(), ProfileOps::number),
                value(v, "weightKg", local.weightKg(), ProfileOps::number),
                value(v, "activity", local.activity(), n -> ActivityLevel.parse(n.asText())),
                value(v, "goal", local.goal(), n -> Goal.parse(n.asText())),
                value(v, "goalRateKgPerWeek", local.goalRateKgPerWeek(), ProfileOps::number),
                value(v, "diet", local.diet(), n -> Diet.parse(n.asText())),
                enums(sets.get("flags"), DietFlag.class, DietFlag::parse, local.flags()),
                enums(sets.get("allergies"), Allergen.class, Allergen::parse, local.allergies()),
                List.copyOf(sets.get("dislikes")));
    }

    private static <T> T value(Map<String, JsonNode> values, String field, T local, Function<JsonNode, T> read) {
        if (!values.containsKey(field)) return local;
        JsonNode node = values.get(field);
        if (node == null || node.isNull()) return null;
        try {
            return read.apply(node);
        } catch (RuntimeException unreadable) {
            return local;
        }
    }

    private static <E extends Enum<E>> Set<E> enums(Set<String> keys, Class<E> type, Function<String, E> parse, Set<E> local) {
        Set<E> out = EnumSet.noneOf(type);
        for (String key : keys) {
            try {
                out.add(parse.apply(key));
            } catch (RuntimeException unknown) {
                return local;
            }
        }
        return out;
    }

    private static Double number(JsonNode node) {
        return node.isNumber() ? node.decimalValue().doubleValue() : null;
    }

    private static Set<String> keys(List<String> keys) {
        return new LinkedHashSet<>(keys);
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static Optional<Profile> read(Handle h) {
        return h.createQuery("SELECT document FROM profile WHERE user_name = :u").bind("u", ProfileService.DEFAULT_USER)
                .mapTo(String.class).findOne().map(document -> {
                    try {
                        return JSON.readValue(document, Profile.class);
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("stored profile is not readable: " + e.getOriginalMessage(), e);
                    }
                });
    }

    private static void write(Handle h, Profile p, LocalDateTime now) {
        try {
            h.createUpdate("MERGE INTO profile (user_name, document, updated_at) KEY (user_name) VALUES (:u, :d, :t)")
                    .bind("u", ProfileService.DEFAULT_USER).bind("d", JSON.writeValueAsString(p)).bind("t", now).execute();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
