package dev.fridgechef.gui.plan;

import dev.fridgechef.gui.FxWait;
import com.sun.net.httpserver.HttpServer;
import dev.fridgechef.job.Job;
import dev.fridgechef.llm.LlmSettings;
import dev.fridgechef.llm.ProviderKind;
import dev.fridgechef.llm.ProviderSettings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An AI plan that takes its time: the window shows progress, a food fact and the retry, and Cancel stops the job. */
class AiPlanDialogTest extends PlanPageFixture {
    private HttpServer slowProvider;

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
        // a provider that thinks for two seconds and then fails, in OpenAI's error format
        slowProvider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slowProvider.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = "{\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        slowProvider.start();
        String url = "http://127.0.0.1:" + slowProvider.getAddress().getPort() + "/v1";
        session.app().useLlmSettings(new LlmSettings(List.of(new ProviderSettings("slow", ProviderKind.OPENAI, url, "gpt-test", "sk-test", 0.1, 0.4)),
                5, 5));
    }

    @AfterEach
    void stopProvider() {
        slowProvider.stop(0);
    }

    @Test
    void progressAndAFoodFactShowWhileTheModelThinksAndCancelStopsTheJob(FxRobot robot) throws Exception {
        robot.clickOn("#nav-plan");
        waitFor(() -> robot.lookup("#plan-empty").query().isVisible());
        robot.clickOn("#plan-generate-ai");
        waitFor(() -> robot.lookup("#ai-plan-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#ai-fact").queryAs(Label.class).getText()).isNotBlank().doesNotStartWith("planview.");
        waitFor(() -> session.app().jobs().list(1).get(0).status() == Job.Status.RUNNING);
        assertThat(robot.lookup("#ai-status").queryAs(Label.class).getText()).isNotBlank();
        // the 503 is retried: the loader says so instead of a stage name
        waitFor(() -> robot.lookup("#ai-status").queryAs(Label.class).getText().startsWith("slow: server error 503; trying again in"));

        Button cancel = robot.lookup("#ai-plan-dialog .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Cancel")).findFirst().orElseThrow();
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#ai-plan-dialog").tryQuery()).isEmpty();
        FxWait.until(60, () -> session.app().jobs().list(1).get(0).status() == Job.Status.CANCELLED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#plan-empty").query().isVisible()).as("the cancelled plan is not shown").isTrue();
    }

    @Test
    void aWishGoesWithTheRequest(FxRobot robot) throws Exception {
        robot.clickOn("#nav-plan");
        waitFor(() -> robot.lookup("#plan-empty").query().isVisible());
        robot.clickOn("#plan-generate-ai .arrow-button");
        robot.clickOn("With a wish…");
        waitFor(() -> robot.lookup("#ai-wish-dialog").tryQuery().isPresent());
        robot.clickOn("#ai-wish-dialog .text-field");
        robot.write("quick Georgian dinners");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitFor(() -> !session.app().jobs().list(1).isEmpty());
        assertThat(session.app().jobs().list(1).get(0).request()).contains("\"wish\":\"quick Georgian dinners\"");
        waitFor(() -> robot.lookup("#ai-plan-dialog").tryQuery().isPresent());
        Button cancel = robot.lookup("#ai-plan-dialog .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Cancel")).findFirst().orElseThrow();
        robot.clickOn(cancel);
    }
}
