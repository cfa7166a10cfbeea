package dev.fridgechef.gui.sync;

import dev.fridgechef.gui.FxWait;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.TestSessions;
import dev.fridgechef.gui.main.MainWindow;
import dev.fridgechef.gui.main.Section;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.sync.http.SyncCredentials;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings → Sync against a scripted server: log in links the store, log out keeps unsent changes; server errors in the indicator. */
@ExtendWith(ApplicationExtension.class)
class SyncSettingsTest {
    @TempDir
    static Path dir;
    private final MockWebServer http = new MockWebServer();
    private final FakeSyncServer household = new FakeSyncServer();
    private GuiSession session;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        http.start();
        session = TestSessions.open(dir.resolve("settings-sync-" + System.nanoTime()), household, SyncIndicatorTest.QUICK);
        session.app().inventory().add(ItemDraft.of("rice", "1", "kg"));
        window = new MainWindow(session, stage);
        window.show();
        window.show(Section.SETTINGS);
    }

    @AfterEach
    void close() throws IOException {
        session.close();
        http.shutdown();
    }

    private String url() {
        String u = http.url("/").toString();
        return u.substring(0, u.length() - 1);
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    private void fillIn(FxRobot robot, String server, String user, String password) {
        robot.interact(() -> {
            robot.lookup("#sync-url").queryTextInputControl().setText(server);
            robot.lookup("#sync-user").queryTextInputControl().setText(user);
            robot.lookup("#sync-password").queryTextInputControl().setText(password);
        });
        robot.interact(() -> robot.lookup("#sync-login").queryAs(Button.class).fire());
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    @Test
    void logInLinksTheStoreAndSavesTheLoginAndLogOutKeepsTheUnsentChanges(FxRobot robot) throws Exception {
        FxWait.until(5, () -> robot.lookup("#sync-unlinked").query().isVisible() && robot.lookup("#sync-form").query().isVisible());
        fillIn(robot, "not a url", "anna", "pw");
        FxWait.until(5, () -> label(robot, "#sync-error").contains("Not a server address"));

        household.mode(FakeSyncServer.Mode.OFFLINE); // the changes stay unsent
        http.enqueue(json(200, "{\"accessToken\":\"access-1\",\"refreshToken\":\"refresh-1\"}"));
        http.enqueue(json(200, "{\"lastSeq\":0,\"device\":{},\"devices\":[]}"));
        fillIn(robot, url() + "/", "anna", "correct horse");
        FxWait.until(10, () -> label(robot, "#sync-server").equals(url()));
        assertThat(label(robot, "#sync-account")).isEqualTo("anna");
        assertThat(label(robot, "#sync-message")).contains("Logged in to " + url() + " as anna").contains("2 change(s)");
        assertThat(label(robot, "#sync-error")).isEmpty();
        assertThat(robot.lookup("#sync-password").queryTextInputControl().getText()).isEmpty();
        RecordedRequest login = http.takeRequest(1, TimeUnit.SECONDS);
        assertThat(login.getPath()).isEqualTo("/api/v1/auth/login");
        assertThat(login.getBody().readUtf8()).contains("\"deviceName\":\"Fridge Chef desktop\"");
        SyncCredentials.Login saved = new SyncCredentials(session.configFolder()).load().orElseThrow();
        assertThat(saved.refreshToken()).isEqualTo("refresh-1");
        assertThat(saved.deviceId()).isEqualTo(session.app().sync().link().orElseThrow().deviceId().toString());
        assertThat(label(robot, "#sync-device")).isEqualTo(saved.deviceId());
        FxWait.until(10, () -> robot.lookup("#sync-indicator").queryAs(Button.class).getText().startsWith("Offline"));
        FxWait.until(5, () -> label(robot, "#sync-pending").equals("2") && robot.lookup("#sync-logout").query().isVisible());

        http.takeRequest(1, TimeUnit.SECONDS);
        http.enqueue(json(200, "{\"accessToken\":\"access-2\",\"refreshToken\":\"refresh-2\"}"));
        http.enqueue(new MockResponse().setResponseCode(204));
        robot.interact(() -> robot.lookup("#sync-logout").queryAs(Button.class).fire());
        FxWait.until(10, () -> label(robot, "#sync-message").startsWith("Logged out. 2 change(s) are kept"));
        assertThat(http.takeRequest(1, TimeUnit.SECONDS).getPath()).isEqualTo("/api/v1/auth/refresh");
        assertThat(http.takeRequest(1, TimeUnit.SECONDS).getPath()).isEqualTo("/api/v1/auth/logout");
        assertThat(session.app().sync().pending()).isEqualTo(2);
        assertThat(new SyncCredentials(session.configFolder()).load().orElseThrow().loggedIn()).isFalse();
        FxWait.until(5, () -> robot.lookup("#sync-indicator").queryAs(Button.class).getText().equals("Log in again"));
        FxWait.until(5, () -> robot.lookup("#sync-form").query().isVisible() && label(robot, "#sync-login-state").startsWith("logged out"));
    }

    @Test
    void stockHereAndAHouseholdThatAlreadySyncsAsksWhatToDoAndSettingItAsideKeepsAFile(FxRobot robot) throws Exception {
        household.mode(FakeSyncServer.Mode.OFFLINE);
        http.enqueue(json(200, "{\"accessToken\":\"a\",\"refreshToken\":\"r\"}"));
        http.enqueue(json(200, "{\"lastSeq\":12,\"device\":{},\"devices\":[]}"));
        fillIn(robot, url(), "anna", "pw");
        FxWait.until(10, () -> label(robot, "#sync-error").contains("1 stock item(s)")
                && robot.lookup("#sync-local-choice").query().isVisible());
        assertThat(session.app().sync().link()).isEmpty();

        http.enqueue(json(200, "{\"accessToken\":\"a\",\"refreshToken\":\"r2\"}"));
        http.enqueue(json(200, "{\"lastSeq\":12,\"device\":{},\"devices\":[]}"));
        robot.interact(() -> robot.lookup("#sync-local-set-aside").queryAs(Button.class).fire());
        FxWait.until(10, () -> label(robot, "#sync-message").contains("1 stock item(s) were set aside in"));
        assertThat(robot.lookup("#sync-local-choice").query().isVisible()).isFalse();
        assertThat(session.app().sync().link()).isPresent();
        assertThat(session.app().inventory().list()).isEmpty();
        try (var files = java.nio.file.Files.list(session.databasePath().toAbsolutePath().getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("stock-set-aside-") && n.endsWith(".csv"));
        }
    }

    @Test
    void aLoginTheServerRefusesIsShownUnderTheFormAndLinksNothing(FxRobot robot) throws Exception {
        http.enqueue(json(401, "{\"error\":\"unauthorized\",\"message\":\"Wrong login or password\"}"));
        fillIn(robot, url(), "anna", "wrong");
        FxWait.until(10, () -> label(robot, "#sync-error").contains("wrong name or password"));
        assertThat(session.app().sync().link()).isEmpty();
        assertThat(robot.lookup("#sync-indicator").queryAs(Button.class).getParent().isVisible()).isFalse();
    }

    @Test
    void theRealTransportTellsAServerErrorFromAnUnreachableServer(FxRobot robot) throws Exception {
        session.close();
        session = TestSessions.open(dir.resolve("http-" + System.nanoTime()), SyncController.Transports.http(Duration.ofSeconds(5)),
                new SyncController.Timing(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1), Duration.ofMillis(100)));
        var linked = session.app().sync().linkTo(url(), "anna");
        new SyncCredentials(session.configFolder()).save(new SyncCredentials.Login(url(), "anna", linked.link().deviceId().toString(), "refresh-1"));
        robot.interact(() -> {
            window = new MainWindow(session, stage); // the same window: a second one would hold a second indicator
            window.show();
        });
        http.enqueue(json(200, "{\"accessToken\":\"access-1\",\"refreshToken\":\"refresh-2\"}"));
        http.enqueue(json(503, "{\"error\":\"unavailable\",\"message\":\"restarting\"}"));
        robot.interact(() -> session.sync().syncNow());
        FxWait.until(10, () -> robot.lookup("#sync-indicator").queryAs(Button.class).getText().equals("Sync error"));
        assertThat(label(robot, "#sync-detail")).contains("503").contains("restarting").contains("retry");

        http.shutdown();
        robot.interact(() -> session.sync().syncNow());
        FxWait.until(10, () -> robot.lookup("#sync-indicator").queryAs(Button.class).getText().startsWith("Offline"));
        assertThat(robot.lookup("#sync-indicator").queryAs(Button.class).getTooltip().getText()).contains("cannot reach");
    }
}
