package dev.fridgechef.gui.common;

import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodMatch;
import dev.fridgechef.gui.GuiSession;
import javafx.animation.PauseTransition;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.List;

/**
 * A text field that suggests foods from the database as the person types, in English or Russian
 * ("кур" offers chicken). Choosing a suggestion fills in its name and remembers the food, so the
 * item is stored as exactly that food; typing on forgets it again.
 */
public final class FoodNameField extends TextField {
    private static final int SUGGESTIONS = 8;
    private final GuiSession session;
    private final ContextMenu popup = new ContextMenu();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(120));
    private Food chosen;
    private boolean filling;
    private int generation;

    public FoodNameField(GuiSession session) {
        this.session = session;
        popup.getStyleClass().add("food-suggestions");
        debounce.setOnFinished(e -> suggest(getText()));
        textProperty().addListener((obs, old, text) -> {
            if (filling) return;
            chosen = null;
            if (text == null || text.strip().length() < 2) {
                popup.hide();
                return;
            }
            debounce.playFromStart();
        });
        focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) popup.hide();
        });
    }

    /** The food picked from the suggestions, or null when the name was typed freely. */
    public Food chosenFood() {
        return chosen;
    }

    /** Clears the text and the chosen food. */
    public void reset() {
        filling = true;
        setText("");
        filling = false;
        chosen = null;
        popup.hide();
    }

    private void suggest(String query) {
        int asked = ++generation;
        session.task(() -> session.app().foods().search().search(query, SUGGESTIONS))
                .onSuccess(matches -> {
                    if (asked == generation && isFocused()) show(matches);
                })
                .onError(e -> popup.hide()) // a failed suggestion is no reason to interrupt typing
                .runOnce();
    }

    private void show(List<FoodMatch> matches) {
        if (matches.isEmpty()) {
            popup.hide();
            return;
        }
        boolean russian = session.russian();
        popup.getItems().clear();
        for (FoodMatch match : matches) {
            Label name = new Label(match.food().displayName(russian));
            Label detail = new Label(match.food().description());
            detail.getStyleClass().add("suggestion-detail");
            CustomMenuItem item = new CustomMenuItem(new VBox(name, detail), true);
            item.setOnAction(e -> choose(match.food()));
            popup.getItems().add(item);
        }
        if (!popup.isShowing()) popup.show(this, Side.BOTTOM, 0, 0);
    }

    private void choose(Food food) {
        filling = true;
        setText(food.displayName(session.russian()));
        filling = false;
        chosen = food;
        positionCaret(getText().length());
        popup.hide();
    }
}
