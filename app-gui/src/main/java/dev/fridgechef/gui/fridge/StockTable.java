package dev.fridgechef.gui.fridge;

import dev.fridgechef.food.Nutrient;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.Location;
import dev.fridgechef.inventory.StockEntry;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The stock as a table: name, food, quantity, place, expiry and energy. Rows are coloured by days to
 * expiry; name, quantity, place and expiry are edited in place (double-click or F2), each change
 * saved through {@code onEdit} as a partial {@link ItemDraft} (null fields stay as they are).
 */
final class StockTable extends TableView<StockEntry> {
    interface EditHandler {
        void edit(StockEntry entry, ItemDraft changes, boolean clearExpiry);
    }

    private final Label placeholder = new Label();
    private final GuiSession session;
    private final Supplier<LocalDate> today;
    private boolean editAsked;

    StockTable(GuiSession session, Supplier<LocalDate> today, EditHandler onEdit) {
        this.session = session;
        this.today = today;
        setId("stock-table");
        setEditable(true);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // A second single click on a selected row would start editing its cell with the text selected, and Delete
        // would then erase the name instead of removing the item: only a double click or a key starts editing.
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> editAsked = e.getClickCount() >= 2);
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> editAsked = true);
        setMinWidth(200); // narrower than its columns: it scrolls sideways rather than push the page wider than the window
        placeholder.setId("stock-placeholder");
        placeholder.setWrapText(true);
        setPlaceholder(placeholder);
        showEmpty(false);

        TableColumn<StockEntry, String> name = new TableColumn<>(session.text("fridgeview.column.name"));
        name.setId("column-name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().item().name()));
        name.setCellFactory(column -> new TextCell());
        name.setOnEditCommit(e -> onEdit.edit(e.getRowValue(), new ItemDraft(e.getNewValue(), null, null, null, null, null, null, null), false));
        name.setMinWidth(160);
        name.setPrefWidth(220);

        TableColumn<StockEntry, String> food = new TableColumn<>(session.text("fridgeview.column.food"));
        food.setEditable(false);
        food.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().food() == null
                ? session.text("fridgeview.food.unknown") : c.getValue().food().displayName(session.russian())));
        food.setMinWidth(200);
        food.setPrefWidth(210);

        TableColumn<StockEntry, String> quantity = new TableColumn<>(session.text("fridgeview.column.quantity"));
        quantity.setId("column-quantity");
        quantity.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                dev.fridgechef.i18n.Quantities.quantity(c.getValue().item().quantity(), c.getValue().item().unit(), session.russian())));
        quantity.setCellFactory(column -> new TextCell());
        quantity.setOnEditCommit(e -> {
            QuantityText q;
            try {
                q = QuantityText.parse(e.getNewValue(), e.getRowValue().item().unit());
            } catch (RuntimeException problem) {
                session.showError(problem);
                refresh();
                return;
            }
            onEdit.edit(e.getRowValue(), new ItemDraft(null, q.quantity(), q.unit(), null, null, null, null, null), false);
        });
        quantity.setMinWidth(120);
        quantity.setPrefWidth(110);

        TableColumn<StockEntry, Location> location = new TableColumn<>(session.text("fridgeview.column.location"));
        location.setId("column-location");
        location.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().item().location()));
        location.setCellFactory(column -> new ComboBoxTableCell<>(LocationChoice.labels(session), Location.values()) {
            @Override
            public void startEdit() {
                if (editAsked) super.startEdit();
                else refuseEdit(getTableView());
            }
        });
        location.setOnEditCommit(e -> onEdit.edit(e.getRowValue(),
                new ItemDraft(null, null, null, e.getNewValue().key(), null, null, null, null), false));
        location.setMinWidth(115);
        location.setPrefWidth(120);

        TableColumn<StockEntry, String> expires = new TableColumn<>(session.text("fridgeview.column.expires"));
        expires.setId("column-expires");
        expires.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().item().expiresOn() == null ? "" : c.getValue().item().expiresOn().toString()));
        expires.setCellFactory(column -> new ExpiryCell());
        expires.setOnEditCommit(e -> {
            String text = e.getNewValue() == null ? "" : e.getNewValue().strip();
            onEdit.edit(e.getRowValue(), new ItemDraft(null, null, null, null, text.isEmpty() ? null : text, null, null, null), text.isEmpty());
        });
        // room for a date in another year and a three-figure day count ("27 сент. 2027 · через 300 дн.")
        expires.setMinWidth(230);
        expires.setPrefWidth(230);

        TableColumn<StockEntry, String> energy = new TableColumn<>(session.text("fridgeview.column.energy"));
        energy.setId("column-energy");
        energy.setEditable(false);
        energy.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().nutrients() == null ? "?"
                : dev.fridgechef.i18n.Quantities.number(c.getValue().nutrients().getOrZero(Nutrient.ENERGY), 0, session.russian())));
        energy.setCellFactory(column -> new EnergyCell());
        energy.setStyle("-fx-alignment: CENTER-RIGHT;");
        energy.setMinWidth(70);
        energy.setPrefWidth(90);

        // what it is, when it expires and how much first: in a narrow window the rest scrolls into view
        getColumns().setAll(java.util.List.of(name, expires, quantity, location, food, energy));
        setRowFactory(table -> new ExpiryRow());
    }

    /** Colours the whole row by how soon its item expires. */
    private final class ExpiryRow extends TableRow<StockEntry> {
        @Override
        protected void updateItem(StockEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            for (ExpiryStatus s : ExpiryStatus.values()) if (s.styleClass() != null) getStyleClass().remove(s.styleClass());
            if (!empty && entry != null) {
                String style = ExpiryStatus.of(entry.daysToExpiry(today.get())).styleClass();
                if (style != null) getStyleClass().add(style);
            }
        }
    }

    /** Shows "2026-11-27 · in 2 days"; edits as text: a date, "+3d", or empty for no date. */
    /** The table asked a cell to edit on a single click: the table stops editing, so Delete removes the row again. */
    private static void refuseEdit(TableView<StockEntry> table) {
        if (table != null && table.getEditingCell() != null) table.edit(-1, null);
    }

    /** A text cell that starts editing only when asked: a double click, or a key (F2, Enter, typing). */
    private class TextCell extends TextFieldTableCell<StockEntry, String> {
        TextCell() {
            super(new DefaultStringConverter());
        }

        @Override
        public void startEdit() {
            if (editAsked) super.startEdit();
            else refuseEdit(getTableView());
        }
    }

    private final class ExpiryCell extends TextCell {

        @Override
        public void updateItem(String date, boolean empty) {
            super.updateItem(date, empty);
            if (empty || isEditing()) return;
            StockEntry entry = getTableRow() == null ? null : getTableRow().getItem();
            if (entry == null) {
                setText("—");
                return;
            }
            String opened = entry.item().opened() ? " · " + session.text("fridgeview.opened") : "";
            if (entry.item().expiresOn() == null) {
                setText("—" + opened);
                return;
            }
            long days = entry.daysToExpiry(today.get());
            String when = days < -1 ? session.text("fridgeview.expired.ago", -days)
                    : days == -1 ? session.text("fridgeview.expired.yesterday")
                    : days == 0 ? session.text("fridgeview.expires.today")
                    : days == 1 ? session.text("fridgeview.expires.tomorrow") : session.text("fridgeview.expires.in", days);
            setText(shortDate(entry.item().expiresOn()) + " · " + when + opened);
        }
    }

    /** kcal of the item; "?" with a tooltip saying why when its weight or food is not known. */
    private final class EnergyCell extends javafx.scene.control.TableCell<StockEntry, String> {
        @Override
        protected void updateItem(String kcal, boolean empty) {
            super.updateItem(kcal, empty);
            StockEntry entry = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : kcal);
            if (entry == null || entry.nutrients() != null) {
                setTooltip(null);
                return;
            }
            setTooltip(new javafx.scene.control.Tooltip(entry.food() == null ? session.text("fridgeview.energy.nofood", entry.item().name())
                    : session.text("fridgeview.energy.noweight", entry.item().name(),
                    dev.fridgechef.i18n.Quantities.quantity(entry.item().quantity(), entry.item().unit(), session.russian()))));
        }
    }

    /** "26 нояб." / "Nov 26", with the year only when it is not this year's: the column stays narrow enough for small windows. */
    private String shortDate(java.time.LocalDate date) {
        boolean thisYear = date.getYear() == today.get().getYear();
        String pattern = session.russian() ? (thisYear ? "d MMM" : "d MMM yyyy") : (thisYear ? "MMM d" : "MMM d, yyyy");
        return java.time.format.DateTimeFormatter.ofPattern(pattern, session.messages().locale()).format(date);
    }

    /** What the empty table says: that nothing is in stock yet, or ({@code filtered}) that the filter hides everything. */
    void showEmpty(boolean filtered) {
        placeholder.setText(session.text(filtered ? "fridgeview.nomatch" : "fridgeview.empty"));
    }
}
