package dev.fridgechef.gui.settings;

import dev.fridgechef.gui.FxWait;
import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.Json;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.TestSessions;
import dev.fridgechef.gui.main.MainWindow;
import dev.fridgechef.gui.main.Section;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.llm.LlmKeys;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** "Your data" in Settings: export everything to a file (the platform's file dialog is skipped) and erase everything after the word. */
@ExtendWith(ApplicationExtension.class)
class PersonalDataPaneTest {
    @TempDir
    static Path dir;
    private Path home;
    private GuiSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        home = dir.resolve("data-" + System.nanoTime());
        session = TestSessions.open(home);
        session.app().inventory().add(ItemDraft.of("milk", "1", "l"));
        session.app().inventory().add(ItemDraft.of("eggs", "6", "pcs"));
        LlmKeys.in(session.configFolder()).put("ROUTER_API_KEY", "sk-secret-4321");
        Files.createDirectories(home.resolve("backups"));
        Files.writeString(home.resolve("backups/fridgechef-2026-11-24.zip"), "backup");
        window = new MainWindow(session, stage);
        window.show();
        window.show(Section.SETTINGS);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void exportWritesEverythingToTheFileAndSaysWhere(FxRobot robot) throws Exception {
        Path file = Files.createDirectories(home.resolve("out")).resolve("me.json"); // a folder the file chooser showed
        robot.interact(() -> pane(robot).exportTo(file));
        FxWait.until(20, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText()).contains(file.toString());
        JsonNode doc = Json.mapper().readTree(file.toFile());
        assertThat(doc.get("format").asText()).isEqualTo("fridgechef-personal-data");
        assertThat(doc.get("stock")).hasSize(2);
        assertThat(doc.get("settings").get("keys_saved_for").get(0).asText()).isEqualTo("ROUTER_API_KEY");
        assertThat(Files.readString(file)).doesNotContain("sk-secret-4321");
        robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());
    }

    @Test
    void eraseNeedsTheWordThenEmptiesTheStoreAndTheFiles(FxRobot robot) throws Exception {
        Platform.runLater(() -> pane(robot).askAndErase()); // the dialog waits for an answer: not interact()
        FxWait.until(10, () -> robot.lookup("#settings-erase-word").tryQuery().isPresent());
        Button erase = robot.lookup("#settings-erase-ok").queryButton();
        assertThat(erase.isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#settings-erase-word").queryAs(TextField.class).setText("erase"));
        assertThat(erase.isDisabled()).as("only the word confirms").isTrue();
        robot.interact(() -> robot.lookup("#settings-erase-word").queryAs(TextField.class).setText("forget"));
        assertThat(erase.isDisabled()).isFalse();
        robot.clickOn(erase);

        FxWait.until(20, () -> robot.lookup(".dialog-pane").tryQuery()
                .map(d -> ((DialogPane) d).getContentText()).filter(t -> t != null && t.contains("Everything was erased")).isPresent());
        assertThat(session.app().inventory().list()).isEmpty();
        assertThat(session.configFolder().resolve(LlmKeys.FILE_NAME)).doesNotExist();
        assertThat(home.resolve("backups/fridgechef-2026-11-24.zip")).doesNotExist();
        assertThat(window.current()).isEqualTo(Section.SETTINGS);
        robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());

        robot.interact(() -> window.show(Section.FRIDGE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".table-view").queryTableView().getItems()).isEmpty();
    }

    @Test
    void cancellingErasesNothing(FxRobot robot) throws Exception {
        Platform.runLater(() -> pane(robot).askAndErase());
        FxWait.until(10, () -> robot.lookup("#settings-erase-word").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#settings-erase-word").queryAs(TextField.class).setText("forget"));
        Button cancel = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream().filter(Button::isCancelButton).findFirst().orElseThrow();
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.app().inventory().list()).hasSize(2);
        assertThat(session.configFolder().resolve(LlmKeys.FILE_NAME)).exists();
    }

    private static PersonalDataPane pane(FxRobot robot) {
        return (PersonalDataPane) robot.lookup("#settings-yourdata").query().getProperties().get(PersonalDataPane.class);
    }
}
