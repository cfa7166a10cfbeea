package dev.fridgechef.gui.fridge;

import atlantafx.base.theme.Styles;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.common.FoodNameField;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.Location;
import dev.fridgechef.inventory.StockEntry;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.function.Consumer;

/** One line to add an item: name (with food suggestions), quantity, unit, where, expiry date; Enter adds. */
final class QuickAddBar extends VBox {
    private final GuiSession session;
    private final FoodNameField name;
    private final TextField quantity = new TextField();
    private final ComboBox<String> unit = new ComboBox<>();
    private final ChoiceBox<Location> location = new ChoiceBox<>();
    private final DatePicker expires = new DatePicker();
    private final Button add;
    private final Label problem = new Label();
    private final Consumer<StockEntry> onAdded;
    /** Below this width the bar takes two lines. */
    static final double NARROW = 880;
    private final HBox first = new HBox(8);
    private final HBox second = new HBox(8);

    QuickAddBar(GuiSession session, Consumer<StockEntry> onAdded) {
        super(4);
        this.session = session;
        this.onAdded = onAdded;
        name = new FoodNameField(session);
        name.setId("quick-add-name");
        name.setPromptText(session.text("fridgeview.add.name"));
        HBox.setHgrow(name, Priority.ALWAYS);
        quantity.setId("quick-add-quantity");
        quantity.setPromptText(session.text("fridgeview.add.quantity"));
        quantity.setPrefColumnCount(5);
        unit.setId("quick-add-unit");
        unit.setEditable(true);
        // in the person's language ("г", "шт."): the unit is read back by the same parser as typed text
        for (String code : List.of("g", "kg", "ml", "l", "pcs", "cup", "tbsp", "tsp")) {
            unit.getItems().add(dev.fridgechef.i18n.Quantities.unit(code, 1, session.russian()));
        }
        unit.setValue(unit.getItems().get(0));
        unit.setPrefWidth(90);
        location.setId("quick-add-location");
        location.getItems().addAll(Location.values());
        location.setConverter(LocationChoice.labels(session));
        location.setValue(Location.FRIDGE);
        expires.setId("quick-add-expires");
        expires.setPromptText(session.text("fridgeview.add.expires"));
        expires.setPrefWidth(150);
        add = new Button(session.text("fridgeview.add.button"), new FontIcon(Feather.PLUS));
        add.setId("quick-add-button");
        add.getStyleClass().add(Styles.ACCENT);
        add.setDefaultButton(false);
        add.setOnAction(e -> submit());
        for (TextField f : new TextField[] {name, quantity, unit.getEditor(), expires.getEditor()}) f.setOnAction(e -> submit());
        problem.setId("quick-add-problem");
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.setManaged(false);
        problem.setVisible(false);
        for (Region r : new Region[] {quantity, unit, location, expires, add}) dev.fridgechef.gui.common.Fit.whole(r);
        name.setMinWidth(160);
        quantity.setPrefColumnCount(5);
        unit.setPrefWidth(90);
        first.setAlignment(Pos.CENTER_LEFT);
        second.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(first, problem);
        arrange(false);
        widthProperty().addListener((obs, old, width) -> {
            boolean narrow = width.doubleValue() < NARROW;
            if (narrow != getChildren().contains(second)) arrange(narrow);
        });
    }

    /** All on one line; in a narrow window where, when and Add go on a second line, so the name keeps room to be read. */
    private void arrange(boolean narrow) {
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        if (narrow) {
            first.getChildren().setAll(name, quantity, unit);
            second.getChildren().setAll(location, expires, spring, add);
            getChildren().add(1, second);
        } else {
            getChildren().remove(second);
            first.getChildren().setAll(name, quantity, unit, location, expires, add);
        }
    }

    void focusName() {
        name.requestFocus();
    }

    private void submit() {
        String unitText = unit.getEditor().getText();
        expires.setValue(expires.getConverter().fromString(expires.getEditor().getText()));
        ItemDraft draft = new ItemDraft(name.getText(), quantity.getText(), unitText == null || unitText.isBlank() ? "g" : unitText,
                location.getValue().key(), expires.getValue() == null ? null : expires.getValue().toString(), null, null,
                name.chosenFood() == null ? null : name.chosenFood().id());
        add.setDisable(true);
        session.task(() -> session.app().inventory().add(draft))
                .onSuccess(entry -> {
                    showProblem(null);
                    name.reset();
                    quantity.clear();
                    expires.setValue(null);
                    name.requestFocus();
                    onAdded.accept(entry);
                })
                .onError(e -> {
                    if (e instanceof UserException ue) showProblem(ue.localizedMessage(session.messages()));
                    else session.showError(e);
                })
                .andFinally(() -> add.setDisable(false))
                .runOnce();
    }

    private void showProblem(String text) {
        problem.setText(text == null ? "" : text);
        problem.setVisible(text != null);
        problem.setManaged(text != null);
    }
}
