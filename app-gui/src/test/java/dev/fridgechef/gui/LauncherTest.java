package dev.fridgechef.gui;

import org.junit.jupiter.api.Test;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher keeps JavaFX's class-path warning off the person's terminal, and only that one. */
class LauncherTest {
    @Test
    void onlyTheClassPathWarningIsFilteredOut() {
        Launcher.quietJavaFxClassPathWarning();
        var filter = Logger.getLogger("javafx").getFilter();
        assertThat(filter.isLoggable(new LogRecord(Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @76db9afd'"))).isFalse();
        assertThat(filter.isLoggable(new LogRecord(Level.WARNING, "Could not load font"))).isTrue();
        assertThat(filter.isLoggable(new LogRecord(Level.SEVERE, null))).isTrue();
    }
}
