package dev.fridgechef.gui.profile;

import atlantafx.base.theme.Styles;
import dev.fridgechef.food.FoodMatch;
import dev.fridgechef.gui.GuiSession;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Foods the person does not eat, as removable tags. Typing suggests known food names (the food
 * database's curated names); Enter or a comma adds what was typed, so any word works too (plans
 * match dislikes against ingredient names by word).
 */
final class DislikesInput {
    private final GuiSession session;
    private final ObservableList<String> items = FXCollections.observableArrayList();
    private final TextField input = new TextField();
    private final FlowPane tags = new FlowPane(6, 6);
    private final FlowPane suggestions = new FlowPane(6, 4);
    private final VBox box = new VBox(6, tags, input, suggestions);
    private long typed;

    DislikesInput(GuiSession session) {
        this.session = session;
        input.setId("profile-dislike-input");
        input.setPromptText(session.text("profileview.dislikes.prompt"));
        tags.setId("profile-dislikes");
        suggestions.setId("profile-dislike-suggestions");
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                addTyped();
                e.consume();
            }
        });
        input.textProperty().addListener((obs, old, text) -> {
            if (text.contains(",")) addTyped();
            else suggest(text);
        });
        items.addListener((javafx.collections.ListChangeListener<String>) c -> showTags());
    }

    VBox node() {
        return box;
    }

    void onChange(ChangeListener<Object> listener) {
        items.addListener((javafx.collections.ListChangeListener<String>) c -> listener.changed(null, null, null));
    }

    /** The tags plus whatever is still in the field, so nothing typed is lost on Save. */
    List<String> values() {
        LinkedHashSet<String> all = new LinkedHashSet<>(items);
        for (String part : input.getText().split(",")) if (!part.isBlank()) all.add(part.strip());
        return List.copyOf(all);
    }

    void set(List<String> dislikes) {
        items.setAll(dislikes);
        input.clear();
    }

    private void addTyped() {
        for (String part : input.getText().split(",")) add(part);
        input.clear();
    }

    private void add(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || items.stream().anyMatch(i -> i.equalsIgnoreCase(clean))) return;
        items.add(clean);
    }

    private void showTags() {
        tags.getChildren().clear();
        for (String item : items) {
            Button tag = new Button(item, new FontIcon(Feather.X));
            tag.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            tag.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED, "dislike-tag");
            tag.setOnAction(e -> items.remove(item));
            tags.getChildren().add(tag);
        }
        if (items.isEmpty()) {
            Label none = new Label(session.text("profileview.dislikes.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            tags.getChildren().add(none);
        }
    }

    /** Food names for what is typed, searched off the FX thread; a later keystroke wins. */
    private void suggest(String text) {
        long mine = ++typed;
        String query = text.strip();
        if (query.length() < 2) {
            suggestions.getChildren().clear();
            return;
        }
        boolean russian = session.russian();
        session.task(() -> session.app().foods().search().search(query, 12).stream()
                        .map(m -> name(m, russian)).filter(n -> !n.isEmpty()).distinct().limit(5).toList())
                .onSuccess(names -> {
                    if (mine != typed) return;
                    suggestions.getChildren().clear();
                    for (String n : names) {
                        Button b = new Button(n);
                        b.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.ACCENT);
                        b.setOnAction(e -> {
                            add(n);
                            input.clear();
                        });
                        suggestions.getChildren().add(b);
                    }
                }).runOnce();
    }

    private static String name(FoodMatch m, boolean russian) {
        String curated = russian ? m.food().names().ru() : m.food().names().en();
        return curated == null ? "" : curated.toLowerCase(Locale.ROOT);
    }
}
