package dev.fridgechef.gui.plan;

import dev.fridgechef.folder.Folder;
import dev.fridgechef.folder.FolderService;
import dev.fridgechef.gui.GuiSession;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Consumer;

/** "Save to folder…" on the Plan page: choose a folder or type a new name, then the plan is saved into it. */
final class SaveToFolder {
    private SaveToFolder() {
    }

    /** Asks for the folder (the existing ones offered), saves the plan and passes on what saving did. */
    static void ask(GuiSession session, long planId, Consumer<FolderService.Saved> saved) {
        session.task(() -> session.app().folders().folders()).onSuccess(existing -> {
            Dialog<String> dialog = dialog(session, existing.stream().map(Folder::name).toList());
            dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty()).ifPresent(name ->
                    session.task(() -> session.app().folders().savePlan(planId, name, List.of())).onSuccess(saved).runOnce());
        }).runOnce();
    }

    private static Dialog<String> dialog(GuiSession session, List<String> names) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(session.text("planview.folder.title"));
        dialog.setHeaderText(session.text("planview.folder.header"));
        dialog.getDialogPane().setId("save-folder-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ComboBox<String> name = new ComboBox<>();
        name.setId("save-folder-name");
        name.setEditable(true);
        name.getItems().setAll(names);
        name.setPrefWidth(320);
        if (!names.isEmpty()) name.getEditor().setText(names.get(0));
        dialog.getDialogPane().setContent(new VBox(8, new Label(session.text("planview.folder.label")), name));
        var ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(name.getEditor().textProperty().map(t -> t.strip().isEmpty()).orElse(true));
        dialog.setResultConverter(button -> button == ButtonType.OK ? name.getEditor().getText() : null);
        if (session.owner() != null) dialog.initOwner(session.owner());
        Platform.runLater(name.getEditor()::requestFocus);
        return dialog;
    }
}
