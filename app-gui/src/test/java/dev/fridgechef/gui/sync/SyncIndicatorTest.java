package dev.fridgechef.gui.sync;

import atlantafx.base.controls.Message;
import dev.fridgechef.gui.FxWait;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.TestSessions;
import dev.fridgechef.gui.main.MainWindow;
import dev.fridgechef.gui.main.Section;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.sync.Hlc;
import dev.fridgechef.sync.Op;
import dev.fridgechef.sync.OpKind;
import dev.fridgechef.sync.Reason;
import dev.fridgechef.sync.Stamp;
import dev.fridgechef.sync.http.SyncCredentials;
import dev.fridgechef.sync.store.SyncStore;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The side bar's sync state, driven through a server in memory: synced, pending, offline, log in again, and what a sync tells. */
@ExtendWith(ApplicationExtension.class)
class SyncIndicatorTest {
    static final SyncController.Timing QUICK = new SyncController.Timing(Duration.ofMillis(200), Duration.ofMinutes(5), Duration.ofMillis(400), Duration.ofMillis(100));
    private static final UUID OTHER_DEVICE = UUID.fromString("01890000-0000-7000-8000-0000000000ee");
    @TempDir
    static Path dir;
    private final FakeSyncServer server = new FakeSyncServer();
    private GuiSession session;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = TestSessions.open(dir.resolve("sync-" + System.nanoTime()), server, QUICK);
        session.app().inventory().add(ItemDraft.of("rice", "300", "g"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** Links the store as a login would (minus the network) and opens the window. */
    private void linkAndShow(FxRobot robot) {
        link(session);
        robot.interact(() -> {
            window = new MainWindow(session, stage);
            window.show();
        });
    }

    static SyncStore.Link link(GuiSession session) {
        SyncStore.Linked linked = session.app().sync().linkTo("http://sync.test", "anna");
        new SyncCredentials(session.configFolder()).save(new SyncCredentials.Login("http://sync.test", "anna",
                linked.link().deviceId().toString(), "refresh-token"));
        return linked.link();
    }

    private static String text(FxRobot robot) {
        return robot.lookup("#sync-indicator").queryAs(Button.class).getText();
    }

    private static boolean indicator(FxRobot robot, String start) {
        return robot.lookup("#sync-indicator").tryQueryAs(Button.class).map(b -> b.isVisible() && b.getParent().isVisible()
                && b.getText().startsWith(start)).orElse(false);
    }

    @Test
    void anUnlinkedStoreShowsNoSyncState(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window = new MainWindow(session, stage);
            window.show();
        });
        Thread.sleep(400);
        FxWait.until(5, () -> !robot.lookup("#sync-indicator").queryAs(Button.class).getParent().isVisible());
        assertThat(server.calls()).isZero();
    }

    @Test
    void theFirstSyncSendsTodaysStockAndALocalChangeIsSentSoonAfter(FxRobot robot) throws Exception {
        linkAndShow(robot);
        FxWait.until(10, () -> indicator(robot, "Synced "));
        assertThat(server.ops()).extracting(Op::kind).containsExactly(OpKind.ITEM_CREATED, OpKind.QUANTITY_ADJUSTED);
        assertThat(session.app().sync().pending()).isZero();

        session.app().inventory().use("rice", "100", "g");
        FxWait.until(10, () -> server.ops().size() == 3);
        FxWait.until(10, () -> indicator(robot, "Synced "));
        assertThat(server.ops().get(2).delta()).isEqualByComparingTo("-100");
    }

    @Test
    void offlineKeepsTheChangesAndAClickSyncsOnceTheServerIsBack(FxRobot robot) throws Exception {
        server.mode(FakeSyncServer.Mode.OFFLINE);
        linkAndShow(robot);
        FxWait.until(10, () -> indicator(robot, "Offline — will retry"));
        assertThat(robot.lookup("#sync-detail").queryAs(Label.class).getText()).contains("2");
        assertThat(robot.lookup("#sync-indicator").queryAs(Button.class).getTooltip().getText()).contains("Connection refused").contains("2 change(s) kept");

        session.app().inventory().add(ItemDraft.of("milk", "1", "l"));
        FxWait.until(10, () -> robot.lookup("#sync-detail").queryAs(Label.class).getText().contains("4"));
        assertThat(text(robot)).startsWith("Offline");

        server.mode(FakeSyncServer.Mode.ONLINE);
        robot.clickOn("#sync-indicator");
        FxWait.until(10, () -> indicator(robot, "Synced "));
        assertThat(server.ops()).hasSize(4);
    }

    @Test
    void changesWaitingBeforeTheFirstSyncShowAsPending(FxRobot robot) throws Exception {
        session.close();
        session = TestSessions.open(dir.resolve("pending-" + System.nanoTime()), server,
                new SyncController.Timing(Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1), Duration.ofMillis(100)));
        session.app().inventory().add(ItemDraft.of("rice", "300", "g"));
        linkAndShow(robot);
        FxWait.until(10, () -> indicator(robot, "Pending 2"));
        session.app().inventory().add(ItemDraft.of("milk", "1", "l"));
        FxWait.until(10, () -> indicator(robot, "Pending 4"));
        assertThat(server.calls()).isZero();
        robot.clickOn("#sync-indicator");
        FxWait.until(10, () -> indicator(robot, "Synced "));
    }

    @Test
    void anExpiredLoginAsksForANewOneKeepsTheChangesAndOpensSettings(FxRobot robot) throws Exception {
        server.mode(FakeSyncServer.Mode.LOGIN_EXPIRED);
        linkAndShow(robot);
        FxWait.until(10, () -> indicator(robot, "Log in again"));
        assertThat(session.app().sync().pending()).isEqualTo(2);
        robot.clickOn("#sync-indicator");
        FxWait.until(5, () -> window.current() == Section.SETTINGS);
        FxWait.until(5, () -> robot.lookup("#sync-form").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#sync-user").queryTextInputControl().getText()).isEqualTo("anna");
        FxWait.until(5, () -> robot.from(stage.getScene().getRoot()).lookup(".scroll-pane").queryAs(javafx.scene.control.ScrollPane.class)
                .getVvalue() > 0.3);
    }

    @Test
    void aSyncThatUsesUpAnItemUpdatesTheFridgeAndTellsWithoutFailing(FxRobot robot) throws Exception {
        linkAndShow(robot);
        FxWait.until(10, () -> indicator(robot, "Synced "));
        String rice = server.ops().get(0).entityId();
        // another device used 500 g of the 300 g meanwhile
        Hlc later = new Hlc(TestSessions.CLOCK.millis() + 60_000, 0, OTHER_DEVICE);
        server.add(Op.quantityAdjusted(new Stamp(UUID.fromString("01890000-0000-7000-8000-0000000000e1"), later),
                UUID.fromString(rice), new BigDecimal("-500"), Reason.USED));
        robot.clickOn("#sync-indicator");

        FxWait.until(10, () -> robot.lookup("#sync-notice").tryQuery().isPresent());
        Message notice = robot.lookup("#sync-notice").queryAs(Message.class);
        assertThat(notice.getDescription()).contains("rice").contains("used up");
        assertThat(text(robot)).startsWith("Synced ");
        @SuppressWarnings("unchecked")
        TableView<StockEntry> table = robot.lookup("#stock-table").queryAs(TableView.class);
        FxWait.until(10, () -> table.getItems().isEmpty());
    }
}
