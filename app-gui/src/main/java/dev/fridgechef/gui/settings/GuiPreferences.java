package dev.fridgechef.gui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.Json;
import dev.fridgechef.i18n.UserException;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The desktop app's own settings: language ("en"/"ru", null = the system's) and theme. Kept in
 * {@code gui.json} beside the LLM config. (Where the data lives is shared with the CLI, so it is not here.)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GuiPreferences(String language, Theme theme) {
    public enum Theme { LIGHT, DARK }

    public static GuiPreferences defaults() {
        return new GuiPreferences(null, Theme.LIGHT);
    }

    public GuiPreferences {
        if (theme == null) theme = Theme.LIGHT;
    }

    public GuiPreferences withLanguage(String newLanguage) {
        return new GuiPreferences(newLanguage, theme);
    }

    public GuiPreferences withTheme(Theme newTheme) {
        return new GuiPreferences(language, newTheme);
    }

    /** {@code $XDG_CONFIG_HOME/fridgechef/gui.json}, else {@code ~/.config/fridgechef/gui.json}. */
    public static Path file(Map<String, String> env, Path userHome) {
        String xdg = env.get("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".config")).resolve("fridgechef/gui.json");
    }

    /** The saved preferences; a missing file gives the defaults, a broken one says so. */
    public static GuiPreferences load(Path file) {
        if (!Files.isRegularFile(file)) return defaults();
        try {
            return mapper().readValue(file.toFile(), GuiPreferences.class);
        } catch (IOException e) {
            throw new UserException("gui.error.preferences", file, e.getMessage());
        }
    }

    /** Writes to a temporary file first and moves it into place, so a crash never leaves half a file. */
    public void save(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            mapper().writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), this);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserException("gui.error.preferences.save", file, e.getMessage());
        }
    }

    private static ObjectMapper mapper() {
        return Json.mapper();
    }
}
