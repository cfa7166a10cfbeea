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
import java.util.Locale;
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

    StockTable(GuiSession session, Supplier<LocalDate> today, EditHandler onEdit) {
        this.session = session;
        this.today = today;
        setId("stock-table");
        setEditable(true);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        placeholder.setId("stock-placeholder");
        placeholder.setWrapText(true);
        setPlaceholder(placeholder);
        showEmpty(false);

        TableColumn<StockEntry, String> name = new TableColumn<>(session.text("fridgeview.column.name"));
        name.setId("column-name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().item().name()));
        name.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        name.setOnEditCommit(e -> onEdit.edit(e.getRowValue(), new ItemDraft(e.getNewValue(), null, null, null, null, null, null, null), false));
        name.setPrefWidth(220);

        TableColumn<StockEntry, String> food = new TableColumn<>(session.text("fridgeview.column.food"));
        food.setEditable(false);
        food.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().food() == null
                ? session.text("fridgeview.food.unknown") : c.getValue().food().displayName(session.russian())));
        food.setPrefWidth(200);

        TableColumn<StockEntry, String> quantity = new TableColumn<>(session.text("fridgeview.column.quantity"));
        quantity.setId("column-quantity");
        quantity.setCellValueFactory(c -> new ReadOnlyStringWrapper(QuantityText.format(c.getValue().item().quantity(), c.getValue().item().unit())));
        quantity.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
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
        quantity.setPrefWidth(110);

        TableColumn<StockEntry, Location> location = new TableColumn<>(session.text("fridgeview.column.location"));
        location.setId("column-location");
        location.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().item().location()));
        location.setCellFactory(ComboBoxTableCell.forTableColumn(LocationChoice.labels(session), Location.values()));
        location.setOnEditCommit(e -> onEdit.edit(e.getRowValue(),
                new ItemDraft(null, null, null, e.getNewValue().key(), null, null, null, null), false));
        location.setPrefWidth(120);

        TableColumn<StockEntry, String> expires = new TableColumn<>(session.text("fridgeview.column.expires"));
        expires.setId("column-expires");
        expires.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().item().expiresOn() == null ? "" : c.getValue().item().expiresOn().toString()));
        expires.setCellFactory(column -> new ExpiryCell());
        expires.setOnEditCommit(e -> {
            String text = e.getNewValue() == null ? "" : e.getNewValue().strip();
            onEdit.edit(e.getRowValue(), new ItemDraft(null, null, null, null, text.isEmpty() ? null : text, null, null, null), text.isEmpty());
        });
        expires.setPrefWidth(190);

        TableColumn<StockEntry, String> energy = new TableColumn<>(session.text("fridgeview.column.energy"));
        energy.setEditable(false);
        energy.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().nutrients() == null ? "–"
                : String.format(Locale.ROOT, "%.0f", c.getValue().nutrients().getOrZero(Nutrient.ENERGY))));
        energy.setStyle("-fx-alignment: CENTER-RIGHT;");
        energy.setPrefWidth(90);

        getColumns().setAll(java.util.List.of(name, food, quantity, location, expires, energy));
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
    private final class ExpiryCell extends TextFieldTableCell<StockEntry, String> {
        ExpiryCell() {
            super(new DefaultStringConverter());
        }

        @Override
        public void updateItem(String date, boolean empty) {
            super.updateItem(date, empty);
            if (empty || isEditing()) return;
            StockEntry entry = getTableRow() == null ? null : getTableRow().getItem();
            if (entry == null || entry.item().expiresOn() == null) {
                setText(empty ? null : "—");
                return;
            }
            long days = entry.daysToExpiry(today.get());
            String when = days < -1 ? session.text("fridgeview.expired.ago", -days)
                    : days == -1 ? session.text("fridgeview.expired.yesterday")
                    : days == 0 ? session.text("fridgeview.expires.today")
                    : days == 1 ? session.text("fridgeview.expires.tomorrow") : session.text("fridgeview.expires.in", days);
            setText(entry.item().expiresOn() + " · " + when);
        }
    }

    /** What the empty table says: that nothing is in stock yet, or ({@code filtered}) that the filter hides everything. */
    void showEmpty(boolean filtered) {
        placeholder.setText(session.text(filtered ? "fridgeview.nomatch" : "fridgeview.empty"));
    }
}
