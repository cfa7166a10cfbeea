package dev.fridgechef.gui.fridge;

import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.inventory.StockEntry;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import java.util.Optional;

/** Asks how much of an item was used ("200 g", "2 pcs"); the stock takes it from what expires first. */
final class UseSomeDialog {
    private UseSomeDialog() {
    }

    static Optional<QuantityText> ask(GuiSession session, StockEntry entry) {
        Dialog<QuantityText> dialog = new Dialog<>();
        if (session.owner() != null) dialog.initOwner(session.owner());
        dialog.setTitle(session.text("fridgeview.use.title"));
        dialog.setHeaderText(session.text("fridgeview.use.header", entry.item().name(),
                dev.fridgechef.i18n.Quantities.quantity(entry.item().quantity(), entry.item().unit(), session.russian())));
        TextField amount = new TextField();
        amount.setId("use-amount");
        amount.setPromptText(session.text("fridgeview.add.quantity"));
        ComboBox<String> unit = new ComboBox<>();
        unit.setId("use-unit");
        unit.setEditable(true);
        unit.getItems().addAll(new java.util.LinkedHashSet<>(java.util.List.of(entry.item().unit(), "g", "kg", "ml", "l", "pcs"))); // the item's own unit first, once
        unit.setValue(entry.item().unit());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(session.text("fridgeview.use.amount")), amount, unit);
        Label hint = new Label(session.text("fridgeview.use.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(380);
        form.add(hint, 0, 1, 3, 1);
        dialog.getDialogPane().setContent(form);
        ButtonType use = new ButtonType(session.text("fridgeview.use.button"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(use, dev.fridgechef.gui.common.DialogButtons.cancel(session));
        dialog.getDialogPane().lookupButton(use).disableProperty().bind(amount.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == use
                ? new QuantityText(amount.getText().strip(), unit.getEditor().getText().strip()) : null);
        Platform.runLater(amount::requestFocus);
        return dialog.showAndWait();
    }
}
