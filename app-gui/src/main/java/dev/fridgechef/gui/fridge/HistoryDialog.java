package dev.fridgechef.gui.fridge;

import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.sync.LostValue;
import dev.fridgechef.sync.store.SyncStore;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/** "History…" of a synced stock item: the values of its fields that a later change replaced, here or on another device. */
final class HistoryDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private HistoryDialog() {
    }

    private record Loaded(SyncStore.ItemHistory history, String thisDevice) {
    }

    /** Reads the item's history off the FX thread, then shows it. */
    static void open(GuiSession session, StockEntry entry) {
        session.task(() -> new Loaded(session.app().sync().history(Long.toString(entry.item().id())),
                        session.app().sync().link().map(l -> l.deviceId().toString()).orElse("")))
                .onSuccess(loaded -> build(session, loaded).show())
                .runOnce();
    }

    private static Dialog<Void> build(GuiSession session, Loaded loaded) {
        SyncStore.ItemHistory history = loaded.history();
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(session.text("fridgeview.history.title", history.name()));
        if (session.owner() != null) dialog.initOwner(session.owner());
        dialog.getDialogPane().setId("history-dialog");
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(session.text("common.close"), ButtonType.CLOSE.getButtonData()));
        if (history.lost().isEmpty()) {
            Label none = new Label(session.text("fridgeview.history.none", history.name()));
            none.setId("history-none");
            dialog.getDialogPane().setContent(none);
            return dialog;
        }
        TableView<LostValue> table = new TableView<>();
        table.setId("history-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                column(session, "fridgeview.history.col.field", l -> field(session, l.field()), 110),
                column(session, "fridgeview.history.col.value", HistoryDialog::value, 190),
                column(session, "fridgeview.history.col.device", l -> l.deviceId().equals(loaded.thisDevice())
                        ? session.text("fridgeview.history.this")
                        : session.text("fridgeview.history.other", l.deviceId().substring(Math.max(0, l.deviceId().length() - 8))), 140),
                column(session, "fridgeview.history.col.when", l -> WHEN.format(Instant.ofEpochMilli(l.hlc().millis()).atZone(ZoneId.systemDefault())), 160)));
        table.getItems().setAll(history.lost());
        table.setPrefSize(660, Math.min(300, 70 + 36 * history.lost().size()));
        Label intro = new Label(session.text("fridgeview.history.intro", history.name()));
        intro.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(10, intro, table));
        dialog.getDialogPane().setPrefWidth(720);
        return dialog;
    }

    private static TableColumn<LostValue, String> column(GuiSession session, String key, Function<LostValue, String> text, double width) {
        TableColumn<LostValue, String> column = new TableColumn<>(session.text(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static String field(GuiSession session, String field) {
        String key = "fridgeview.history.field." + field;
        String text = session.text(key);
        return text.equals(key) ? field : text;
    }

    private static String value(LostValue l) {
        if (l.value() == null || l.value().isNull()) return "–";
        return l.value().isTextual() ? l.value().asText() : l.value().toString();
    }
}
