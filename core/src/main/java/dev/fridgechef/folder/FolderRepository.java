package dev.fridgechef.folder;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The folder, folder_item, favourite and saved_tag tables (V22). */
final class FolderRepository {
    /** A row of folder_item. */
    record Item(SavedKind kind, String ref, LocalDateTime addedAt) {
    }

    private final Jdbi jdbi;

    FolderRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    <T> T inTransaction(org.jdbi.v3.core.HandleCallback<T, RuntimeException> work) {
        return jdbi.inTransaction(work);
    }

    Optional<Folder> byKey(Handle h, String key) {
        return h.createQuery(SELECT_FOLDERS + " WHERE f.name_key = :k GROUP BY f.id, f.name").bind("k", key).map(FolderRepository::folder).findOne();
    }

    List<Folder> all() {
        return jdbi.withHandle(h -> h.createQuery(SELECT_FOLDERS + " GROUP BY f.id, f.name ORDER BY f.name_key").map(FolderRepository::folder).list());
    }

    private static final String SELECT_FOLDERS = "SELECT f.id, f.name, "
            + "COUNT(CASE WHEN i.kind = 'plan' THEN 1 END) AS plans, COUNT(CASE WHEN i.kind = 'recipe' THEN 1 END) AS recipes "
            + "FROM folder f LEFT JOIN folder_item i ON i.folder_id = f.id";

    private static Folder folder(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
        return new Folder(rs.getLong("id"), rs.getString("name"), rs.getInt("plans"), rs.getInt("recipes"));
    }

    long create(Handle h, String name, String key, LocalDateTime now) {
        return h.createUpdate("INSERT INTO folder (name, name_key, created_at) VALUES (:n, :k, :t)").bind("n", name).bind("k", key)
                .bind("t", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Adds the item; false when the folder already held it. */
    boolean add(Handle h, long folder, SavedKind kind, String ref, LocalDateTime now) {
        boolean there = h.createQuery("SELECT COUNT(*) FROM folder_item WHERE folder_id = :f AND kind = :k AND ref = :r")
                .bind("f", folder).bind("k", kind.key()).bind("r", ref).mapTo(Integer.class).one() > 0;
        if (!there) {
            h.createUpdate("INSERT INTO folder_item (folder_id, kind, ref, added_at) VALUES (:f, :k, :r, :t)")
                    .bind("f", folder).bind("k", kind.key()).bind("r", ref).bind("t", now).execute();
        }
        return !there;
    }

    List<Item> items(Handle h, long folder) {
        return h.createQuery("SELECT kind, ref, added_at FROM folder_item WHERE folder_id = :f ORDER BY added_at, kind, ref").bind("f", folder)
                .map((rs, ctx) -> new Item(SavedKind.of(rs.getString("kind")), rs.getString("ref"), rs.getTimestamp("added_at").toLocalDateTime()))
                .list();
    }

    void rename(Handle h, long folder, String name, String key) {
        h.createUpdate("UPDATE folder SET name = :n, name_key = :k WHERE id = :id").bind("n", name).bind("k", key).bind("id", folder).execute();
    }

    /** Deletes the folder and its entries (never the plans or recipes); returns how many entries it held. */
    int delete(Handle h, long folder) {
        int entries = h.createUpdate("DELETE FROM folder_item WHERE folder_id = :f").bind("f", folder).execute();
        h.createUpdate("DELETE FROM folder WHERE id = :f").bind("f", folder).execute();
        return entries;
    }

    void tag(Handle h, SavedKind kind, String ref, String tag) {
        h.createUpdate("MERGE INTO saved_tag (kind, ref, tag) KEY (kind, ref, tag) VALUES (:k, :r, :t)")
                .bind("k", kind.key()).bind("r", ref).bind("t", tag).execute();
    }

    /** Tags of every tagged item of a kind, by ref. */
    Map<String, List<String>> tags(Handle h, SavedKind kind) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        h.createQuery("SELECT ref, tag FROM saved_tag WHERE kind = :k ORDER BY ref, tag").bind("k", kind.key())
                .map((rs, ctx) -> Map.entry(rs.getString("ref"), rs.getString("tag")))
                .forEach(e -> out.computeIfAbsent(e.getKey(), r -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    /** Marks a favourite; false when it already was one. */
    boolean favour(SavedKind kind, String ref, LocalDateTime now) {
        return jdbi.inTransaction(h -> {
            if (isFavourite(h, kind, ref)) return false;
            h.createUpdate("INSERT INTO favourite (kind, ref, added_at) VALUES (:k, :r, :t)").bind("k", kind.key()).bind("r", ref)
                    .bind("t", now).execute();
            return true;
        });
    }

    /** Unmarks a favourite; false when it was not one. */
    boolean unfavour(SavedKind kind, String ref) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM favourite WHERE kind = :k AND ref = :r").bind("k", kind.key())
                .bind("r", ref).execute() > 0);
    }

    boolean isFavourite(Handle h, SavedKind kind, String ref) {
        return h.createQuery("SELECT COUNT(*) FROM favourite WHERE kind = :k AND ref = :r").bind("k", kind.key()).bind("r", ref)
                .mapTo(Integer.class).one() > 0;
    }

    /** Favourite refs of a kind, the newest first. */
    List<String> favourites(SavedKind kind) {
        return jdbi.withHandle(h -> h.createQuery("SELECT ref FROM favourite WHERE kind = :k ORDER BY added_at DESC, ref").bind("k", kind.key())
                .mapTo(String.class).list());
    }
}
