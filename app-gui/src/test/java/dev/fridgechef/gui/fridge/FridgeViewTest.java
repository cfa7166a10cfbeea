package dev.fridgechef.gui.fridge;

import dev.fridgechef.gui.FxWait;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.TestSessions;
import dev.fridgechef.gui.main.MainWindow;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.StockEntry;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class FridgeViewTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    @TempDir
    static Path dir;
    private GuiSession session;

    @Start
    void start(Stage stage) {
        session = TestSessions.open(dir.resolve("fridge-" + System.nanoTime()));
        new MainWindow(session, stage).show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void quickAddListsTheItemColouredByItsExpiry(FxRobot robot) throws Exception {
        robot.clickOn("#quick-add-name").write("chicken breast");
        robot.clickOn("#quick-add-quantity").write("600");
        DatePicker expires = robot.lookup("#quick-add-expires").queryAs(DatePicker.class);
        robot.interact(() -> expires.setValue(TODAY.plusDays(1)));
        robot.clickOn("#quick-add-button");

        waitUntil(() -> table(robot).getItems().size() == 1);
        StockEntry row = table(robot).getItems().get(0);
        assertThat(row.item().name()).isEqualTo("chicken breast");
        assertThat(row.item().quantity()).isEqualTo(600);
        assertThat(row.food().id()).isEqualTo(session.app().foods().search().resolve("chicken breast").orElseThrow().id());
        assertThat(session.app().inventory().list()).hasSize(1);
        waitUntil(() -> rowStyles(robot).contains("expires-soon"));
        assertThat(robot.lookup("#quick-add-name").queryTextInputControl().getText()).isEmpty();
    }

    @Test
    void aBadQuantityIsExplainedNextToTheFormAndNothingIsStored(FxRobot robot) throws Exception {
        robot.clickOn("#quick-add-name").write("milk");
        robot.clickOn("#quick-add-quantity").write("lots");
        robot.clickOn("#quick-add-button");
        waitUntil(() -> robot.lookup("#quick-add-problem").queryLabeled().isVisible());
        assertThat(robot.lookup("#quick-add-problem").queryLabeled().getText()).contains("lots");
        assertThat(session.app().inventory().list()).isEmpty();
    }

    @Test
    void expiringSoonAndPlaceFiltersNarrowTheTable(FxRobot robot) throws Exception {
        add("milk", "1", "l", "fridge", TODAY.plusDays(2));
        add("salmon", "400", "g", "freezer", TODAY.plusDays(60));
        add("buckwheat", "800", "g", "pantry", null);
        refresh(robot, 3);

        robot.clickOn("#filter-expiring");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).item().name()).isEqualTo("milk");
        robot.clickOn("#filter-expiring");
        robot.clickOn("#filter-freezer");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).item().name()).isEqualTo("salmon");
        robot.clickOn("#filter-all");
        waitUntil(() -> table(robot).getItems().size() == 3);
    }

    @Test
    void quantityIsEditedInPlace(FxRobot robot) throws Exception {
        add("eggs", "10", "pcs", "fridge", TODAY.plusDays(12));
        refresh(robot, 1);
        Node cell = robot.lookup("#stock-table .table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                c.getIndex() == 0 && "column-quantity".equals(c.getTableColumn().getId())).query();
        robot.doubleClickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.CONTROL, KeyCode.A).write("6 pcs").type(KeyCode.ENTER);
        waitUntil(() -> session.app().inventory().list().get(0).item().quantity() == 6);
        waitUntil(() -> table(robot).getItems().get(0).item().quantity() == 6);
    }

    @Test
    void aSecondClickOnASelectedRowDoesNotStartEditingSoDeleteRemovesTheItemNotItsName(FxRobot robot) throws Exception {
        add("eggs", "10", "pcs", "fridge", TODAY.plusDays(12));
        refresh(robot, 1);
        Node cell = robot.lookup("#stock-table .table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                c.getIndex() == 0 && "column-name".equals(c.getTableColumn().getId())).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(1200); // longer than the double-click interval, so the next click is a second single click
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> table(robot).getEditingCell()).get()).isNull();
        robot.doubleClickOn(cell);
        waitUntil(() -> table(robot).getEditingCell() != null);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void anOpenedItemSaysSoAndAnItemWithoutAWeightSaysWhyItHasNoKcal(FxRobot robot) throws Exception {
        session.app().inventory().add(new ItemDraft("milk", "1", "l", "fridge", TODAY.plusDays(3).toString(), "true", null, null));
        add("mystery jar", "2", "pcs", "pantry", null);
        refresh(robot, 2);
        waitUntil(() -> cellTexts(robot, "column-expires").stream().anyMatch(t -> t.endsWith(" · opened")));
        javafx.scene.control.TableCell<?, ?> energy = robot.lookup("#stock-table .table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                "column-energy".equals(c.getTableColumn().getId()) && "?".equals(c.getText())).query();
        assertThat(energy.getTooltip().getText()).contains("mystery jar");
    }

    private static List<String> cellTexts(FxRobot robot, String column) {
        return robot.lookup("#stock-table .table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                column.equals(c.getTableColumn().getId()) && c.getText() != null).queryAll().stream()
                .map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText()).toList();
    }

    @Test
    void useSomeTakesTheAmountOutOfTheStock(FxRobot robot) throws Exception {
        add("chicken breast", "600", "g", "fridge", TODAY.plusDays(3));
        refresh(robot, 1);
        robot.clickOn("#stock-table .table-row-cell");
        robot.clickOn("#fridge-use");
        robot.clickOn("#use-amount").write("200");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> session.app().inventory().list().get(0).item().quantity() == 400);
        waitUntil(() -> table(robot).getItems().get(0).item().quantity() == 400);
    }

    @Test
    void aFilterThatMatchesNothingSaysSoRatherThanThatTheFridgeIsEmpty(FxRobot robot) throws Exception {
        assertThat(placeholder(robot)).startsWith("Nothing here yet");
        add("tomatoes", "500", "g", "fridge", null);
        refresh(robot, 1);
        robot.clickOn("#stock-search").write("salmon");
        waitUntil(() -> table(robot).getItems().isEmpty());
        assertThat(placeholder(robot)).startsWith("Nothing here matches the filter");
        robot.clickOn("#filter-all");
        robot.doubleClickOn("#stock-search").push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.BACK_SPACE);
        waitUntil(() -> table(robot).getItems().size() == 1);
    }

    private static String placeholder(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#stock-placeholder").queryAs(javafx.scene.control.Label.class).getText())
                .get(5, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void changesMadeByAnotherProgramShowUpWithoutAClick(FxRobot robot) throws Exception {
        assertThat(table(robot).getItems()).isEmpty();
        add("tomatoes", "500", "g", "fridge", null); // as the fridge command would: straight into the store
        waitUntil(() -> table(robot).getItems().size() == 1);
    }

    @Test
    void importAddsEveryRowAndExportWritesThemBack(FxRobot robot) throws Exception {
        Path csv = dir.resolve("stock-" + System.nanoTime() + ".csv");
        Files.writeString(csv, "name,quantity,unit,location,expires\nmilk,1,l,fridge,2026-11-28\nrice,1,kg,pantry,\n", StandardCharsets.UTF_8);
        FridgeView view = fridgeView(robot);
        robot.interact(() -> view.importFile(csv));
        waitUntil(() -> table(robot).getItems().size() == 2);
        robot.type(KeyCode.ESCAPE); // the "added 2 items" note

        Path out = dir.resolve("export-" + System.nanoTime() + ".json");
        robot.interact(() -> view.exportFile(out));
        waitUntil(() -> Files.exists(out));
        assertThat(Files.readString(out)).contains("\"milk\"").contains("\"rice\"");
    }

    @Test
    void aBrokenImportAddsNothingAndNamesTheLine(FxRobot robot) throws Exception {
        Path csv = dir.resolve("bad-" + System.nanoTime() + ".csv");
        Files.writeString(csv, "name,quantity,unit\nmilk,1,l\nrice,many,kg\n", StandardCharsets.UTF_8);
        FridgeView view = fridgeView(robot);
        robot.interact(() -> view.importFile(csv));
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String dialog = robot.lookup(".dialog-pane .content").queryLabeled().getText();
        assertThat(dialog).contains("Line 3");
        assertThat(session.app().inventory().list()).isEmpty();
    }

    private void add(String name, String quantity, String unit, String place, LocalDate expires) {
        session.app().inventory().add(new ItemDraft(name, quantity, unit, place, expires == null ? null : expires.toString(), null, null, null));
    }

    private static void refresh(FxRobot robot, int expected) throws Exception {
        robot.type(KeyCode.F5);
        waitUntil(() -> table(robot).getItems().size() == expected);
    }

    @SuppressWarnings("unchecked")
    private static TableView<StockEntry> table(FxRobot robot) {
        return robot.lookup("#stock-table").queryAs(TableView.class);
    }

    private static FridgeView fridgeView(FxRobot robot) {
        Node root = robot.lookup("#fridge-view").query();
        return (FridgeView) root.getProperties().get(FridgeView.class);
    }

    private static Set<String> rowStyles(FxRobot robot) {
        return robot.lookup("#stock-table .table-row-cell").queryAll().stream().map(n -> (TableRow<?>) n).filter(r -> r.getItem() != null).flatMap(r -> r.getStyleClass().stream()).collect(java.util.stream.Collectors.toSet());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        FxWait.until(10, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
