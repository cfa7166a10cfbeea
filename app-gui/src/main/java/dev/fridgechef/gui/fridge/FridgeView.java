package dev.fridgechef.gui.fridge;

import dev.fridgechef.gui.common.Fit;
import atlantafx.base.theme.Styles;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.main.View;
import dev.fridgechef.inventory.InventoryFiles;
import dev.fridgechef.inventory.InventoryItem;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.Location;
import dev.fridgechef.inventory.StockEntry;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The Fridge page: the stock, quick add, edit in place, "use some", remove, import and export, and
 * filters by place and "expiring soon", and (when the store syncs) an item's history. It re-reads the store every few seconds while shown, so
 * what the fridge command changes shows up here without a click.
 */
public final class FridgeView implements View {
    private static final Duration WATCH_EVERY = Duration.seconds(3);

    private final GuiSession session;
    private final VBox root = new VBox(12);
    private final ObservableList<StockEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<StockEntry> shown = new FilteredList<>(entries);
    private final StockTable table;
    private final QuickAddBar quickAdd;
    private final Label count = new Label();
    private final TextField search = new TextField();
    private final ToggleGroup places = new ToggleGroup();
    private final ToggleButton expiringOnly;
    private final Timeline watch;
    private final javafx.beans.value.ChangeListener<dev.fridgechef.gui.sync.SyncStatus> linked;
    private LocalDate today;
    private boolean loading;
    private boolean reloadAgain;
    private Long selectAfterReload;

    public FridgeView(GuiSession session) {
        this.session = session;
        this.today = session.app().inventory().today();
        table = new StockTable(session, () -> today, this::saveEdit);
        table.setItems(shown);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && table.getEditingCell() == null) removeSelected();
        });
        javafx.scene.control.ContextMenu menu = contextMenu();
        linked = (obs, old, now) -> table.setContextMenu(now.linked() ? menu : null);
        session.sync().status().addListener(linked);
        linked.changed(null, null, session.sync().status().get());
        quickAdd = new QuickAddBar(session, added -> reload(added.item().id()));
        expiringOnly = new ToggleButton(session.text("fridgeview.filter.expiring"), new FontIcon(Feather.ALERT_TRIANGLE));
        expiringOnly.setId("filter-expiring");
        expiringOnly.setOnAction(e -> applyFilter());

        Label title = new Label(session.text("nav.fridge"));
        title.getStyleClass().add("page-title");
        count.setId("stock-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        HBox titled = new HBox(12, Fit.whole(title), Fit.whole(count));
        titled.setAlignment(Pos.BASELINE_LEFT);
        var header = Fit.header(titled,
                button("fridge-use", "fridgeview.use.button", "Ctrl+U", Feather.MINUS_CIRCLE, this::useSome),
                button("fridge-remove", "fridgeview.remove", "Delete", Feather.TRASH_2, this::removeSelected),
                button("fridge-import", "fridgeview.import", "Ctrl+Shift+I", Feather.UPLOAD, this::chooseImport),
                button("fridge-export", "fridgeview.export", "Ctrl+Shift+E", Feather.DOWNLOAD, this::chooseExport));

        root.getChildren().addAll(header, quickAdd, filters(), table, legend());
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setId("fridge-view");
        root.getProperties().put(FridgeView.class, this); // lets tests reach importFile/exportFile without the native file dialog

        watch = new Timeline(new KeyFrame(WATCH_EVERY, e -> {
            if (root.getScene() != null && root.getScene().getWindow() != null && root.getScene().getWindow().isShowing()) reload(null);
        }));
        watch.setCycleCount(Timeline.INDEFINITE);
        watch.play();
        applyFilter(); // the count, before the first read
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void refresh() {
        reload(null);
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), quickAdd::focusName,
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::requestFocus,
                new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN), this::useSome,
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::chooseExport,
                new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::chooseImport);
    }

    @Override
    public void dispose() {
        watch.stop();
        session.sync().status().removeListener(linked);
    }

    /** Imports a CSV or JSON file (by its extension): all rows or none; a bad row is reported with its line. */
    public void importFile(Path file) {
        session.task(() -> {
            InventoryFiles.Rows rows = session.app().inventoryFiles().readFile(file, null);
            return session.app().inventory().addAll(rows.drafts(), rows.lines()).size();
        }).onSuccess(added -> {
            reload(null);
            inform(session.text("fridgeview.import.done", added, file.getFileName()));
        }).runOnce();
    }

    /** Writes the stock to a CSV or JSON file (by its extension, else CSV), whole or not at all. */
    public void exportFile(Path file) {
        session.task(() -> {
            List<InventoryItem> items = session.app().inventory().list().stream().map(StockEntry::item).toList();
            session.app().inventoryFiles().writeFile(items, file, null);
            return items.size();
        }).onSuccess(n -> inform(session.text("fridgeview.export.done", n, file))).runOnce();
    }

    private Node filters() {
        ToggleButton all = placeButton(null, session.text("fridgeview.filter.all"));
        all.setSelected(true);
        List<Node> buttons = new java.util.ArrayList<>(List.of(all));
        var names = LocationChoice.labels(session);
        for (Location l : Location.values()) buttons.add(placeButton(l, names.toString(l)));
        buttons.add(expiringOnly);
        search.setId("stock-search");
        search.setPromptText(session.text("fridgeview.filter.search"));
        search.setPrefColumnCount(16);
        search.textProperty().addListener((obs, old, text) -> applyFilter());
        buttons.add(search);
        FlowPane row = Fit.row(buttons.toArray(Node[]::new));
        row.setHgap(6);
        return row;
    }

    private ToggleButton placeButton(Location location, String label) {
        ToggleButton b = new ToggleButton(label);
        b.setId("filter-" + (location == null ? "all" : location.key()));
        b.setUserData(location);
        b.setToggleGroup(places);
        b.setOnAction(e -> {
            if (places.getSelectedToggle() == null) b.setSelected(true);
            applyFilter();
        });
        return b;
    }

    private Node legend() {
        List<Node> parts = new java.util.ArrayList<>();
        for (ExpiryStatus s : new ExpiryStatus[] {ExpiryStatus.EXPIRED, ExpiryStatus.SOON, ExpiryStatus.THIS_WEEK}) {
            Label swatch = new Label(session.text("fridgeview.legend." + s.styleClass()));
            swatch.getStyleClass().addAll("legend", s.styleClass(), Styles.TEXT_SMALL);
            parts.add(swatch);
        }
        Label hint = new Label(session.text("fridgeview.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane swatches = Fit.row(parts.toArray(Node[]::new));
        swatches.setHgap(14);
        return new VBox(4, swatches, hint);
    }

    private Button button(String id, String key, String shortcut, Feather icon, Runnable action) {
        Button b = new Button(session.text(key), new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new javafx.scene.control.Tooltip(shortcut));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Right click on a row: "History…" of the values that lost on it, while the store is linked to a sync server. */
    private javafx.scene.control.ContextMenu contextMenu() {
        javafx.scene.control.MenuItem history = new javafx.scene.control.MenuItem(session.text("fridgeview.history"), new FontIcon(Feather.CLOCK));
        history.setId("fridge-history");
        history.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        history.setOnAction(e -> {
            StockEntry entry = table.getSelectionModel().getSelectedItem();
            if (entry != null) HistoryDialog.open(session, entry);
        });
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(history);
        menu.setId("fridge-context-menu");
        return menu;
    }

    private void applyFilter() {
        Location place = places.getSelectedToggle() == null ? null : (Location) places.getSelectedToggle().getUserData();
        String text = search.getText() == null ? "" : search.getText().strip().toLowerCase(java.util.Locale.ROOT);
        Predicate<StockEntry> filter = e -> (place == null || e.item().location() == place)
                && (!expiringOnly.isSelected() || ExpiryStatus.of(e.daysToExpiry(today)).urgent())
                && (text.isEmpty() || e.item().name().toLowerCase(java.util.Locale.ROOT).contains(text)
                    || (e.food() != null && e.food().displayName(session.russian()).toLowerCase(java.util.Locale.ROOT).contains(text)));
        shown.setPredicate(filter);
        count.setText(session.text("fridgeview.count", shown.size(), entries.size()));
        table.showEmpty(!entries.isEmpty());
    }

    /**
     * Reads the stock again; the table is only touched when something changed (no flicker, selection
     * kept). A reload asked for while one is running runs right after it, so a change just written
     * (and the row to select) is never missed.
     */
    private void reload(Long select) {
        if (loading) {
            reloadAgain = true;
            if (select != null) selectAfterReload = select;
            return;
        }
        loading = true;
        session.task(() -> session.app().inventory().list())
                .onSuccess(list -> {
                    LocalDate now = session.app().inventory().today();
                    boolean changed = !sameItems(list);
                    if (changed) {
                        List<Long> selected = table.getSelectionModel().getSelectedItems().stream().map(e -> e.item().id()).toList();
                        entries.setAll(list);
                        for (int i = 0; i < shown.size(); i++) {
                            long id = shown.get(i).item().id();
                            if (selected.contains(id) || (select != null && id == select)) table.getSelectionModel().select(i);
                        }
                    }
                    if (changed || !now.equals(today)) { // a new day recolours the rows and changes "expiring soon"
                        today = now;
                        applyFilter();
                    }
                    if (select != null) table.getSelectionModel().getSelectedItems().stream().findFirst().ifPresent(table::scrollTo);
                })
                .andFinally(() -> {
                    loading = false;
                    if (reloadAgain) {
                        reloadAgain = false;
                        Long next = selectAfterReload;
                        selectAfterReload = null;
                        reload(next);
                    }
                })
                .runOnce();
    }

    private boolean sameItems(List<StockEntry> list) {
        if (list.size() != entries.size()) return false;
        for (int i = 0; i < list.size(); i++) if (!list.get(i).item().equals(entries.get(i).item())) return false;
        return true;
    }

    private void saveEdit(StockEntry entry, ItemDraft changes, boolean clearExpiry) {
        session.task(() -> session.app().inventory().edit(entry.item().id(), changes, clearExpiry))
                .onSuccess(updated -> reload(updated.item().id()))
                .onError(e -> {
                    session.showError(e);
                    table.refresh(); // show the stored value again
                })
                .runOnce();
    }

    private void useSome() {
        StockEntry entry = table.getSelectionModel().getSelectedItem();
        if (entry == null) {
            inform(session.text("fridgeview.select.first"));
            return;
        }
        UseSomeDialog.ask(session, entry).ifPresent(amount ->
                session.task(() -> session.app().inventory().use(entry.item().name(), amount.quantity(), amount.unit()))
                        .onSuccess(result -> reload(null))
                        .runOnce());
    }

    private void removeSelected() {
        List<StockEntry> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (selected.isEmpty()) {
            inform(session.text("fridgeview.select.first"));
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, selected.size() == 1
                ? session.text("fridgeview.remove.confirm.one", selected.get(0).item().name())
                : session.text("fridgeview.remove.confirm.many", selected.size()), dev.fridgechef.gui.common.DialogButtons.ok(session), dev.fridgechef.gui.common.DialogButtons.cancel(session));
        confirm.setHeaderText(null);
        confirm.setTitle(session.text("fridgeview.remove"));
        if (session.owner() != null) confirm.initOwner(session.owner());
        if (!dev.fridgechef.gui.common.DialogButtons.confirmed(confirm.showAndWait())) return;
        session.task(() -> {
            for (StockEntry e : selected) session.app().inventory().remove(Long.toString(e.item().id()), false);
        }).onSuccess(v -> reload(null)).runOnce();
    }

    private void chooseImport() {
        FileChooser chooser = fileChooser("fridgeview.import");
        java.io.File file = chooser.showOpenDialog(session.owner());
        if (file != null) importFile(file.toPath());
    }

    private void chooseExport() {
        FileChooser chooser = fileChooser("fridgeview.export");
        chooser.setInitialFileName("fridge-" + today + ".csv");
        java.io.File file = chooser.showSaveDialog(session.owner());
        if (file != null) exportFile(file.toPath());
    }

    private FileChooser fileChooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(session.text(titleKey));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(session.text("fridgeview.files.csv"), "*.csv"),
                new FileChooser.ExtensionFilter(session.text("fridgeview.files.json"), "*.json"));
        return chooser;
    }

    private void inform(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, dev.fridgechef.gui.common.DialogButtons.ok(session));
        alert.setHeaderText(null);
        alert.setTitle(session.text("nav.fridge"));
        if (session.owner() != null) alert.initOwner(session.owner());
        alert.show();
    }
}
