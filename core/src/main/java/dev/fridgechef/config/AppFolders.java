package dev.fridgechef.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where Fridge Chef keeps its files, resolved like any command-line tool does: from {@code $HOME}
 * (Java's {@code user.home} only when HOME is unset) and the XDG variables on Linux, the usual
 * folders on macOS and Windows. The process environment enters core here and nowhere else.
 *
 * <ul>
 *   <li>config: {@code $XDG_CONFIG_HOME/fridgechef}, else {@code ~/.config/fridgechef} (llm.json,
 *       keys.properties, store.json, gui.json);</li>
 *   <li>data: {@code $XDG_DATA_HOME/fridgechef} or {@code ~/.local/share/fridgechef}; macOS
 *       {@code ~/Library/Application Support/FridgeChef}; Windows {@code %APPDATA%\FridgeChef};</li>
 *   <li>logs: {@code $XDG_STATE_HOME/fridgechef/logs} or {@code ~/.local/state/fridgechef/logs};
 *       macOS {@code ~/Library/Logs/FridgeChef}; Windows {@code %LOCALAPPDATA%\FridgeChef\logs}.</li>
 * </ul>
 */
public record AppFolders(Map<String, String> env, String osName, Path home) {
    public static final String LLM_CONFIG_FILE = "llm.json";

    public AppFolders {
        env = Map.copyOf(env);
    }

    /** The folders of this process. */
    public static AppFolders system() {
        return from(System.getenv());
    }

    /** The folders for this environment on this machine's OS. */
    public static AppFolders from(Map<String, String> env) {
        return new AppFolders(env, System.getProperty("os.name", ""), homeOf(env));
    }

    /** {@code $HOME}, else Java's {@code user.home} (the password file's entry). */
    static Path homeOf(Map<String, String> env) {
        String home = env.get("HOME");
        return Path.of(present(home) ? home : System.getProperty("user.home"));
    }

    public Path configFolder() {
        return xdg("XDG_CONFIG_HOME", ".config").resolve("fridgechef");
    }

    /** {@code FRIDGECHEF_LLM_CONFIG} if set, else llm.json in the config folder. */
    public Path llmConfigFile() {
        return llmConfigFile(env, configFolder());
    }

    /** The same rule for a config folder chosen by the caller (the desktop app's tests use their own). */
    public static Path llmConfigFile(Map<String, String> env, Path configFolder) {
        String explicit = env.get("FRIDGECHEF_LLM_CONFIG");
        return present(explicit) ? Path.of(explicit) : configFolder.resolve(LLM_CONFIG_FILE);
    }

    /** {@code FRIDGECHEF_HOME}: a data folder that wins over every other choice but an explicit path. */
    public Optional<Path> fixedDataFolder() {
        String fixed = env.get("FRIDGECHEF_HOME");
        return present(fixed) ? Optional.of(Path.of(fixed).toAbsolutePath()) : Optional.empty();
    }

    /** The platform's data folder. */
    public Path dataFolder() {
        if (windows()) return Path.of(env.getOrDefault("APPDATA", home.resolve("AppData/Roaming").toString()), "FridgeChef");
        if (mac()) return home.resolve("Library/Application Support/FridgeChef");
        return xdg("XDG_DATA_HOME", ".local/share").resolve("fridgechef");
    }

    /** The platform's folder for log files. */
    public Path logFolder() {
        if (windows()) return Path.of(env.getOrDefault("LOCALAPPDATA", home.resolve("AppData/Local").toString()), "FridgeChef", "logs");
        if (mac()) return home.resolve("Library/Logs/FridgeChef");
        return xdg("XDG_STATE_HOME", ".local/state").resolve("fridgechef/logs");
    }

    /** Whether the person asked for debugging output ({@code FRIDGECHEF_DEBUG} set to anything but 0 or empty). */
    public boolean debug() {
        String debug = env.get("FRIDGECHEF_DEBUG");
        return present(debug) && !debug.trim().equals("0") && !debug.trim().equalsIgnoreCase("false");
    }

    private Path xdg(String variable, String fallbackUnderHome) {
        String value = env.get(variable);
        // the XDG spec says a relative path is invalid and must be ignored
        return present(value) && Path.of(value).isAbsolute() ? Path.of(value) : home.resolve(fallbackUnderHome);
    }

    private boolean windows() {
        return osName.toLowerCase(Locale.ROOT).contains("win");
    }

    private boolean mac() {
        return osName.toLowerCase(Locale.ROOT).contains("mac");
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
