package dev.fridgechef.doctor;

import dev.fridgechef.Json;
import dev.fridgechef.config.AppFolders;
import dev.fridgechef.config.SystemInfo;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.llm.LlmConfigFile;
import dev.fridgechef.llm.LlmKeys;
import dev.fridgechef.llm.LlmSettings;
import dev.fridgechef.logging.Logs;
import dev.fridgechef.store.Backups;
import dev.fridgechef.store.Store;
import dev.fridgechef.store.StoreCheck;
import dev.fridgechef.store.StoreOptions;
import dev.fridgechef.store.StoreLocation;
import org.jdbi.v3.core.Handle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a person pastes into a bug report ({@code fridge doctor}): versions, where the store, the
 * configuration and the log are, whether the store opens, and which AI providers are configured.
 * Each part is examined on its own, so one broken part never hides the others. Never a key: only
 * whether one is present.
 */
public final class Checkup {
    private static final List<String> CONFIG_FILES = List.of(StoreLocation.CONFIG_FILE, AppFolders.LLM_CONFIG_FILE, LlmKeys.FILE_NAME, "gui.json");

    /** {@code problem} is null when the part is fine. */
    public record Report(String appVersion, SystemInfo system, StoreHealth store, ConfigFiles config, Providers providers, String logFile) {
        public boolean healthy() {
            return store.problem() == null && providers.problem() == null;
        }
    }

    /** {@code rows}: rows per table. A store that does not exist yet is not a problem: it is made on first use. */
    public record StoreHealth(String file, boolean exists, Long sizeBytes, boolean opens, Integer schemaVersion, Map<String, Long> rows,
                              String problem, int backups, String newestBackup) {
    }

    public record ConfigFiles(String folder, String llmConfigFile, Map<String, Boolean> present) {
    }

    public record Provider(String name, String kind, String model, boolean keyPresent) {
    }

    public record Providers(List<Provider> configured, String problem) {
    }

    private Checkup() {
    }

    public static Report examine(String appVersion, AppFolders folders, Path databasePath) {
        return new Report(appVersion, SystemInfo.current(), store(databasePath), config(folders), providers(folders),
                Logs.currentFile().map(Path::toString).orElse(null));
    }

    /** The store file, whether every row of it reads (see {@link StoreCheck}), and its backups. */
    static StoreHealth store(Path databasePath) {
        Path file = StoreLocation.databaseFile(databasePath);
        List<Backups.Backup> backups = Backups.of(databasePath, java.time.Clock.systemDefaultZone()).list();
        int count = backups.size();
        String newest = backups.isEmpty() ? null : backups.get(0).label();
        if (!Files.exists(file)) return new StoreHealth(file.toString(), false, null, false, null, Map.of(), null, count, newest);
        Long size = null;
        try {
            size = Files.size(file);
            // Store.open refuses an empty file too; this says so without trying
            if (size == 0) return new StoreHealth(file.toString(), true, size, false, null, Map.of(), "the store file is empty (0 bytes)", count, newest);
            try (Store store = Store.open(databasePath, StoreOptions.DEFAULT.withoutBackups())) {
                StoreCheck.Result check = StoreCheck.check(store);
                Map<String, Long> rows = new LinkedHashMap<>();
                check.rows().forEach((table, n) -> {
                    if (!table.equals("flyway_schema_history")) rows.put(table.toLowerCase(java.util.Locale.ROOT), n);
                });
                Integer version = store.jdbi().withHandle(Checkup::schemaVersion);
                return new StoreHealth(file.toString(), true, Files.size(file), true, version, rows, check.problem().orElse(null), count, newest);
            }
        } catch (IOException | RuntimeException e) {
            return new StoreHealth(file.toString(), true, size, false, null, Map.of(), inWords(e), count, newest);
        }
    }

    private static Integer schemaVersion(Handle h) {
        return h.createQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"")
                .mapTo(Integer.class).findOne().orElse(null);
    }

    static ConfigFiles config(AppFolders folders) {
        Path folder = folders.configFolder();
        Map<String, Boolean> present = new LinkedHashMap<>();
        for (String name : CONFIG_FILES) {
            Path file = name.equals(AppFolders.LLM_CONFIG_FILE) ? folders.llmConfigFile() : folder.resolve(name);
            present.put(name, Files.isRegularFile(file));
        }
        return new ConfigFiles(folder.toString(), folders.llmConfigFile().toString(), present);
    }

    /** The providers the AI commands would use, and those listed in llm.json that lack a key. */
    static Providers providers(AppFolders folders) {
        try {
            LlmKeys keys = LlmKeys.in(folders.configFolder());
            LlmSettings settings = LlmSettings.load(folders.env(), keys, folders.llmConfigFile(), Json.mapper());
            List<Provider> out = new ArrayList<>();
            settings.providers().forEach(p -> out.add(new Provider(p.name(), p.kind().key(), p.model(), !p.apiKey().isEmpty())));
            if (Files.isRegularFile(folders.llmConfigFile())) {
                for (LlmConfigFile.Provider p : new LlmConfigFile(folders.llmConfigFile(), Json.mapper()).read().providers()) {
                    if (out.stream().noneMatch(o -> o.name().equals(p.name()))) out.add(new Provider(p.name(), p.kind().key(), p.model(), false));
                }
            }
            return new Providers(out, null);
        } catch (RuntimeException e) {
            return new Providers(List.of(), inWords(e));
        }
    }

    /** The messages of an error and its causes, one after the other, without stack or class names where a message says it. */
    static String inWords(Throwable e) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = e; t != null && parts.size() < 4; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().lines().findFirst().orElse("").trim();
            if (!m.isEmpty() && parts.stream().noneMatch(p -> p.contains(m))) parts.add(m);
            if (t instanceof UserException) break;
        }
        return String.join(": ", parts);
    }
}
