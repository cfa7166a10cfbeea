package dev.fridgechef.gui.chat;

import dev.fridgechef.gui.FxWait;
import dev.fridgechef.FridgeChef;
import dev.fridgechef.chat.Conversation;
import dev.fridgechef.chat.Message;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.TestSessions;
import dev.fridgechef.gui.main.MainWindow;
import dev.fridgechef.gui.main.Section;
import dev.fridgechef.gui.settings.GuiPreferences;
import dev.fridgechef.llm.LlmSettings;
import dev.fridgechef.llm.ProviderKind;
import dev.fridgechef.llm.ProviderSettings;
import dev.fridgechef.store.Store;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The Chat page against a local server speaking OpenAI's streaming format, and without any provider. */
@ExtendWith(ApplicationExtension.class)
class ChatViewTest {
    @TempDir
    static Path dir;
    private MockWebServer server;
    private GuiSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        server = new MockWebServer();
        server.start();
        Path home = dir.resolve("chat-" + System.nanoTime());
        Path database = home.resolve("fridgechef");
        FridgeChef app = new FridgeChef(Store.open(database), TestSessions.foods(), TestSessions.CLOCK, new LlmSettings(List.of(
                new ProviderSettings("local", ProviderKind.OPENAI, server.url("/v1").toString(), "m", "k", 1, 1)), 5, 5));
        session = new GuiSession(app, database, Map.of(), home.resolve("config"), new GuiPreferences("en", GuiPreferences.Theme.LIGHT));
        Conversation old = app.conversations().create("Protein at breakfast");
        app.conversations().add(old.id(), Message.Role.USER, "Protein at breakfast?", 0, 0, null);
        app.conversations().add(old.id(), Message.Role.ASSISTANT, "Eggs or cottage cheese.", 10, 5, null);
        window = new MainWindow(session, stage);
        window.show();
        window.show(Section.CHAT);
    }

    @AfterEach
    void close() throws Exception {
        session.close();
        server.shutdown();
    }

    private static String chunk(String text) {
        return "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
                + "\"delta\":{\"content\":\"" + text + "\"},\"finish_reason\":null}]}\n\n";
    }

    private static String texts(FxRobot robot) {
        VBox messages = robot.lookup("#chat-messages").queryAs(VBox.class);
        return messages.getChildren().stream().filter(n -> n instanceof VBox)
                .map(n -> ((Label) ((VBox) n).getChildren().get(1)).getText()).collect(Collectors.joining("|"));
    }

    private static Button ok(FxRobot robot, String dialog) {
        return robot.lookup(dialog + " .button").queryAllAs(Button.class).stream().filter(Button::isDefaultButton).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static ListView<Conversation> list(FxRobot robot) {
        return robot.lookup("#chat-conversations").queryAs(ListView.class);
    }

    @Test
    void aQuestionStreamsItsAnswerIntoTheViewAndStartsATitledConversation(FxRobot robot) throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(
                chunk("Buckwheat ") + chunk("with \\u202ekefir\\u009b.") + "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,"
                        + "\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],"
                        + "\"usage\":{\"prompt_tokens\":100,\"completion_tokens\":4,\"total_tokens\":104}}\n\ndata: [DONE]\n\n"));
        FxWait.until(10, () -> list(robot).getItems().size() == 1);
        assertThat(robot.lookup("#chat-notice").queryAs(Label.class).isVisible()).isFalse();
        robot.interact(() -> robot.lookup("#chat-input").queryAs(TextArea.class).setText("A quick dinner?"));
        robot.clickOn("#chat-input").type(KeyCode.ENTER);
        FxWait.until(20, () -> list(robot).getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(robot)).isEqualTo("A quick dinner?|Buckwheat with kefir.");
        assertThat(list(robot).getSelectionModel().getSelectedItem().title()).isEqualTo("A quick dinner?");
        assertThat(list(robot).getItems().get(0).title()).isEqualTo("A quick dinner?");

        robot.interact(() -> list(robot).getSelectionModel().select(1));
        FxWait.until(10, () -> texts(robot).startsWith("Protein at breakfast?"));
        assertThat(texts(robot)).isEqualTo("Protein at breakfast?|Eggs or cottage cheese.");
    }

    @Test
    void renameAndDeleteAskFirst(FxRobot robot) throws Exception {
        FxWait.until(10, () -> list(robot).getItems().size() == 1);
        robot.interact(() -> list(robot).getSelectionModel().select(0));
        Platform.runLater(() -> robot.lookup("#chat-rename").queryButton().fire()); // the dialog waits for an answer
        FxWait.until(10, () -> robot.lookup("#chat-rename-dialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#chat-rename-dialog .text-field").queryAs(TextField.class).setText("Breakfasts"));
        robot.clickOn(ok(robot, "#chat-rename-dialog"));
        FxWait.until(10, () -> list(robot).getItems().get(0).title().equals("Breakfasts"));

        robot.interact(() -> list(robot).getSelectionModel().select(0));
        Platform.runLater(() -> robot.lookup("#chat-delete").queryButton().fire());
        FxWait.until(10, () -> robot.lookup("#chat-delete-dialog").tryQuery().isPresent());
        robot.clickOn(ok(robot, "#chat-delete-dialog"));
        FxWait.until(10, () -> list(robot).getItems().isEmpty());
        assertThat(session.app().conversations().list()).isEmpty();
    }

    @Test
    void withoutAProviderThePagePointsToSettingsAndStillShowsTheConversations(FxRobot robot) throws Exception {
        robot.interact(() -> session.app().useLlmSettings(LlmSettings.none()));
        robot.interact(() -> window.show(Section.FRIDGE));
        robot.interact(() -> window.show(Section.CHAT));
        WaitForAsyncUtils.waitForFxEvents();
        Label notice = robot.lookup("#chat-notice").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains("Settings (Ctrl+5)");
        assertThat(robot.lookup("#chat-send").queryButton().isDisabled()).isTrue();
        FxWait.until(10, () -> list(robot).getItems().size() == 1);
        assertThat(server.getRequestCount()).isZero();

        // a question Fridge Chef answers itself can still be sent, and is answered from the stock
        robot.interact(() -> session.app().inventory().add(dev.fridgechef.inventory.ItemDraft.of("cod", "400", "g").withExpires("+1d")));
        robot.clickOn("#chat-input").write("Is oatmeal good for losing weight?");
        assertThat(robot.lookup("#chat-send").queryButton().isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#chat-input").queryAs(javafx.scene.control.TextArea.class).setText("What expires soon?"));
        assertThat(robot.lookup("#chat-send").queryButton().isDisabled()).isFalse();
        robot.clickOn("#chat-send");
        FxWait.until(10, () -> robot.lookup("#chat-status").queryAs(Label.class).getText().contains("no model call"));
        FxWait.until(10, () -> list(robot).getItems().size() == 2);
        assertThat(server.getRequestCount()).isZero();
    }
}
