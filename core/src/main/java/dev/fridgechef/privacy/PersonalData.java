package dev.fridgechef.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fridgechef.AtomicFiles;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.photo.PhotoRecognizer;
import dev.fridgechef.profile.ProfileService;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The person's rights over their data: {@link #export()} gives everything the store and the settings
 * files hold about them as one JSON document (its schema: {@code docs/personal-data-export.md}), and
 * {@link #forget()} erases it: every row of every personal table, the keys and preference files, and
 * the store's backups.
 */
public final class PersonalData {
    public static final String FORMAT = "fridgechef-personal-data";
    public static final int VERSION = 2;
    /** Backups live in this folder beside the store file, named {@code fridgechef-*}. */
    public static final String BACKUP_FOLDER = "backups";
    public static final String BACKUP_PREFIX = "fridgechef-";

    private final Jdbi jdbi;
    private final Clock clock;
    private final Path configFolder;
    private final Path backupFolder;
    private final Runnable compactAfter;
    private final ObjectMapper json;

    /**
     * @param configFolder where llm.json, keys.properties, gui.json and store.json live
     * @param backupFolder the store's backup folder ({@code <folder of fridgechef.mv.db>/backups})
     * @param compactAfter run after {@link #forget()} so the freed pages leave the store file where the
     *                     caller can do that (no-op when it cannot)
     */
    public PersonalData(Jdbi jdbi, Clock clock, Path configFolder, Path backupFolder, Runnable compactAfter, ObjectMapper json) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.configFolder = configFolder;
        this.backupFolder = backupFolder;
        this.compactAfter = compactAfter;
        this.json = json;
    }

    /** What {@link #forget()} erased: rows per table and the files deleted. */
    public record Erased(Map<String, Integer> rows, List<Path> files) {
        public int totalRows() {
            return rows.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Everything about the person, read in one transaction. */
    public ObjectNode export() {
        ObjectNode doc = json.createObjectNode();
        doc.put("format", FORMAT);
        doc.put("version", VERSION);
        doc.put("exported_at", OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        Map<String, ArrayNode> sections = jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
            Map<String, ArrayNode> read = new LinkedHashMap<>();
            for (PersonalTables.Table t : PersonalTables.ALL) read.put(t.section(), PersonalTables.rows(h, t, json));
            return read;
        });
        doc.set("profile", profile(sections.remove("profile")));
        for (String section : List.of("health", "stock", "plans", "cooked_meals", "shopping_checks", "user_recipes", "ai_dishes", "ai_usage", "ai_answers",
                "ai_limits", "photo_recognitions", "day_notes", "jobs", "household", "pantry_staples", "chat_conversations", "chat_messages", "diary_sessions",
                "diary_entries", "diary_portions", "diary_changes", "sync_link", "sync_outbox", "sync_log", "folders", "folder_items", "favourites",
                "saved_tags")) {
            doc.set(section, sections.remove(section));
        }
        if (!sections.isEmpty()) throw new IllegalStateException("sections not placed in the export: " + sections.keySet());
        doc.set("settings", new SettingsFiles(configFolder, json).export());
        return doc;
    }

    /** The one person's profile (the app stores it as user "default"), or null before one is saved. */
    private static JsonNode profile(ArrayNode rows) {
        for (JsonNode row : rows) {
            if (ProfileService.DEFAULT_USER.equals(row.path("user_name").asText())) return row;
        }
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Writes {@link #export()} to {@code file} as every export is written ({@link AtomicFiles#writeExport}), readable by the owner only. */
    public void exportTo(Path file) {
        byte[] document;
        try {
            document = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export());
        } catch (IOException e) {
            throw new UserException("error.file.write", file, e.getMessage());
        }
        AtomicFiles.writeExport(file, document, true);
    }

    /**
     * Erases everything: every personal table's rows in one transaction, then the keys and the app's
     * preference files, then every {@code fridgechef-*} file in the backup folder and the kept meal
     * photos, then {@code compactAfter}.
     */
    public Erased forget() {
        Map<String, Integer> rows = jdbi.inTransaction(h -> {
            Map<String, Integer> deleted = new LinkedHashMap<>();
            for (PersonalTables.Table t : PersonalTables.ALL) deleted.put(t.name(), PersonalTables.delete(h, t));
            return deleted;
        });
        List<Path> files = new ArrayList<>();
        for (String name : SettingsFiles.ERASED) delete(configFolder.resolve(name), files);
        for (Path backup : backups()) delete(backup, files);
        for (Path photo : keptPhotos()) delete(photo, files);
        compactAfter.run();
        return new Erased(rows, List.copyOf(files));
    }

    private List<Path> backups() {
        if (!Files.isDirectory(backupFolder)) return List.of();
        try (Stream<Path> list = Files.list(backupFolder)) {
            return list.filter(p -> p.getFileName().toString().startsWith(BACKUP_PREFIX))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException e) {
            throw new UserException("error.forget.delete", backupFolder, e.getMessage());
        }
    }

    /** The meal photos the person asked to keep, in the photo folder beside the backup folder (both beside the store file). */
    private List<Path> keptPhotos() {
        Path folder = backupFolder.resolveSibling(PhotoRecognizer.KEPT_FOLDER);
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> PhotoRecognizer.isKeptPhoto(p.getFileName().toString()))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException e) {
            throw new UserException("error.forget.delete", folder, e.getMessage());
        }
    }

    private static void delete(Path file, List<Path> deleted) {
        try {
            if (Files.deleteIfExists(file)) deleted.add(file);
        } catch (IOException e) {
            throw new UserException("error.forget.delete", file, e.getMessage());
        }
    }
}
