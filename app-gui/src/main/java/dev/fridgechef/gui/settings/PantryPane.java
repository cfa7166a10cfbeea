package dev.fridgechef.gui.settings;

import atlantafx.base.theme.Styles;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.common.FoodNameField;
import dev.fridgechef.plan.Pantry;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * "Staples I always have": the pantry staples a plan assumes at home and never puts on the shopping
 * list, named in the shown language and sorted by its collation; add (with food suggestions),
 * remove, back to the defaults. Every change goes through the core's PantryService, so the next
 * plan (here or from the command) uses it.
 */
final class PantryPane {
    private final GuiSession session;
    private final VBox root;
    private final FlowPane staples = new FlowPane(6, 6);
    private final FoodNameField name;
    private final Label count = new Label();

    PantryPane(GuiSession session) {
        this.session = session;
        Label note = new Label(session.text("settingsview.pantry.note"));
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        staples.setId("settings-pantry-list");
        staples.getStyleClass().add("pantry-staples");
        name = new FoodNameField(session);
        name.setId("settings-pantry-name");
        name.setPromptText(session.text("settingsview.pantry.prompt"));
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setPrefWidth(320);
        name.setMaxWidth(400);
        name.setOnAction(e -> add());
        Button add = new Button(session.text("settingsview.pantry.add"), new FontIcon(Feather.PLUS));
        add.setId("settings-pantry-add");
        add.setOnAction(e -> add());
        add.disableProperty().bind(name.textProperty().map(t -> t == null || t.isBlank()).orElse(true));
        Button reset = new Button(session.text("settingsview.pantry.reset"), new FontIcon(Feather.ROTATE_CCW));
        reset.setId("settings-pantry-reset");
        reset.getStyleClass().add(Styles.FLAT);
        reset.setOnAction(e -> change(() -> session.app().pantry().reset()));
        count.setId("settings-pantry-count");
        count.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox bar = new HBox(8, name, dev.fridgechef.gui.common.Fit.whole(add), dev.fridgechef.gui.common.Fit.whole(reset));
        bar.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(10, note, bar, count, staples);
        root.setId("settings-pantry");
    }

    VBox node() {
        return root;
    }

    /** Reads the staples from the store (off the FX thread). */
    void refresh() {
        session.task(() -> session.app().pantry().list()).onSuccess(this::show).runOnce();
    }

    private void add() {
        String typed = name.getText() == null ? "" : name.getText().strip();
        if (typed.isEmpty()) return;
        String what = name.chosenFood() != null ? name.chosenFood().id() : typed; // a chosen suggestion is exactly that food
        change(() -> {
            session.app().pantry().add(what);
            return session.app().pantry().list();
        });
        name.reset();
    }

    private void remove(Pantry.Staple staple) {
        change(() -> {
            session.app().pantry().remove(staple.foodId());
            return session.app().pantry().list();
        });
    }

    private void change(Callable<List<Pantry.Staple>> work) {
        session.task(work).onSuccess(this::show).runOnce();
    }

    private void show(List<Pantry.Staple> list) {
        boolean ru = session.russian();
        Collator collator = Collator.getInstance(session.messages().locale());
        collator.setStrength(Collator.SECONDARY);
        staples.getChildren().setAll(list.stream().sorted(Comparator.comparing((Pantry.Staple s) -> name(s, ru), collator))
                .map(s -> chip(s, ru)).toList());
        count.setText(session.text("settingsview.pantry.count", list.size()));
    }

    private static String name(Pantry.Staple s, boolean ru) {
        return ru ? s.nameRu() : s.nameEn();
    }

    private HBox chip(Pantry.Staple staple, boolean ru) {
        Label label = new Label(name(staple, ru));
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        remove.setTooltip(new Tooltip(session.text("settingsview.pantry.remove", name(staple, ru))));
        remove.setId("pantry-remove-" + staple.foodId());
        remove.setOnAction(e -> remove(staple));
        HBox chip = new HBox(2, label, remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("pantry-chip");
        chip.setId("pantry-" + staple.foodId());
        chip.setUserData(staple);
        return chip;
    }
}
