package dev.fridgechef.gui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fridgechef.AtomicFiles;
import dev.fridgechef.Json;
import dev.fridgechef.i18n.UserException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /** The saved preferences; a missing file gives the defaults, a broken one says so. */
    public static GuiPreferences load(Path file) {
        if (!Files.isRegularFile(file)) return defaults();
        try {
            return mapper().readValue(file.toFile(), GuiPreferences.class);
        } catch (IOException e) {
            throw new UserException("gui.error.preferences", file, e.getMessage());
        }
    }

    /** Written whole or not at all (a temporary file moved into place). */
    public void save(Path file) {
        try {
            AtomicFiles.write(file, mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(this), false);
        } catch (IOException e) {
            throw new UserException("gui.error.preferences.save", file, e.getMessage());
        }
    }

    private static ObjectMapper mapper() {
        return Json.mapper();
    }
}
