package dev.fridgechef.gui.recipes;

import atlantafx.base.theme.Styles;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.plan.CookService;
import dev.fridgechef.recipe.Recipe;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Two lines per recipe: the title with its badges, then meals and time in muted text; kcal and protein on the right. */
final class RecipeCell extends ListCell<RecipeRow> {
    private static final int MISSING_SHOWN = 4;

    private final GuiSession session;
    private final Label title = new Label();
    private final Label imported = new Label();
    private final Label unsuitable = new Label();
    private final Label details = new Label();
    private final Label missing = new Label();
    private final Label coverage = new Label();
    private final Label kcal = new Label();
    private final Label protein = new Label();
    private final Button star = new Button();
    private final Predicate<String> isFavourite;
    private final HBox box;

    /**
     * @param isFavourite whether a recipe id is a favourite
     * @param toggleFavourite called when the star is clicked
     */
    RecipeCell(GuiSession session, Predicate<String> isFavourite, Consumer<RecipeRow> toggleFavourite) {
        this.session = session;
        this.isFavourite = isFavourite;
        star.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "recipe-star");
        star.setFocusTraversable(false);
        star.setOnAction(e -> {
            if (getItem() != null) toggleFavourite.accept(getItem());
        });
        title.getStyleClass().add("recipe-title");
        imported.setText(session.text("recipesview.badge.imported"));
        imported.getStyleClass().addAll("recipe-badge", "imported");
        unsuitable.setText(session.text("recipesview.badge.unsuitable"));
        unsuitable.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        unsuitable.getStyleClass().addAll("recipe-badge", "unsuitable");
        details.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        details.setGraphic(new FontIcon(Feather.CLOCK));
        missing.getStyleClass().addAll(Styles.TEXT_SMALL, "recipe-missing");
        missing.setWrapText(true);
        coverage.getStyleClass().add("coverage-badge");
        coverage.setMinWidth(62);
        coverage.setPrefWidth(62);
        coverage.setAlignment(Pos.CENTER);
        kcal.getStyleClass().add(Styles.TEXT_BOLD);
        protein.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox titleLine = new HBox(8, title, imported, unsuitable);
        titleLine.setAlignment(Pos.CENTER_LEFT);
        VBox text = new VBox(3, titleLine, details, missing);
        HBox.setHgrow(text, Priority.ALWAYS);
        VBox energy = new VBox(2, kcal, protein);
        energy.setAlignment(Pos.CENTER_RIGHT);
        energy.setMinWidth(90);
        box = new HBox(14, star, coverage, text, energy);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("recipe-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(RecipeRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        boolean ru = session.russian();
        Recipe r = row.recipe();
        title.setText(r.title(ru));
        boolean favourite = isFavourite.test(r.id());
        star.setGraphic(new FontIcon(Feather.STAR));
        star.getStyleClass().remove("favourite");
        if (favourite) star.getStyleClass().add("favourite");
        star.setId("recipe-star-" + r.id());
        star.setTooltip(new Tooltip(session.text(favourite ? "recipesview.star.off" : "recipesview.star.on")));
        show(imported, row.imported());
        show(unsuitable, !row.suits());
        details.setText(meals(r) + "  ·  " + minutes(r));
        kcal.setText(session.text("recipesview.cell.kcal", Math.round(row.facts().energyPerServing())));
        protein.setText(session.text("recipesview.cell.protein", Math.round(row.facts().proteinPerServing())));
        CookService.Suggestion s = row.suggestion();
        show(coverage, s != null);
        show(missing, s != null);
        if (s != null) {
            coverage.setText(session.text("recipesview.cell.coverage", Math.round(s.coverage() * 100)));
            coverage.getStyleClass().removeAll("full", "partial", "low");
            coverage.getStyleClass().add(s.coverage() >= 0.995 ? "full" : s.coverage() >= 0.5 ? "partial" : "low");
            missing.setText(missingText(s, ru));
        }
        setGraphic(box);
    }

    private String meals(Recipe r) {
        return r.meals().stream().sorted().map(m -> session.text("meal." + m.key())).collect(Collectors.joining(", "));
    }

    private String minutes(Recipe r) {
        return r.totalMinutes() > r.activeMinutes() + 5
                ? session.text("recipesview.cell.minutes.total", r.activeMinutes(), r.totalMinutes())
                : session.text("recipesview.cell.minutes", r.activeMinutes());
    }

    private String missingText(CookService.Suggestion s, boolean ru) {
        String expiring = s.expiringShare() > 0.005 ? "  ·  " + session.text("recipesview.cell.expiring") : "";
        if (s.missing().isEmpty()) return session.text("recipesview.cell.complete") + expiring;
        List<String> names = s.missing().stream().limit(MISSING_SHOWN)
                .map(m -> session.text("recipesview.cell.missing.item", ru ? m.nameRu() : m.nameEn(), Math.round(m.grams()))).toList();
        String more = s.missing().size() > MISSING_SHOWN ? ", …" : "";
        return session.text("recipesview.cell.missing", String.join(", ", names) + more) + expiring;
    }

    private static void show(Label label, boolean visible) {
        label.setVisible(visible);
        label.setManaged(visible);
    }
}
