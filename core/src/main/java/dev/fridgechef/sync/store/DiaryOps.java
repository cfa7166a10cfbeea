package dev.fridgechef.sync.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fridgechef.diary.DiaryEntry;
import dev.fridgechef.diary.DiaryJournal;
import dev.fridgechef.diary.EatingSession;
import dev.fridgechef.diary.EntryKind;
import dev.fridgechef.diary.FoodPortion;
import dev.fridgechef.diary.NewEntry;
import dev.fridgechef.diary.SyncedEntries;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.sync.Op;
import dev.fridgechef.sync.Stamp;
import org.jdbi.v3.core.Handle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The diary's side of sync. The diary is append-only: as a {@link DiaryJournal} it records an entry
 * logged as EntryAdded (its fields as stored, with the member: the link's account) under a new UUID, a
 * removal as EntryRemoved, and an edit as EntryRemoved of the old UUID and EntryAdded of a new one, all
 * in the change's own transaction and only while the store is linked. {@link #project} writes what the
 * merged operations say about one entry back into the diary: only this store's member's entries, since
 * the local diary is one person's.
 */
public final class DiaryOps implements DiaryJournal {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final SyncStore sync;

    public DiaryOps(SyncStore sync) {
        this.sync = sync;
    }

    @Override
    public void added(Handle h, DiaryEntry entry, EatingSession session) {
        Optional<SyncStore.Link> link = SyncStore.linkForUpdate(h);
        if (link.isEmpty()) return;
        sync.record(h, link.get(), List.of(addition(sync, h, link.get().member(), entry, session)));
    }

    @Override
    public void replaced(Handle h, DiaryEntry before, DiaryEntry after, EatingSession session) {
        Optional<SyncStore.Link> link = SyncStore.linkForUpdate(h);
        if (link.isEmpty()) return;
        List<Function<Stamp, Op>> changes = new ArrayList<>();
        uidOf(h, before.id()).ifPresent(old -> changes.add(s -> Op.entryRemoved(s, old)));
        changes.add(addition(sync, h, link.get().member(), after, session));
        sync.record(h, link.get(), changes);
    }

    @Override
    public void removed(Handle h, DiaryEntry entry) {
        Optional<SyncStore.Link> link = SyncStore.linkForUpdate(h);
        if (link.isEmpty()) return;
        // an entry without a UUID never left this device (removed before the link): nothing to tell
        uidOf(h, entry.id()).ifPresent(uid -> sync.record(h, link.get(), List.of(s -> Op.entryRemoved(s, uid))));
    }

    /**
     * Every entry in the diary without a UUID gets one and becomes an EntryAdded: at link time all of
     * them, later those of a store linked before the diary synced.
     */
    static int initial(SyncStore sync, Handle h, SyncStore.Link link) {
        List<Function<Stamp, Op>> changes = new ArrayList<>();
        for (SyncedEntries.Stored stored : SyncedEntries.all(h)) {
            if (uidOf(h, stored.entry().id()).isEmpty()) changes.add(addition(sync, h, link.member(), stored.entry(), stored.session()));
        }
        return changes.isEmpty() ? 0 : sync.record(h, link, changes).size();
    }

    /** Gives the row a new UUID now and returns the EntryAdded to record for it. */
    private static Function<Stamp, Op> addition(SyncStore sync, Handle h, String member, DiaryEntry entry, EatingSession session) {
        UUID uid = sync.ids().next();
        h.createUpdate("UPDATE diary_entry SET uid = :uid WHERE id = :id").bind("uid", uid.toString()).bind("id", entry.id()).execute();
        ObjectNode fields = fields(member, entry, session);
        return s -> Op.entryAdded(s, uid, fields);
    }

    /** Everything another device needs to log the same entry. Numbers are exact decimals. */
    static ObjectNode fields(String member, DiaryEntry e, EatingSession session) {
        ObjectNode f = NODES.objectNode();
        f.put("member", member);
        f.put("eatenOn", session.date().toString());
        f.put("eatenAt", session.time().toString());
        f.put("meal", session.meal().key());
        f.put("kind", e.kind().key());
        f.put("recipeId", e.recipeId());
        f.put("foodId", e.foodId());
        f.put("label", e.label());
        f.put("labelRu", e.labelRu());
        f.put("servings", decimal(e.servings()));
        f.put("amount", e.amount());
        f.put("eatenPercent", decimal(e.eatenPercent()));
        f.put("loggedAt", Objects.toString(e.loggedAt(), null));
        ArrayNode portions = f.putArray("portions");
        for (FoodPortion p : e.portions()) {
            ObjectNode portion = portions.addObject();
            portion.put("foodId", p.foodId());
            portion.put("grams", decimal(p.grams()));
            portion.put("amount", p.amount());
        }
        return f;
    }

    /**
     * Writes the merged state of one entry into the diary: one of {@code member} ({@link SyncStore#member}) that is in the log
     * and not here is added with a new local id; one that is removed leaves the diary (marked removed,
     * as a local removal does). Returns whether the diary changed. An entry whose fields this version
     * cannot read stays in the log only.
     */
    static boolean project(Handle h, String member, dev.fridgechef.sync.DiaryEntry merged, String uid) {
        Optional<Boolean> localRemoved = h.createQuery("SELECT removed FROM diary_entry WHERE uid = :uid").bind("uid", uid)
                .mapTo(Boolean.class).findOne();
        if (merged == null) {
            if (localRemoved.isEmpty() || localRemoved.get()) return false;
            h.createUpdate("UPDATE diary_entry SET removed = TRUE WHERE uid = :uid").bind("uid", uid).execute();
            return true;
        }
        if (localRemoved.isPresent() || !member.equals(text(merged.fields(), "member"))) return false;
        Optional<Incoming> incoming = Incoming.read(merged.fields());
        if (incoming.isEmpty()) return false;
        Incoming in = incoming.get();
        long id = SyncedEntries.insert(h, in.entry(), in.day(), in.time(), in.meal(), in.percent(), in.loggedAt());
        h.createUpdate("UPDATE diary_entry SET uid = :uid WHERE id = :id").bind("uid", uid).bind("id", id).execute();
        return true;
    }

    /** An entry as another device logged it. */
    private record Incoming(NewEntry entry, LocalDate day, LocalTime time, MealType meal, double percent, LocalDateTime loggedAt) {
        static Optional<Incoming> read(ObjectNode f) {
            try {
                List<FoodPortion> portions = new ArrayList<>();
                for (JsonNode p : f.path("portions")) {
                    String food = text(p, "foodId");
                    if (food == null) return Optional.empty();
                    portions.add(new FoodPortion(food, number(p, "grams"), text(p, "amount")));
                }
                if (portions.isEmpty()) return Optional.empty();
                NewEntry entry = new NewEntry(EntryKind.of(text(f, "kind")), text(f, "recipeId"), text(f, "foodId"),
                        Objects.requireNonNull(text(f, "label")), text(f, "labelRu"), number(f, "servings"), text(f, "amount"), portions);
                Double percent = number(f, "eatenPercent");
                String logged = text(f, "loggedAt");
                return Optional.of(new Incoming(entry, LocalDate.parse(text(f, "eatenOn")), LocalTime.parse(text(f, "eatenAt")),
                        MealType.parse(text(f, "meal")), percent == null ? 100 : Math.max(0, Math.min(100, percent)),
                        logged == null ? LocalDateTime.parse(text(f, "eatenOn") + "T" + text(f, "eatenAt")) : LocalDateTime.parse(logged)));
            } catch (RuntimeException unreadable) {
                return Optional.empty();
            }
        }
    }

    private static Optional<UUID> uidOf(Handle h, long id) {
        return h.createQuery("SELECT uid FROM diary_entry WHERE id = :id").bind("id", id).mapTo(String.class).findOne()
                .filter(Objects::nonNull).map(UUID::fromString);
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Double number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.decimalValue().doubleValue();
    }
}
