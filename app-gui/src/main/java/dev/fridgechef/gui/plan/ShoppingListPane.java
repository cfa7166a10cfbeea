package dev.fridgechef.gui.plan;

import atlantafx.base.theme.Styles;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.plan.ShopSection;
import dev.fridgechef.unit.QuantityParser;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The plan's shopping list with a tick per line; the ticks are kept with the plan in the store. */
final class ShoppingListPane {
    private final GuiSession session;
    private final VBox box = new VBox(10);
    private final VBox lines = new VBox(6);
    private final Label left = new Label();
    private final Button copy;
    private final List<CheckBox> boxes = new ArrayList<>();

    ShoppingListPane(GuiSession session) {
        this.session = session;
        box.setId("plan-shopping");
        copy = new Button(session.text("planview.shopping.copy"), new FontIcon(Feather.COPY));
        copy.setId("plan-shopping-copy");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        left.setId("plan-shopping-left");
        left.getStyleClass().add(Styles.TEXT_MUTED);
        HBox header = new HBox(10, left, spring, copy);
        header.setAlignment(Pos.CENTER_LEFT);
        lines.getStyleClass().add("shopping-lines");
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        box.getChildren().setAll(header, scroll);
    }

    Node root() {
        return box;
    }

    void show(long planId, List<MealPlan.ShoppingItem> items, Set<String> checked) {
        boxes.clear();
        lines.getChildren().clear();
        if (items.isEmpty()) {
            Label none = new Label(session.text("planview.shopping.empty"), new FontIcon(Feather.SMILE));
            lines.getChildren().add(none);
        }
        var sections = ShopSection.group(items, i -> session.app().foods().byId(i.foodId()).orElse(null),
                i -> session.russian() ? i.nameRu() : i.nameEn(), session.messages().locale());
        sections.forEach((section, inSection) -> {
            Label heading = new Label(section.label(session.messages()));
            heading.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_SMALL);
            heading.setId("shop-section-" + section.name().toLowerCase(java.util.Locale.ROOT));
            heading.setUserData(section);
            lines.getChildren().add(heading);
            for (MealPlan.ShoppingItem item : inSection) addLine(planId, item, checked);
        });
        copy.setDisable(items.isEmpty());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(session.text("planview.shopping.copied"));
        });
        copy.setText(session.text("planview.shopping.copy"));
        count();
    }

    private void addLine(long planId, MealPlan.ShoppingItem item, Set<String> checked) {
        CheckBox check = new CheckBox(line(item));
        check.setId("shop-" + item.foodId());
        check.setUserData(item);
        check.setSelected(checked.contains(item.foodId()));
        style(check);
        check.selectedProperty().addListener((obs, was, now) -> {
            style(check);
            count();
            session.task(() -> session.app().planMarks().checkShopping(planId, item.foodId(), now)).runOnce();
        });
        boxes.add(check);
        lines.getChildren().add(check);
    }

    /** The lines still to buy (all lines when every one is ticked), one per line, for the clipboard. */
    String text() {
        List<String> open = boxes.stream().filter(b -> !b.isSelected()).map(CheckBox::getText).toList();
        List<String> all = open.isEmpty() ? boxes.stream().map(CheckBox::getText).toList() : open;
        return String.join("\n", all.stream().map(s -> "- " + s).toList());
    }

    private String line(MealPlan.ShoppingItem item) {
        String name = session.russian() ? item.nameRu() : item.nameEn();
        return QuantityParser.format(item.quantity()) + " " + session.text("planview.unit." + item.unit()) + "  " + name;
    }

    private static void style(CheckBox check) {
        check.getStyleClass().remove("bought");
        if (check.isSelected()) check.getStyleClass().add("bought");
    }

    private void count() {
        long open = boxes.stream().filter(b -> !b.isSelected()).count();
        left.setText(boxes.isEmpty() ? "" : session.text("planview.shopping.left", open, boxes.size()));
    }
}
