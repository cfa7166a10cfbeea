package dev.fridgechef.gui.plan;

import atlantafx.base.theme.Styles;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.profile.Targets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Each day's energy and macronutrients beside the person's targets. Targets are scaled to the
 * meals planned (a plan without snacks aims at the share of the day its meals usually hold).
 */
final class NutritionCharts {
    private final GuiSession session;
    private final VBox box = new VBox(12);
    private final ScrollPane scroll = new ScrollPane(box);

    NutritionCharts(GuiSession session) {
        this.session = session;
        box.setId("plan-charts");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
    }

    Node root() {
        return scroll;
    }

    void show(MealPlan plan, Targets targets) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("EEE d.MM", session.messages().locale());
        double share = targets == null || targets.energy() <= 0 ? 1 : plan.energyTarget() / targets.energy();

        BarChart<String, Number> energy = chart("planview.chart.energy", "planview.chart.kcal", "energy-chart");
        XYChart.Series<String, Number> planned = series("planview.chart.planned");
        XYChart.Series<String, Number> target = series("planview.chart.target");
        for (MealPlan.Day day : plan.plan()) {
            String label = format.format(day.date());
            planned.getData().add(new XYChart.Data<>(label, Math.round(day.energy())));
            if (targets != null) target.getData().add(new XYChart.Data<>(label, Math.round(plan.energyTarget())));
        }
        energy.getData().add(planned);
        if (targets != null) {
            energy.getData().add(target);
            greyOut(energy, target);
        }

        BarChart<String, Number> macros = chart("planview.chart.macros", "planview.chart.grams", "macro-chart");
        List<String> names = List.of(session.text("nutrient.protein"), session.text("nutrient.fat"), session.text("nutrient.carbohydrate"));
        for (MealPlan.Day day : plan.plan()) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(format.format(day.date()));
            double[] values = {day.protein(), day.fat(), day.carbohydrate()};
            for (int i = 0; i < names.size(); i++) s.getData().add(new XYChart.Data<>(names.get(i), Math.round(values[i])));
            macros.getData().add(s);
        }
        if (targets != null) {
            XYChart.Series<String, Number> s = series("planview.chart.target");
            double[] values = {targets.protein() * share, targets.fat() * share, targets.carbohydrate() * share};
            for (int i = 0; i < names.size(); i++) s.getData().add(new XYChart.Data<>(names.get(i), Math.round(values[i])));
            macros.getData().add(s);
            greyOut(macros, s);
        }

        box.getChildren().setAll(energy, macros);
        if (targets == null) box.getChildren().add(muted(session.text("planview.chart.notargets")));
        else if (share < 0.99) box.getChildren().add(muted(session.text("planview.chart.share", Math.round(share * 100))));
        if (!plan.warnings().isEmpty()) {
            Label title = new Label(session.text("planview.warnings"));
            title.getStyleClass().add(Styles.TITLE_4);
            VBox warnings = new VBox(6, title);
            warnings.setId("plan-warnings");
            for (MealPlan.Warning w : plan.warnings()) {
                Label l = new Label(w.text(session.messages(), session.app().foods()), new FontIcon(Feather.INFO));
                l.setWrapText(true);
                warnings.getChildren().add(l);
            }
            box.getChildren().add(warnings);
        }
    }

    private BarChart<String, Number> chart(String titleKey, String unitKey, String id) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(session.text(unitKey));
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setTitle(session.text(titleKey));
        chart.setId(id);
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        chart.setBarGap(2);
        chart.setCategoryGap(18);
        return chart;
    }

    /** The target bars (and their legend symbol) in the theme's muted grey, so the eye reads the plan's bars first. */
    private static void greyOut(BarChart<String, Number> chart, XYChart.Series<String, Number> target) {
        for (XYChart.Data<String, Number> d : target.getData()) {
            if (d.getNode() != null) d.getNode().getStyleClass().add("target-bar");
        }
        javafx.application.Platform.runLater(() -> chart.lookupAll(".chart-legend-item").stream()
                .filter(n -> n instanceof javafx.scene.control.Label l && target.getName().equals(l.getText()))
                .forEach(n -> ((javafx.scene.control.Label) n).getGraphic().getStyleClass().add("target-bar")));
    }

    private XYChart.Series<String, Number> series(String key) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(session.text(key));
        return s;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return l;
    }
}
