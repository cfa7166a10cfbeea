package dev.fridgechef.diary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.profile.ProfileService;
import dev.fridgechef.recipe.MealType;
import org.jdbi.v3.core.Handle;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The diary's rows, read and written inside the caller's transaction. */
final class DiaryRepository {
    private final ObjectMapper json;

    DiaryRepository(ObjectMapper json) {
        this.json = json;
    }

    /** The session the entry belongs to: one of that day and meal close in time, else a new one. */
    static long session(Handle h, LocalDate day, LocalTime time, MealType meal) {
        Optional<EatingSession> near = sessions(h, day, day).stream()
                .filter(s -> EatingSession.joinDistance(s.time(), s.meal(), time, meal).isPresent())
                .min(java.util.Comparator.comparing(s -> EatingSession.joinDistance(s.time(), s.meal(), time, meal).orElseThrow()));
        if (near.isPresent()) return near.get().id();
        return h.createUpdate("INSERT INTO diary_session (user_name, eaten_on, eaten_at, meal) VALUES (:u, :d, :t, :m)")
                .bind("u", ProfileService.DEFAULT_USER).bind("d", day).bind("t", time.withNano(0)).bind("m", meal.key())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    static EatingSession sessionById(Handle h, long id) {
        return h.createQuery("SELECT * FROM diary_session WHERE id = :id").bind("id", id).map((rs, ctx) -> session(rs)).one();
    }

    Optional<EatingSession> findSession(Handle h, long id) {
        return h.createQuery("SELECT * FROM diary_session WHERE id = :id AND user_name = :u").bind("id", id).bind("u", ProfileService.DEFAULT_USER)
                .map((rs, ctx) -> session(rs)).findOne();
    }

    static List<EatingSession> sessions(Handle h, LocalDate from, LocalDate to) {
        return h.createQuery("SELECT * FROM diary_session WHERE user_name = :u AND eaten_on BETWEEN :f AND :t ORDER BY eaten_on, eaten_at, id")
                .bind("u", ProfileService.DEFAULT_USER).bind("f", from).bind("t", to).map((rs, ctx) -> session(rs)).list();
    }

    static long insert(Handle h, long sessionId, LocalDate day, NewEntry e, double percent, LocalDateTime now) {
        long id = h.createUpdate("INSERT INTO diary_entry (session_id, eaten_on, kind, recipe_id, food_id, label, label_ru, servings, amount, eaten_percent, logged_at) "
                        + "VALUES (:s, :d, :k, :r, :f, :l, :lr, :sv, :a, :p, :now)")
                .bind("s", sessionId).bind("d", day).bind("k", e.kind().key()).bind("r", e.recipeId()).bind("f", e.foodId())
                .bind("l", cut(e.label(), 200)).bind("lr", cut(e.labelRu(), 200)).bind("sv", e.servings()).bind("a", e.amount()).bind("p", percent).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        insertPortions(h, id, e.portions());
        return id;
    }

    private static void insertPortions(Handle h, long entryId, List<FoodPortion> portions) {
        var batch = h.prepareBatch("INSERT INTO diary_portion (entry_id, position, food_id, grams, amount) VALUES (:e, :p, :f, :g, :a)");
        for (int i = 0; i < portions.size(); i++) {
            FoodPortion p = portions.get(i);
            batch.bind("e", entryId).bind("p", i).bind("f", p.foodId()).bind("g", p.grams()).bind("a", p.amount()).add();
        }
        batch.execute();
    }

    /** Writes the entry's session, servings, amount, share and portions as given. */
    void update(Handle h, DiaryEntry e) {
        LocalDate day = sessionById(h, e.sessionId()).date();
        h.createUpdate("UPDATE diary_entry SET session_id = :s, eaten_on = :d, servings = :sv, amount = :a, eaten_percent = :p WHERE id = :id")
                .bind("s", e.sessionId()).bind("d", day).bind("sv", e.servings()).bind("a", e.amount()).bind("p", e.eatenPercent())
                .bind("id", e.id()).execute();
        h.createUpdate("DELETE FROM diary_portion WHERE entry_id = :id").bind("id", e.id()).execute();
        insertPortions(h, e.id(), e.portions());
    }

    boolean isRemoved(Handle h, long id) {
        return h.createQuery("SELECT removed FROM diary_entry WHERE id = :id").bind("id", id).mapTo(Boolean.class).one();
    }

    /** Every entry not removed, with its portions, oldest first. */
    static List<DiaryEntry> all(Handle h) {
        return entries(h, "NOT e.removed", Map.of());
    }

    void setRemoved(Handle h, long id, boolean removed) {
        h.createUpdate("UPDATE diary_entry SET removed = :r WHERE id = :id").bind("r", removed).bind("id", id).execute();
    }

    /** The entry, locked for the transaction; removed ones only when {@code includeRemoved}. */
    Optional<DiaryEntry> entryForUpdate(Handle h, long id, boolean includeRemoved) {
        boolean exists = h.createQuery("SELECT id FROM diary_entry WHERE id = :id" + (includeRemoved ? "" : " AND NOT removed") + " FOR UPDATE")
                .bind("id", id).mapTo(Long.class).findOne().isPresent();
        if (!exists) return Optional.empty();
        return entries(h, "e.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** Entries not removed of the days from {@code from} to {@code to}, by session and id, with their portions. */
    List<DiaryEntry> entries(Handle h, LocalDate from, LocalDate to) {
        return entries(h, "e.eaten_on BETWEEN :f AND :t AND NOT e.removed", Map.of("f", from, "t", to));
    }

    /** The first and the last day with an entry, if any. */
    Optional<List<LocalDate>> span(Handle h) {
        return h.createQuery("SELECT MIN(eaten_on) AS first_day, MAX(eaten_on) AS last_day FROM diary_entry WHERE NOT removed")
                .map((rs, ctx) -> rs.getObject("first_day") == null ? Optional.<List<LocalDate>>empty()
                        : Optional.of(List.of(rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class))))
                .one();
    }

    private static List<DiaryEntry> entries(Handle h, String where, Map<String, Object> binds) {
        Map<Long, DiaryEntry> entries = new LinkedHashMap<>();
        Map<Long, List<FoodPortion>> portions = new LinkedHashMap<>();
        var query = h.createQuery("SELECT e.*, p.position, p.food_id AS p_food, p.grams AS p_grams, p.amount AS p_amount "
                + "FROM diary_entry e JOIN diary_portion p ON p.entry_id = e.id WHERE " + where + " ORDER BY e.session_id, e.id, p.position");
        binds.forEach(query::bind);
        query.map((rs, ctx) -> {
            long id = rs.getLong("id");
            entries.computeIfAbsent(id, k -> entry(rs));
            BigDecimal g = rs.getBigDecimal("p_grams");
            portions.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new FoodPortion(rs.getString("p_food"), g == null ? null : g.doubleValue(), rs.getString("p_amount")));
            return id;
        }).list();
        List<DiaryEntry> out = new ArrayList<>(entries.size());
        for (DiaryEntry e : entries.values()) {
            out.add(e.with(e.sessionId(), e.servings(), e.amount(), e.eatenPercent(), portions.get(e.id())));
        }
        return out;
    }

    private static DiaryEntry entry(ResultSet rs) {
        try {
            BigDecimal servings = rs.getBigDecimal("servings");
            return new DiaryEntry(rs.getLong("id"), rs.getLong("session_id"), EntryKind.of(rs.getString("kind")), rs.getString("recipe_id"),
                    rs.getString("food_id"), rs.getString("label"), rs.getString("label_ru"), servings == null ? null : servings.doubleValue(), rs.getString("amount"),
                    rs.getBigDecimal("eaten_percent").doubleValue(), List.of(), rs.getObject("logged_at", LocalDateTime.class));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EatingSession session(ResultSet rs) throws SQLException {
        return new EatingSession(rs.getLong("id"), rs.getObject("eaten_on", LocalDate.class), rs.getObject("eaten_at", LocalTime.class),
                MealType.parse(rs.getString("meal")));
    }

    long change(Handle h, long entryId, DiaryChange.Action action, String by, LocalDateTime now, DiaryEntry before, DiaryEntry after) {
        return h.createUpdate("INSERT INTO diary_change (entry_id, action, changed_by, changed_at, before_json, after_json) "
                        + "VALUES (:e, :a, :b, :t, :before, :after)")
                .bind("e", entryId).bind("a", action.key()).bind("b", cut(by, 100)).bind("t", now)
                .bind("before", write(before)).bind("after", write(after))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** The latest change that can still be undone (not an undo itself, not undone), locked. */
    Optional<DiaryChange> lastUndoable(Handle h) {
        return h.createQuery("SELECT * FROM diary_change WHERE NOT undone AND action <> 'undo' ORDER BY id DESC LIMIT 1 FOR UPDATE")
                .map((rs, ctx) -> change(rs)).findOne();
    }

    void markUndone(Handle h, long changeId) {
        h.createUpdate("UPDATE diary_change SET undone = TRUE WHERE id = :id").bind("id", changeId).execute();
    }

    List<DiaryChange> changes(Handle h, int limit) {
        return h.createQuery("SELECT * FROM diary_change ORDER BY id DESC LIMIT :n").bind("n", limit).map((rs, ctx) -> change(rs)).list();
    }

    private DiaryChange change(ResultSet rs) throws SQLException {
        return new DiaryChange(rs.getLong("id"), rs.getLong("entry_id"), DiaryChange.Action.valueOf(rs.getString("action").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("changed_by"), rs.getObject("changed_at", LocalDateTime.class), read(rs.getString("before_json")),
                read(rs.getString("after_json")), rs.getBoolean("undone"));
    }

    private String write(DiaryEntry e) {
        if (e == null) return null;
        try {
            return json.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private DiaryEntry read(String text) {
        if (text == null) return null;
        try {
            return json.readValue(text, DiaryEntry.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("a diary change is not readable: " + ex.getOriginalMessage(), ex);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
