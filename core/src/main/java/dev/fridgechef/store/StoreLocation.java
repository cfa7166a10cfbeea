package dev.fridgechef.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fridgechef.AtomicFiles;
import dev.fridgechef.Json;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.llm.LlmSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the store lives. In order: an explicit path (--db), {@code FRIDGECHEF_HOME}, the data folder
 * chosen in the desktop app's settings ({@code {"data_folder": "..."}} in {@code store.json} in the
 * config folder, {@code $XDG_CONFIG_HOME/fridgechef} or {@code ~/.config/fridgechef}), then the
 * platform's data folder: {@code $XDG_DATA_HOME/fridgechef} or {@code ~/.local/share/fridgechef} on
 * Linux, {@code ~/Library/Application Support/FridgeChef} on macOS, {@code %APPDATA%\FridgeChef} on
 * Windows. The CLI and the desktop app both resolve it here, so they always share one store.
 */
public final class StoreLocation {
    public static final String DATABASE_NAME = "fridgechef";
    public static final String H2_SUFFIX = ".mv.db";
    public static final String CONFIG_FILE = "store.json";

    private StoreLocation() {
    }

    /** The database path without H2's ".mv.db" suffix (H2 adds it). */
    public static Path resolve(String explicitPath, Map<String, String> env, String osName, Path userHome) {
        return resolve(explicitPath, env, osName, userHome, LlmSettings.configFolder(env, userHome));
    }

    public static Path resolve(String explicitPath, Map<String, String> env, String osName, Path userHome, Path configFolder) {
        if (explicitPath != null && !explicitPath.isBlank()) return stripSuffix(Path.of(explicitPath).toAbsolutePath());
        String home = env.get("FRIDGECHEF_HOME");
        if (home != null && !home.isBlank()) return Path.of(home).toAbsolutePath().resolve(DATABASE_NAME);
        Optional<Path> chosen = chosenFolder(configFolder);
        if (chosen.isPresent()) return chosen.get().resolve(DATABASE_NAME);
        return dataDirectory(env, osName, userHome).resolve(DATABASE_NAME);
    }

    public static Path resolveDefault(String explicitPath) {
        return resolve(explicitPath, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
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

    static Path dataDirectory(Map<String, String> env, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "FridgeChef") : userHome.resolve("AppData/Roaming/FridgeChef");
        }
        if (os.contains("mac")) return userHome.resolve("Library/Application Support/FridgeChef");
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share")).resolve("fridgechef");
    }

    private static Path stripSuffix(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(H2_SUFFIX) ? p.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length())) : p;
    }
}
