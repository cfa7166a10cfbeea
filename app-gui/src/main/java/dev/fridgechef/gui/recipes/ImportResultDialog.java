package dev.fridgechef.gui.recipes;

import atlantafx.base.theme.Styles;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.recipe.JsonLdRecipeReader;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/** What an import brought in: each recipe with its matched ingredients and the lines left out. */
final class ImportResultDialog {
    private ImportResultDialog() {
    }

    static Alert build(GuiSession session, List<JsonLdRecipeReader.Imported> imported) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", dev.fridgechef.gui.common.DialogButtons.ok(session));
        alert.setTitle(session.text("recipesview.import.title"));
        alert.setHeaderText(session.text(Plurals.key("recipesview.import.done", imported.size(), session.russian()), imported.size()));
        VBox list = new VBox(10);
        for (JsonLdRecipeReader.Imported i : imported) list.getChildren().add(entry(session, i));
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(360, 70.0 * imported.size() + 40));
        scroll.getStyleClass().add("edge-to-edge");
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setPrefWidth(560);
        alert.getDialogPane().setId("recipes-import-result");
        if (session.owner() != null) alert.initOwner(session.owner());
        return alert;
    }

    private static VBox entry(GuiSession session, JsonLdRecipeReader.Imported i) {
        Label title = new Label(i.recipe().title(session.russian()), new FontIcon(Feather.CHECK_CIRCLE));
        title.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.SUCCESS);
        Label counts = new Label(session.text("recipesview.import.matched", i.recipe().ingredients().size(),
                i.recipe().ingredients().size() + i.unmapped().size()));
        counts.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox box = new VBox(3, title, counts);
        if (!i.unmapped().isEmpty()) {
            Label head = new Label(session.text("recipesview.import.unmapped"), new FontIcon(Feather.ALERT_TRIANGLE));
            head.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
            head.setWrapText(true);
            box.getChildren().add(head);
            for (String line : i.unmapped()) {
                Label l = new Label("•  " + line);
                l.getStyleClass().add(Styles.TEXT_SMALL);
                l.setWrapText(true);
                box.getChildren().add(l);
            }
        }
        return box;
    }
}
