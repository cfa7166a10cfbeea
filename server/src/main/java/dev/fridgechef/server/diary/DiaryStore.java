package dev.fridgechef.server.diary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.diary.EatingSession;
import dev.fridgechef.diary.EntryKind;
import dev.fridgechef.diary.FoodPortion;
import dev.fridgechef.recipe.MealType;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The diary's rows, read and written inside the caller's transaction. Every statement names the
 * household, so a row of another household is never found, read or changed.
 */
final class DiaryStore {
    private static final TypeReference<List<FoodPortion>> PORTIONS = new TypeReference<>() {
    };
    private static final String ENTRY_COLUMNS = """
            id, session_id, eaten_by, kind, recipe_id, food_id, label, label_ru, servings, amount, eaten_percent,
            portions::text AS portions, logged_at""";

    private final ObjectMapper json;

    DiaryStore(ObjectMapper json) {
        this.json = json;
    }

    /** The household the user is in, if any. */
    Optional<UUID> household(Handle h, UUID userId) {
        return h.createQuery("SELECT household_id FROM household_members WHERE user_id = :user")
                .bind("user", userId).mapTo(UUID.class).findOne();
    }

    boolean isMember(Handle h, UUID householdId, UUID userId) {
        return h.createQuery("SELECT EXISTS (SELECT 1 FROM household_members WHERE user_id = :user AND household_id = :household)")
                .bind("user", userId).bind("household", householdId).mapTo(Boolean.class).one();
    }

    /** Serializes the household's diary changes until the transaction ends (two members logging the same meal find one session). */
    void lock(Handle h, UUID householdId) {
        h.createQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended('diary:' || :household, 0))) locked")
                .bind("household", householdId.toString()).mapTo(Integer.class).one();
    }

    /** The session an entry eaten then joins: the nearest of that day and meal close in time (core's rule), else a new one. */
    Session session(Handle h, UUID householdId, LocalDate day, LocalTime time, MealType meal) {
        Optional<Session> near = sessions(h, householdId, day, day).stream()
                .filter(s -> EatingSession.joinDistance(s.time(), s.meal(), time, meal).isPresent())
                .min(Comparator.comparing((Session s) -> EatingSession.joinDistance(s.time(), s.meal(), time, meal).orElse(Duration.ZERO))
                        .thenComparing(Session::time));
        if (near.isPresent()) return near.get();
        Session made = new Session(UUID.randomUUID(), day, time.withSecond(0).withNano(0), meal);
        h.createUpdate("INSERT INTO diary_sessions (id, household_id, eaten_on, eaten_at, meal) VALUES (:id, :household, :day, :time, :meal)")
                .bind("id", made.id()).bind("household", householdId).bind("day", day).bind("time", made.time()).bind("meal", meal.key())
                .execute();
        return made;
    }

    Session sessionById(Handle h, UUID householdId, UUID id) {
        return h.createQuery("SELECT id, eaten_on, eaten_at, meal FROM diary_sessions WHERE id = :id AND household_id = :household")
                .bind("id", id).bind("household", householdId).map((rs, ctx) -> session(rs)).one();
    }

    List<Session> sessions(Handle h, UUID householdId, LocalDate from, LocalDate to) {
        return h.createQuery("""
                        SELECT id, eaten_on, eaten_at, meal FROM diary_sessions
                        WHERE household_id = :household AND eaten_on BETWEEN :from AND :to ORDER BY eaten_on, eaten_at, created_at, id""")
                .bind("household", householdId).bind("from", from).bind("to", to).map((rs, ctx) -> session(rs)).list();
    }

    void insert(Handle h, UUID householdId, LocalDate day, Entry e) {
        h.createUpdate("""
                        INSERT INTO diary_entries (id, household_id, session_id, eaten_by, eaten_on, kind, recipe_id, food_id, label, label_ru,
                                                   servings, amount, eaten_percent, portions, logged_at)
                        VALUES (:id, :household, :session, :by, :day, :kind, :recipe, :food, :label, :labelRu, :servings, :amount, :percent,
                                CAST(:portions AS jsonb), :logged)""")
                .bind("id", e.id()).bind("household", householdId).bind("session", e.sessionId()).bind("by", e.eatenBy()).bind("day", day)
                .bind("kind", e.kind().key()).bind("recipe", e.recipeId()).bind("food", e.foodId()).bind("label", e.label())
                .bind("labelRu", e.labelRu()).bind("servings", e.servings()).bind("amount", e.amount()).bind("percent", e.eatenPercent())
                .bind("portions", write(e.portions())).bind("logged", OffsetDateTime.ofInstant(e.loggedAt(), java.time.ZoneOffset.UTC))
                .execute();
    }

    /** Writes the entry's session (and so its day), servings, amount, share eaten and portions as given. */
    void update(Handle h, UUID householdId, Entry e) {
        LocalDate day = sessionById(h, householdId, e.sessionId()).date();
        h.createUpdate("""
                        UPDATE diary_entries SET session_id = :session, eaten_on = :day, servings = :servings, amount = :amount,
                                                 eaten_percent = :percent, portions = CAST(:portions AS jsonb)
                        WHERE id = :id AND household_id = :household""")
                .bind("session", e.sessionId()).bind("day", day).bind("servings", e.servings()).bind("amount", e.amount())
                .bind("percent", e.eatenPercent()).bind("portions", write(e.portions())).bind("id", e.id()).bind("household", householdId)
                .execute();
    }

    void setRemoved(Handle h, UUID householdId, UUID id, boolean removed) {
        h.createUpdate("UPDATE diary_entries SET removed = :removed WHERE id = :id AND household_id = :household")
                .bind("removed", removed).bind("id", id).bind("household", householdId).execute();
    }

    /** The household's entry (not removed, unless {@code includeRemoved}), locked for the transaction when {@code lock}. */
    Optional<Entry> entry(Handle h, UUID householdId, UUID id, boolean includeRemoved, boolean lock) {
        return h.createQuery("SELECT " + ENTRY_COLUMNS + " FROM diary_entries WHERE id = :id AND household_id = :household"
                        + (includeRemoved ? "" : " AND NOT removed") + (lock ? " FOR UPDATE" : ""))
                .bind("id", id).bind("household", householdId).map((rs, ctx) -> entry(rs)).findOne();
    }

    /** The household's entries (not removed) of the days from {@code from} to {@code to}, of one member when given. */
    List<Entry> entries(Handle h, UUID householdId, LocalDate from, LocalDate to, Optional<UUID> member) {
        return h.createQuery("SELECT " + ENTRY_COLUMNS + """
                         FROM diary_entries
                        WHERE household_id = :household AND eaten_on BETWEEN :from AND :to AND NOT removed
                          AND (CAST(:member AS uuid) IS NULL OR eaten_by = CAST(:member AS uuid))
                        ORDER BY logged_at, id""")
                .bind("household", householdId).bind("from", from).bind("to", to).bind("member", member.orElse(null))
                .map((rs, ctx) -> entry(rs)).list();
    }

    enum Action {
        ADD, EDIT, REMOVE, UNDO;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    record Change(UUID id, UUID entryId, Action action, Instant at, Entry before, Entry after) {
    }

    void change(Handle h, UUID householdId, UUID entryId, UUID by, Action action, Entry before, Entry after) {
        h.createUpdate("""
                        INSERT INTO diary_changes (id, household_id, entry_id, changed_by, action, before, after)
                        VALUES (:id, :household, :entry, :by, :action, CAST(:before AS jsonb), CAST(:after AS jsonb))""")
                .bind("id", UUID.randomUUID()).bind("household", householdId).bind("entry", entryId).bind("by", by)
                .bind("action", action.key()).bind("before", write(before)).bind("after", write(after)).execute();
    }

    /** The user's latest change in the household that can still be undone (not an undo, not undone), locked. */
    Optional<Change> lastUndoable(Handle h, UUID householdId, UUID userId) {
        return h.createQuery("""
                        SELECT id, entry_id, action, changed_at, before::text AS before, after::text AS after FROM diary_changes
                        WHERE changed_by = :user AND household_id = :household AND NOT undone AND action <> 'undo'
                        ORDER BY seq DESC LIMIT 1 FOR UPDATE""")
                .bind("user", userId).bind("household", householdId)
                .map((rs, ctx) -> new Change(rs.getObject("id", UUID.class), rs.getObject("entry_id", UUID.class),
                        Action.valueOf(rs.getString("action").toUpperCase(java.util.Locale.ROOT)),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant(), read(rs.getString("before")), read(rs.getString("after"))))
                .findOne();
    }

    void markUndone(Handle h, UUID changeId) {
        h.createUpdate("UPDATE diary_changes SET undone = TRUE WHERE id = :id").bind("id", changeId).execute();
    }

    private Entry entry(ResultSet rs) throws SQLException {
        double servings = rs.getDouble("servings");
        return new Entry(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class), rs.getObject("eaten_by", UUID.class),
                EntryKind.of(rs.getString("kind")), rs.getString("recipe_id"), rs.getString("food_id"), rs.getString("label"),
                rs.getString("label_ru"), rs.wasNull() ? null : servings, rs.getString("amount"), rs.getDouble("eaten_percent"),
                portions(rs.getString("portions")), rs.getObject("logged_at", OffsetDateTime.class).toInstant());
    }

    private static Session session(ResultSet rs) throws SQLException {
        return new Session(rs.getObject("id", UUID.class), rs.getObject("eaten_on", LocalDate.class), rs.getObject("eaten_at", LocalTime.class),
                MealType.parse(rs.getString("meal")));
    }

    private List<FoodPortion> portions(String text) {
        try {
            return json.readValue(text, PORTIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("diary portions are not readable: " + e.getOriginalMessage(), e);
        }
    }

    private String write(Object value) {
        if (value == null) return null;
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Entry read(String text) {
        if (text == null) return null;
        try {
            return json.readValue(text, Entry.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a diary change is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
