package dev.fridgechef.gui.plan;

import dev.fridgechef.gui.FxWait;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.TestSessions;
import dev.fridgechef.gui.main.MainWindow;
import javafx.scene.control.DialogPane;
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

/** A first start: no profile yet. Generating says what is missing and where to fill it in, and plans nothing. */
@ExtendWith(ApplicationExtension.class)
class PlanWithoutProfileTest {
    @TempDir
    static Path dir;
    private GuiSession session;

    @Start
    void start(Stage stage) {
        session = TestSessions.open(dir.resolve("first-start"));
        new MainWindow(session, stage).show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void generatingWithoutAProfilePointsToTheProfilePage(FxRobot robot) throws Exception {
        robot.clickOn("#nav-plan");
        FxWait.until(10, () -> robot.lookup("#plan-generate").tryQuery().isPresent());
        robot.clickOn("#plan-generate");
        FxWait.until(10, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String text = robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText();
        assertThat(text).contains("Profile page").doesNotContain("fridge profile set");
        assertThat(session.app().plans().list()).isEmpty();
    }
}
