package dev.fridgechef.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fridgechef.AtomicFiles;
import dev.fridgechef.Json;
import dev.fridgechef.config.AppFolders;
import dev.fridgechef.i18n.UserException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the store lives. In order: an explicit path (--db), {@code FRIDGECHEF_HOME}, the data folder
 * chosen in the desktop app's settings ({@code {"data_folder": "..."}} in {@code store.json} in the
 * config folder), then the platform's data folder (both folders as {@link AppFolders} resolves
 * them). The CLI and the desktop app both resolve it here, so they always share one store.
 */
public final class StoreLocation {
    public static final String DATABASE_NAME = "fridgechef";
    public static final String H2_SUFFIX = ".mv.db";
    public static final String CONFIG_FILE = "store.json";

    private StoreLocation() {
    }

    /** The database path without H2's ".mv.db" suffix (H2 adds it). */
    public static Path resolve(String explicitPath, AppFolders folders) {
        return resolve(explicitPath, folders, folders.configFolder());
    }

    public static Path resolve(String explicitPath, AppFolders folders, Path configFolder) {
        if (explicitPath != null && !explicitPath.isBlank()) return stripSuffix(Path.of(explicitPath).toAbsolutePath());
        Optional<Path> fixed = folders.fixedDataFolder();
        if (fixed.isPresent()) return fixed.get().resolve(DATABASE_NAME);
        Optional<Path> chosen = chosenFolder(configFolder);
        if (chosen.isPresent()) return chosen.get().resolve(DATABASE_NAME);
        return folders.dataFolder().resolve(DATABASE_NAME);
    }

    /** The data folder saved in {@code store.json}, if any; a broken file says so rather than silently opening another store. */
    public static Optional<Path> chosenFolder(Path configFolder) {
        Path file = configFolder.resolve(CONFIG_FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            JsonNode folder = Json.mapper().readTree(file.toFile()).path("data_folder");
            return folder.isTextual() && !folder.asText().isBlank() ? Optional.of(Path.of(folder.asText()).toAbsolutePath()) : Optional.empty();
        } catch (IOException e) {
            throw new UserException("error.store.config", file, e.getMessage());
        }
    }

    /** Saves the data folder for the next start of either front end; other fields of the file are kept. */
    public static void chooseFolder(Path configFolder, Path dataFolder) {
        Path file = configFolder.resolve(CONFIG_FILE);
        ObjectMapper json = Json.mapper();
        try {
            ObjectNode root = Files.isRegularFile(file) && json.readTree(file.toFile()) instanceof ObjectNode o
                    ? o : json.createObjectNode();
            root.put("data_folder", dataFolder.toAbsolutePath().toString());
            AtomicFiles.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root), false);
        } catch (IOException e) {
            throw new UserException("error.store.config.save", file, e.getMessage());
        }
    }

    /** The database file itself: the path plus ".mv.db". */
    public static Path databaseFile(Path databasePath) {
        return databasePath.resolveSibling(databasePath.getFileName() + H2_SUFFIX);
    }

    private static Path stripSuffix(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(H2_SUFFIX) ? p.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length())) : p;
    }
}
