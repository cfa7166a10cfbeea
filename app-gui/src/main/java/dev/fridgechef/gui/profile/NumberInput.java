package dev.fridgechef.gui.profile;

import atlantafx.base.theme.Styles;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.common.Numbers;
import dev.fridgechef.i18n.Messages;
import dev.fridgechef.unit.QuantityParser;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * A number field with its inline message: blank is allowed (the value stays unset), anything else
 * must be a number within the range the core accepts. Accepts "72,5" as well as "72.5".
 */
final class NumberInput {
    private final GuiSession session;
    private final String fieldKey;
    private final double min;
    private final double max;
    private final TextField field = new TextField();
    private final Label message = new Label();
    private final VBox box = new VBox(2, field, message);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);

    NumberInput(GuiSession session, String id, String fieldKey, double min, double max) {
        this.session = session;
        this.fieldKey = fieldKey;
        this.min = min;
        this.max = max;
        field.setId(id);
        field.setPrefColumnCount(6);
        field.setMaxWidth(110);
        message.setId(id + "-error");
        message.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        field.textProperty().addListener((obs, old, text) -> check());
    }

    VBox node() {
        return box;
    }

    /** Puts the field inside {@code line} (the field with its unit), keeping the message under it. */
    void withUnit(javafx.scene.layout.HBox line) {
        box.getChildren().setAll(line, message);
    }

    TextField field() {
        return field;
    }

    ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The number typed, or null when the field is blank or wrong. */
    Double value() {
        Double v = Numbers.parse(field.getText());
        return v != null && v >= min && v <= max ? v : null;
    }

    void set(Double value) {
        field.setText(value == null ? "" : QuantityParser.format(value));
    }

    private void check() {
        String text = field.getText() == null ? "" : field.getText().strip();
        Double v = Numbers.parse(text);
        String problem = null;
        if (!text.isEmpty() && v == null) {
            problem = session.text("profileview.error.number");
        } else if (v != null && (v < min || v > max)) {
            problem = session.text("error.profile.range", new Messages.Key(fieldKey), text, QuantityParser.format(min), QuantityParser.format(max));
        }
        message.setText(problem == null ? "" : problem);
        message.setVisible(problem != null);
        field.pseudoClassStateChanged(Styles.STATE_DANGER, problem != null);
        valid.set(problem == null);
    }
}
