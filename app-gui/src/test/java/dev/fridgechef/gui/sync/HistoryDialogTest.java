package dev.fridgechef.gui.sync;

import dev.fridgechef.gui.FxWait;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.TestSessions;
import dev.fridgechef.gui.main.MainWindow;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.sync.Hlc;
import dev.fridgechef.sync.LostValue;
import dev.fridgechef.sync.Op;
import dev.fridgechef.sync.OpKind;
import dev.fridgechef.sync.Stamp;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The Fridge page's "History…" of a synced item lists the value another device's later edit replaced. */
@ExtendWith(ApplicationExtension.class)
class HistoryDialogTest {
    @TempDir
    static Path dir;
    private final FakeSyncServer server = new FakeSyncServer();
    private GuiSession session;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = TestSessions.open(dir.resolve("history-" + System.nanoTime()), server, SyncIndicatorTest.QUICK);
        session.app().inventory().add(ItemDraft.of("milk", "1", "l"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void historyListsTheNoteAnotherDeviceReplaced(FxRobot robot) throws Exception {
        robot.interact(() -> new MainWindow(session, stage).show());
        TableView<StockEntry> table = robot.lookup("#stock-table").queryAs(TableView.class);
        FxWait.until(10, () -> table.getItems().size() == 1);
        assertThat(table.getContextMenu()).as("no history before the store syncs").isNull();

        SyncIndicatorTest.link(session);
        long id = table.getItems().get(0).item().id();
        session.app().inventory().edit(id, new ItemDraft(null, null, null, null, null, null, "top shelf", null), false);
        FxWait.until(10, () -> server.ops().size() == 3);
        String milk = server.ops().stream().filter(o -> o.kind() == OpKind.ITEM_CREATED).findFirst().orElseThrow().entityId();
        // another device writes the note a minute later
        Hlc later = new Hlc(TestSessions.CLOCK.millis() + 60_000, 0, UUID.fromString("01890000-0000-7000-8000-0000000000ee"));
        server.add(Op.fieldSet(new Stamp(UUID.fromString("01890000-0000-7000-8000-0000000000e2"), later), UUID.fromString(milk), "note", "door"));
        robot.interact(() -> session.sync().syncNow());
        FxWait.until(10, () -> table.getItems().size() == 1 && "door".equals(table.getItems().get(0).item().note()));

        FxWait.until(5, () -> table.getContextMenu() != null);
        robot.interact(() -> table.getSelectionModel().select(0));
        // the menu item itself: Monocle makes no context-menu event from a right click
        robot.interact(() -> table.getContextMenu().getItems().stream().filter(i -> "fridge-history".equals(i.getId())).findFirst().orElseThrow().fire());
        FxWait.until(10, () -> robot.lookup("#history-table").tryQuery().isPresent());
        TableView<LostValue> history = robot.lookup("#history-table").queryAs(TableView.class);
        assertThat(history.getItems()).anySatisfy(l -> {
            assertThat(l.field()).isEqualTo("note");
            assertThat(l.value().asText()).isEqualTo("top shelf");
        });
        int row = history.getItems().size() - 1; // oldest first: the empty note of the new item, then "top shelf"
        String shown = history.getColumns().get(0).getCellData(row) + " " + history.getColumns().get(1).getCellData(row) + " " + history.getColumns().get(2).getCellData(row);
        assertThat(shown).isEqualTo("note top shelf this device");
        robot.clickOn("Close");
    }
}
