package dev.fridgechef.gui.diary;

import atlantafx.base.theme.Styles;
import dev.fridgechef.diary.DiaryDay;
import dev.fridgechef.diary.DiaryEntry;
import dev.fridgechef.diary.EntryKind;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.common.Numbers;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One diary entry: its name and amount, the grams served (edited in place, Enter saves), the share
 * eaten (a slider that saves when let go), the nutrition of what was eaten and a remove button.
 */
final class EntryRow {
    private final HBox root = new HBox(10);
    private final Slider eaten = new Slider(0, 100, 100);
    private double saved;

    EntryRow(GuiSession session, DiaryDay.Entry item, String label, BiConsumer<Long, Double> onGrams, BiConsumer<Long, Double> onPercent, Consumer<Long> onRemove) {
        DiaryEntry e = item.entry();
        root.getStyleClass().add("diary-entry");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setId("diary-entry-" + e.id());

        Label name = new Label(label);
        name.getStyleClass().add("diary-entry-name");
        name.setWrapText(true);
        Label detail = new Label(detail(session, e));
        detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox names = new VBox(1, name, detail);
        names.setMinWidth(160);
        HBox.setHgrow(names, Priority.ALWAYS);

        TextField grams = new TextField(DiaryFormat.grams(session, e.servedGrams()));
        grams.getStyleClass().add("diary-grams");
        grams.setPrefColumnCount(5);
        grams.setDisable(e.servedGrams() <= 0);
        grams.setTooltip(new Tooltip(session.text("diaryview.grams.tooltip")));
        grams.setOnAction(ev -> {
            Double g = Numbers.parse(grams.getText());
            if (g != null && Math.abs(g - e.servedGrams()) > 0.05) onGrams.accept(e.id(), g);
            else grams.setText(DiaryFormat.grams(session, e.servedGrams()));
        });
        Label g = new Label(session.text("diaryview.unit.g"));

        saved = e.eatenPercent();
        eaten.setValue(saved);
        eaten.getStyleClass().add("diary-eaten");
        eaten.setPrefWidth(120);
        eaten.setBlockIncrement(10);
        Label percent = new Label(DiaryFormat.percent(saved));
        percent.getStyleClass().add("diary-percent");
        percent.setMinWidth(44);
        eaten.valueProperty().addListener((obs, old, v) -> percent.setText(DiaryFormat.percent(Math.round(v.doubleValue()))));
        // commits when the thumb is let go (or a key moved it), not on every step of a drag
        eaten.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) commit(onPercent, e.id());
        });
        eaten.setOnMouseReleased(ev -> commit(onPercent, e.id()));
        eaten.setOnKeyReleased(ev -> commit(onPercent, e.id()));
        VBox share = new VBox(0, new Label(session.text("diaryview.eaten")), new HBox(4, eaten, percent));
        share.getChildren().get(0).getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        Label energy = new Label(DiaryFormat.kcal(session, item.nutrients().getOrZero(Nutrient.ENERGY)));
        energy.getStyleClass().addAll("diary-entry-energy", Styles.TEXT_BOLD);
        Label macros = new Label(DiaryFormat.macros(session, item.nutrients()));
        macros.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox nutrition = new VBox(1, energy, macros);
        nutrition.setMinWidth(170);
        nutrition.setAlignment(Pos.CENTER_RIGHT);

        Button remove = new Button(null, new FontIcon(Feather.TRASH_2));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "diary-remove");
        remove.setTooltip(new Tooltip(session.text("diaryview.remove")));
        remove.setOnAction(ev -> onRemove.accept(e.id()));

        HBox amount = new HBox(4, grams, g);
        amount.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(names, amount, share, nutrition, remove);
    }

    private void commit(BiConsumer<Long, Double> onPercent, long id) {
        double value = Math.round(eaten.getValue());
        if (value == saved) return;
        saved = value;
        onPercent.accept(id, value);
    }

    private static String detail(GuiSession session, DiaryEntry e) {
        String kind = session.text("diaryview.kind." + e.kind().key());
        if (e.kind() == EntryKind.RECIPE && e.servings() != null) return kind + " · " + session.text("diaryview.servings.n", DiaryFormat.number(session, e.servings(), 2));
        if (e.kind() == EntryKind.FOOD && e.amount() != null && !e.amount().endsWith(" g")) {
            return kind + " · " + dev.fridgechef.i18n.Quantities.storedAmount(e.amount(), session.russian());
        }
        if (!e.unweighed().isEmpty()) return kind + " · " + session.text("diaryview.unweighed");
        return kind;
    }

    HBox node() {
        return root;
    }
}
