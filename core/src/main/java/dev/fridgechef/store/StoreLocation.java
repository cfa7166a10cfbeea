package dev.fridgechef.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the store lives. In order: an explicit path (--db), {@code FRIDGECHEF_HOME}, then the
 * platform's data folder: {@code $XDG_DATA_HOME/fridgechef} or {@code ~/.local/share/fridgechef} on
 * Linux, {@code ~/Library/Application Support/FridgeChef} on macOS, {@code %APPDATA%\FridgeChef} on
 * Windows.
 */
public final class StoreLocation {
    public static final String DATABASE_NAME = "fridgechef";
    private static final String H2_SUFFIX = ".mv.db";

    private StoreLocation() {
    }

    /** The database path without H2's ".mv.db" suffix (H2 adds it). */
    public static Path resolve(String explicitPath, Map<String, String> env, String osName, Path userHome) {
        if (explicitPath != null && !explicitPath.isBlank()) return stripSuffix(Path.of(explicitPath).toAbsolutePath());
        String home = env.get("FRIDGECHEF_HOME");
        if (home != null && !home.isBlank()) return Path.of(home).toAbsolutePath().resolve(DATABASE_NAME);
        return dataDirectory(env, osName, userHome).resolve(DATABASE_NAME);
    }

    public static Path resolveDefault(String explicitPath) {
        return resolve(explicitPath, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
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
