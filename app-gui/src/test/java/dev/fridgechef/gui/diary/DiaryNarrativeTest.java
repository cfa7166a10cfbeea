package dev.fridgechef.gui.diary;

import dev.fridgechef.gui.FxWait;
import dev.fridgechef.FridgeChef;
import dev.fridgechef.demo.SampleData;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.TestSessions;
import dev.fridgechef.gui.main.MainWindow;
import dev.fridgechef.gui.main.Section;
import dev.fridgechef.gui.settings.GuiPreferences;
import dev.fridgechef.llm.LlmSettings;
import dev.fridgechef.llm.ProviderKind;
import dev.fridgechef.llm.ProviderSettings;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.store.Store;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Closing the day with an AI provider (a local server speaking OpenAI's format): the narrative loads off the FX thread and can be cancelled. */
@ExtendWith(ApplicationExtension.class)
class DiaryNarrativeTest {
    @TempDir
    static Path dir;
    private MockWebServer server;
    private GuiSession session;

    @Start
    void start(Stage stage) throws Exception {
        server = new MockWebServer();
        server.start();
        Path home = dir.resolve("narrative-" + System.nanoTime());
        Path database = home.resolve("fridgechef");
        FridgeChef app = new FridgeChef(Store.open(database), TestSessions.foods(), TestSessions.CLOCK, new LlmSettings(List.of(
                new ProviderSettings("local", ProviderKind.OPENAI, server.url("/v1").toString(), "m", "k", 1, 1)), 5, 5));
        session = new GuiSession(app, database, Map.of(), home.resolve("config"), new GuiPreferences("en", GuiPreferences.Theme.LIGHT));
        app.profiles().update(SampleData.profile());
        app.diary().ate("apple 200 g", null, null, LocalDate.of(2026, 11, 25).atTime(8, 30), MealType.BREAKFAST, 100);
        MainWindow window = new MainWindow(session, stage);
        window.show();
        window.show(Section.DIARY);
    }

    @AfterEach
    void close() throws Exception {
        session.close();
        server.shutdown();
    }

    private static String answer(String content) {
        return "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
                + "\"message\":{\"role\":\"assistant\",\"content\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(content) + "},"
                + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":5,\"total_tokens\":15}}";
    }

    @Test
    void theNarrativeIsShownBesideTheOfflineAnalysis(FxRobot robot) throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                .setBody(answer("{\"narrative\":\"A light start: fruit only so far. Add some protein at lunch.\"}")));
        openAnalysis(robot);

        waitFor(() -> narrative(robot).startsWith("A light start: fruit only so far."));
        assertThat(robot.lookup("#analysis-narrative-cancel").tryQuery()).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
        hideAnalysis(robot);
    }

    @Test
    void cancelStopsWaitingForTheNarrative(FxRobot robot) throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBodyDelay(5, TimeUnit.SECONDS)
                .setBody(answer("{\"narrative\":\"Too late.\"}")));
        openAnalysis(robot);
        waitFor(() -> robot.lookup("#analysis-narrative-cancel").tryQuery().isPresent());
        assertThat(narrative(robot)).isEqualTo(session.text("diaryview.analysis.narrative.loading"));

        robot.clickOn("#analysis-narrative-cancel");

        waitFor(() -> robot.lookup("#analysis-narrative-cancel").tryQuery().isEmpty());
        assertThat(narrative(robot)).isEqualTo(session.text("diaryview.analysis.narrative.cancelled"));
        // the answer that comes after all is not shown
        Thread.sleep(6000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(narrative(robot)).isEqualTo(session.text("diaryview.analysis.narrative.cancelled"));
        hideAnalysis(robot);
    }

    private static void openAnalysis(FxRobot robot) throws Exception {
        waitFor(() -> !robot.lookup("#diary-close-day").query().isDisabled());
        robot.clickOn("#diary-close-day");
        waitFor(() -> robot.lookup("#analysis-narrative").tryQuery().isPresent());
    }

    private static String narrative(FxRobot robot) {
        return robot.lookup("#analysis-narrative").tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static void hideAnalysis(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w.getScene().lookup("#diary-analysis") != null).forEach(Window::hide));
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        FxWait.until(15, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
