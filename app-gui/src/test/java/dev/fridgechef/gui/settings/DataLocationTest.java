package dev.fridgechef.gui.settings;

import dev.fridgechef.gui.FxWait;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.TestSessions;
import dev.fridgechef.gui.main.MainWindow;
import dev.fridgechef.gui.main.Section;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.store.StoreLocation;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Moving the data to another folder from Settings (the folder dialog itself is the platform's and is skipped). */
@ExtendWith(ApplicationExtension.class)
class DataLocationTest {
    @TempDir
    static Path dir;
    private Path home;
    private GuiSession session;

    @Start
    void start(Stage stage) {
        home = dir.resolve("data-" + System.nanoTime());
        session = TestSessions.open(home);
        session.app().inventory().add(ItemDraft.of("milk", "1", "l"));
        MainWindow window = new MainWindow(session, stage);
        window.show();
        window.show(Section.SETTINGS);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void movingCopiesTheStoreRecordsTheFolderAndAsksForARestart(FxRobot robot) throws Exception {
        Path target = home.resolve("elsewhere");
        Files.createDirectories(target);
        javafx.application.Platform.runLater(() -> pane(robot).moveTo(target)); // it may ask first: not interact(), which would wait for the answer
        FxWait.until(20, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).contains("Restart");
        assertThat(dialog.getContentText()).contains(target.toString());

        assertThat(target.resolve("fridgechef.mv.db")).isRegularFile();
        assertThat(StoreLocation.chosenFolder(session.configFolder())).contains(target);
        assertThat(session.databasePath().getParent().resolve("fridgechef.mv.db")).as("the old file is kept").isRegularFile();
        robot.clickOn(button(robot, "Restart later"));
    }

    @Test
    void aFolderThatHasDataAlreadyIsUsedAsItIsWhenThePersonSaysSo(FxRobot robot) throws Exception {
        Path target = home.resolve("existing");
        Files.createDirectories(target);
        Files.writeString(target.resolve("fridgechef.mv.db"), "not touched");
        javafx.application.Platform.runLater(() -> pane(robot).moveTo(target)); // it may ask first: not interact(), which would wait for the answer
        FxWait.until(10, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(button(robot, "Use it as it is"));
        FxWait.until(10, () -> StoreLocation.chosenFolder(session.configFolder()).isPresent());
        assertThat(StoreLocation.chosenFolder(session.configFolder())).contains(target);
        assertThat(Files.readString(target.resolve("fridgechef.mv.db"))).isEqualTo("not touched");
        FxWait.until(10, () -> robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .anyMatch(b -> b.getText().equals("Restart later")));
        robot.clickOn(button(robot, "Restart later"));
    }

    private static DataLocationPane pane(FxRobot robot) {
        return (DataLocationPane) robot.lookup("#settings-data").query().getProperties().get(DataLocationPane.class);
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream().filter(b -> b.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }
}
