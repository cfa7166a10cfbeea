package dev.fridgechef.gui.plan;

import atlantafx.base.theme.Styles;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.common.Fit;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.unit.QuantityParser;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The plan as a grid: a column per day (date and the day's energy), a row per meal, a card per dish.
 * As many whole days as the page has room for share its width; the others are a sideways scroll away.
 */
final class MealGrid {
    /** A day is never narrower: its dish names wrap, and the servings and both buttons fit on a line. */
    private static final double DAY_MIN = 172;
    /** Nor wider, on a big screen with few days: a wider card only spreads its text and buttons apart. */
    private static final double DAY_MAX = 420;
    private static final double MEALS_COLUMN = 96;
    private static final double GAP = 10;
    /**
     * Room kept for the vertical scroll bar, shown or not: were the days fitted to the viewport, the
     * bar coming and going as the cards grow and shrink with the width could re-fit them forever.
     */
    private static final double SCROLL_BAR = 14;
    private final GuiSession session;
    private final MealActions actions;
    private final GridPane grid = new GridPane();
    private final ScrollPane scroll = new ScrollPane(grid);

    MealGrid(GuiSession session, MealActions actions) {
        this.session = session;
        this.actions = actions;
        grid.setId("plan-grid");
        grid.getStyleClass().add("plan-grid");
        grid.setHgap(GAP);
        grid.setVgap(12);
        scroll.setId("plan-grid-scroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.widthProperty().addListener((obs, was, now) -> fitDays());
    }

    Node root() {
        return scroll;
    }

    void show(PlanData data) {
        MealPlan plan = data.plan();
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getColumnConstraints().add(new ColumnConstraints(MEALS_COLUMN, MEALS_COLUMN, MEALS_COLUMN));
        DateTimeFormatter format = DateTimeFormatter.ofPattern("EEE d MMM", session.messages().locale());
        for (int d = 0; d < plan.plan().size(); d++) {
            grid.getColumnConstraints().add(new ColumnConstraints());
            MealPlan.Day day = plan.plan().get(d);
            Label date = new Label(capitalized(format.format(day.date())));
            date.getStyleClass().add(Styles.TITLE_4);
            Label energy = new Label(session.text("planview.day.energy.target", Math.round(day.energy()), Math.round(plan.energyTarget())),
                    new FontIcon(Feather.ZAP));
            energy.getStyleClass().addAll(Styles.TEXT_SMALL, withinBand(day.energy(), plan.energyTarget(), ENERGY_BAND) ? Styles.SUCCESS : Styles.WARNING);
            energy.setId("day-" + d + "-energy");
            energy.setWrapText(true);
            Label protein = new Label(session.text("planview.day.protein.target", Math.round(day.protein()), Math.round(plan.proteinTarget())));
            protein.getStyleClass().addAll(Styles.TEXT_SMALL, withinBand(day.protein(), plan.proteinTarget(), PROTEIN_BAND) ? Styles.SUCCESS : Styles.WARNING);
            protein.setId("day-" + d + "-protein");
            protein.setWrapText(true);
            VBox header = new VBox(2, date, energy, protein);
            header.getStyleClass().add("day-header");
            header.setId("day-" + d);
            grid.add(header, d + 1, 0);
        }
        for (int m = 0; m < plan.meals().size(); m++) {
            MealType type = plan.meals().get(m);
            Label name = new Label(session.text("meal." + type.key()));
            name.getStyleClass().addAll(Styles.TEXT_BOLD, "meal-row-header");
            name.setWrapText(true);
            grid.add(name, 0, m + 1);
            for (int d = 0; d < plan.plan().size(); d++) {
                MealPlan.Day day = plan.plan().get(d);
                int dayIndex = d;
                int row = m + 1;
                day.meals().stream().filter(meal -> meal.meal() == type).findFirst()
                        .ifPresent(meal -> grid.add(card(data, dayIndex, day, meal), dayIndex + 1, row));
            }
        }
        fitDays();
    }

    /** Gives the days the width of as many whole days as fit beside the meal names (at least one); never half a day at the edge. */
    private void fitDays() {
        int days = grid.getColumnConstraints().size() - 1;
        if (days < 1) return;
        double room = scroll.getWidth() - SCROLL_BAR - MEALS_COLUMN;
        int shown = Math.clamp((long) Math.floor(room / (DAY_MIN + GAP)), 1, days);
        double width = Math.clamp(Math.floor(room / shown - GAP), DAY_MIN, DAY_MAX);
        for (ColumnConstraints day : grid.getColumnConstraints().subList(1, days + 1)) {
            day.setMinWidth(width);
            day.setPrefWidth(width);
            day.setMaxWidth(width);
        }
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** The planner's bands: a day within them is shown as on target. */
    private static final double ENERGY_BAND = 0.05;
    private static final double PROTEIN_BAND = 0.10;

    private static boolean withinBand(double value, double target, double band) {
        return target <= 0 || Math.abs(value - target) <= band * target + 0.5;
    }

    private Node card(PlanData data, int dayIndex, MealPlan.Day day, MealPlan.Meal meal) {
        boolean ru = session.russian();
        boolean cooked = data.cooked(day.date(), meal);
        boolean known = data.recipe(meal).isPresent();
        String slot = dayIndex + "-" + meal.meal().key();

        Label title = new Label(ru ? meal.titleRu() : meal.titleEn());
        title.getStyleClass().add("meal-title");
        title.setWrapText(true);
        title.setId("meal-title-" + slot);
        Label servings = new Label(session.text("planview.card.servings", QuantityParser.format(meal.servings())));
        servings.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Fit.whole(servings);
        Label nutrition = new Label(session.text("planview.card.nutrition", Math.round(meal.energy()), Math.round(meal.protein())));
        nutrition.getStyleClass().add(Styles.TEXT_SMALL);
        nutrition.setWrapText(true);

        Button regenerate = iconButton(Feather.REFRESH_CW, "planview.card.regenerate", "meal-regenerate-" + slot);
        regenerate.setOnAction(e -> actions.regenerate(day.date(), meal));
        Button markCooked = iconButton(Feather.CHECK, "planview.card.markcooked", "meal-cooked-" + slot);
        markCooked.setOnAction(e -> actions.markCooked(day.date(), meal));
        regenerate.setDisable(!known || cooked);
        markCooked.setDisable(!known || cooked);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox footer = new HBox(4, servings, spring, regenerate, markCooked);
        footer.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(6, title, nutrition, footer);
        if (cooked) {
            // on a line of its own: beside the servings and buttons it would not fit a narrow day
            Label badge = new Label(session.text("planview.card.cooked"), new FontIcon(Feather.CHECK_CIRCLE));
            badge.getStyleClass().add("cooked-badge");
            card.getChildren().add(2, badge);
        }
        String substitute = PlanNotices.cardLine(session, meal);
        if (substitute != null) {
            Label swap = new Label(substitute);
            swap.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.ACCENT, "meal-substitute");
            swap.setWrapText(true);
            swap.setId("meal-substitute-" + slot);
            swap.setTooltip(new Tooltip(PlanNotices.cardTooltip(session, meal)));
            card.getChildren().add(2, swap);
        }
        card.getStyleClass().add("meal-card");
        if (cooked) card.getStyleClass().add("cooked");
        card.setId("meal-" + slot);
        card.setMaxWidth(Double.MAX_VALUE);
        Tooltip.install(card, new Tooltip(known ? session.text("planview.card.open") : session.text("planview.card.ai")));
        card.setOnMouseClicked(e -> {
            if (!insideButton(e.getTarget())) actions.open(day.date(), meal);
        });
        return card;
    }

    private Button iconButton(Feather icon, String tooltipKey, String id) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        b.setTooltip(new Tooltip(session.text(tooltipKey)));
        b.setId(id);
        return b;
    }

    private static boolean insideButton(Object target) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof Button) return true;
            if (n.getStyleClass().contains("meal-card")) return false;
        }
        return false;
    }
}
