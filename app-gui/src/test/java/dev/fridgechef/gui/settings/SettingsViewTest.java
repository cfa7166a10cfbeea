package dev.fridgechef.gui.settings;

import dev.fridgechef.gui.FxWait;
import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.Json;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.TestSessions;
import dev.fridgechef.gui.main.MainWindow;
import dev.fridgechef.gui.main.Section;
import dev.fridgechef.llm.LlmKeys;
import dev.fridgechef.llm.ProviderKind;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
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

@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {
    @TempDir
    static Path dir;
    private Path home;
    private GuiSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        home = dir.resolve("settings-" + System.nanoTime());
        session = TestSessions.open(home);
        window = new MainWindow(session, stage);
        window.show();
        window.show(Section.SETTINGS);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void switchingToRussianRelabelsTheSideBarAndThePage(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#nav-fridge").queryAs(ToggleButton.class).getText()).isEqualTo("Fridge");
        robot.interact(() -> robot.lookup("#settings-language").queryAs(ComboBox.class).getSelectionModel().select("ru"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#nav-fridge").queryAs(ToggleButton.class).getText()).isEqualTo("Холодильник");
        assertThat(window.current()).isEqualTo(Section.SETTINGS);
        assertThat(robot.lookup(".page-title").queryAs(Label.class).getText()).isEqualTo("Настройки");
        assertThat(robot.lookup("#settings-data-move").queryButton().getText()).isEqualTo("Перенести данные…");
        assertThat(session.preferences().language()).isEqualTo("ru");
        assertThat(Files.readString(session.preferencesFile())).contains("\"ru\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void themeSwitchIsSavedAndApplied(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#settings-theme").queryAs(ComboBox.class).getSelectionModel().select(GuiPreferences.Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.preferences().theme()).isEqualTo(GuiPreferences.Theme.DARK);
        assertThat(javafx.application.Application.getUserAgentStylesheet()).containsIgnoringCase("dark");
        assertThat(GuiPreferences.load(session.preferencesFile()).theme()).isEqualTo(GuiPreferences.Theme.DARK);
        // the session's language came from outside the saved preferences (as --lang does): changing the theme does not save it
        assertThat(GuiPreferences.load(session.preferencesFile()).language()).isNull();
        assertThat(session.preferences().language()).isEqualTo("en");
        assertThat(robot.lookup("#settings-theme").queryAs(ComboBox.class).getValue()).isEqualTo(GuiPreferences.Theme.DARK);
        robot.interact(() -> robot.lookup("#settings-theme").queryAs(ComboBox.class).getSelectionModel().select(GuiPreferences.Theme.LIGHT));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(javafx.application.Application.getUserAgentStylesheet()).doesNotContainIgnoringCase("dark");
    }

    @Test
    void anAddedProviderGoesToLlmJsonAndItsKeyToTheKeysFileAndIsUsedAtOnce(FxRobot robot) throws Exception {
        FxWait.until(10, () -> robot.lookup("#settings-spent").queryAs(Label.class).getText().contains("$"));
        scrollTo(robot, "#settings-provider-add"); // below the staples on the page
        robot.clickOn("#settings-provider-add");
        robot.clickOn("#settings-provider-name").write("router");
        robot.clickOn("#settings-provider-model").write("small-model");
        robot.clickOn("#settings-provider-key").write("sk-secret-9876");
        robot.clickOn("#settings-provider-ok");
        Path config = home.resolve("config");
        FxWait.until(10, () -> Files.isRegularFile(config.resolve("llm.json"))
                && !session.app().llmSettings().providers().isEmpty());

        JsonNode provider = Json.mapper().readTree(config.resolve("llm.json").toFile()).path("providers").get(0);
        assertThat(provider.path("name").asText()).isEqualTo("router");
        assertThat(provider.path("kind").asText()).isEqualTo("openai");
        assertThat(provider.path("model").asText()).isEqualTo("small-model");
        assertThat(provider.path("api_key_env").asText()).isEqualTo("ROUTER_API_KEY");
        assertThat(Files.readString(config.resolve("llm.json"))).doesNotContain("sk-secret");
        assertThat(LlmKeys.in(config).get("ROUTER_API_KEY")).contains("sk-secret-9876");
        assertThat(session.app().llmSettings().providers()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProviderKind.OPENAI);
            assertThat(p.apiKey()).isEqualTo("sk-secret-9876");
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#settings-providers").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null && l.getText().contains("…9876"))
                .tryQuery()).isPresent();

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#settings-provider-remove");
        FxWait.until(10, () -> session.app().llmSettings().providers().isEmpty());
        assertThat(LlmKeys.in(config).all()).isEmpty();
    }

    /** Scrolls the Settings page so the node is at the top of the view (a click needs it on screen). */
    static void scrollTo(FxRobot robot, String query) {
        robot.interact(() -> {
            javafx.scene.Node node = robot.lookup(query).query();
            javafx.scene.Node n = node.getParent();
            while (!(n instanceof javafx.scene.control.ScrollPane)) n = n.getParent();
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) n;
            javafx.scene.Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double free = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(free <= 0 ? 0 : Math.min(1, Math.max(0, y - 20) / free));
        });
    }
}
