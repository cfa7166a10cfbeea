package dev.fridgechef.gui.recipes;

import atlantafx.base.theme.Styles;
import dev.fridgechef.folder.Folder;
import dev.fridgechef.folder.FolderEntry;
import dev.fridgechef.folder.SavedKind;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.recipe.RecipeFacts;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The folders of saved plans and recipes: pick a folder, then open a recipe (its details) or a plan
 * (its days and meals) with a double click. A plan or recipe that is gone is shown as such.
 */
final class FoldersDialog {
    private final GuiSession session;
    private final Consumer<RecipeFacts> openRecipe;
    private final ListView<Folder> folders = new ListView<>();
    private final ListView<FolderEntry> entries = new ListView<>();
    private final Label empty = new Label();

    private FoldersDialog(GuiSession session, Consumer<RecipeFacts> openRecipe) {
        this.session = session;
        this.openRecipe = openRecipe;
    }

    static void show(GuiSession session, Consumer<RecipeFacts> openRecipe) {
        new FoldersDialog(session, openRecipe).open();
    }

    private void open() {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(session.text("recipesview.folders.title"));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("folders-dialog");
        folders.setId("folders-list");
        folders.setPrefWidth(220);
        folders.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Folder f, boolean isEmpty) {
                super.updateItem(f, isEmpty);
                setText(isEmpty || f == null ? null : session.text("recipesview.folders.folder", f.name(), f.plans(), f.recipes()));
            }
        });
        empty.setText(session.text("recipesview.folders.none"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        folders.setPlaceholder(empty);
        folders.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> showEntries(now));
        entries.setId("folder-entries");
        entries.setPrefWidth(420);
        entries.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(FolderEntry e, boolean isEmpty) {
                super.updateItem(e, isEmpty);
                setText(isEmpty || e == null ? null : text(e));
            }
        });
        entries.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) openEntry(entries.getSelectionModel().getSelectedItem());
        });
        HBox.setHgrow(entries, Priority.ALWAYS);
        Label hint = new Label(session.text("recipesview.folders.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        dialog.getDialogPane().setContent(new VBox(8, new HBox(10, folders, entries), hint));
        if (session.owner() != null) dialog.initOwner(session.owner());
        session.task(() -> session.app().folders().folders()).onSuccess(list -> {
            folders.getItems().setAll(list);
            if (!list.isEmpty()) folders.getSelectionModel().selectFirst();
        }).runOnce();
        dialog.show();
    }

    private String text(FolderEntry e) {
        String title = e.missing() ? session.text("recipesview.folders.missing") : e.title();
        String kind = e.kind() == SavedKind.PLAN ? session.text("recipesview.folders.plan", e.ref()) + ": " : "";
        String tags = e.tags().isEmpty() ? "" : "   #" + String.join(" #", e.tags());
        return (e.favourite() ? "★ " : "") + kind + title + tags;
    }

    private void showEntries(Folder folder) {
        if (folder == null) {
            entries.getItems().clear();
            return;
        }
        boolean ru = session.russian();
        session.task(() -> session.app().folders().show(folder.name(), ru).entries()).onSuccess(list -> {
            if (folder.equals(folders.getSelectionModel().getSelectedItem())) entries.getItems().setAll(list);
        }).runOnce();
    }

    private void openEntry(FolderEntry e) {
        if (e == null || e.missing()) return;
        if (e.kind() == SavedKind.RECIPE) {
            session.task(() -> session.app().recipes().libraryWithAiDishes().byId(e.ref())).onSuccess(r -> r.ifPresent(openRecipe)).runOnce();
        } else {
            session.task(() -> session.app().plans().get(Long.parseLong(e.ref()))).onSuccess(p -> p.ifPresent(stored -> showPlan(stored.plan())))
                    .runOnce();
        }
    }

    /** A saved plan's days and meals. */
    private void showPlan(MealPlan plan) {
        List<String> lines = new ArrayList<>();
        for (MealPlan.Day day : plan.plan()) {
            lines.add(day.date().toString());
            for (MealPlan.Meal m : day.meals()) {
                lines.add("    " + session.text("meal." + m.meal().key()) + ": " + (session.russian() ? m.titleRu() : m.titleEn()));
            }
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(session.text("recipesview.folders.title"));
        alert.setHeaderText(session.text("recipesview.folders.planheader", plan.start(), plan.start().plusDays(plan.days() - 1L)));
        alert.setContentText(String.join("\n", lines));
        alert.getDialogPane().setId("folder-plan");
        if (session.owner() != null) alert.initOwner(session.owner());
        alert.show();
    }
}
