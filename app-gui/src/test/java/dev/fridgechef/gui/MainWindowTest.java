package dev.fridgechef.gui;

import dev.fridgechef.gui.main.MainWindow;
import dev.fridgechef.gui.main.Section;
import dev.fridgechef.gui.settings.GuiPreferences;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;
    private GuiSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        session = TestSessions.open(dir.resolve("main-" + System.nanoTime()));
        window = new MainWindow(session, stage);
        window.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void sideBarSwitchesPagesByClickAndShortcut(FxRobot robot) {
        assertThat(robot.lookup("#nav-fridge").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.clickOn("#nav-recipes");
        assertThat(window.current()).isEqualTo(Section.RECIPES);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertThat(window.current()).isEqualTo(Section.PROFILE);
        assertThat(robot.lookup("#nav-profile").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void aNewLanguageRelabelsTheWindowAtOnceAndIsRemembered(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#nav-fridge").queryAs(ToggleButton.class).getText()).isEqualTo("Fridge");
        robot.interact(() -> session.changePreferences(p -> p.withLanguage("ru")));
        assertThat(robot.lookup("#nav-fridge").queryAs(ToggleButton.class).getText()).isEqualTo("Холодильник");
        assertThat(robot.lookup("#quick-add-button").queryButton().getText()).isEqualTo("Добавить");
        assertThat(window.current()).isEqualTo(Section.FRIDGE);
        assertThat(GuiPreferences.load(session.preferencesFile()).language()).isEqualTo("ru");
    }
}
