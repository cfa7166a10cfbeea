package dev.fridgechef.gui.diary;

import atlantafx.base.theme.Styles;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.insights.Insights;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.geometry.Pos;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Insights over the last weeks of the diary: breakfast and meal habits, weekly adherence to the targets
 * as charts, rising and falling dishes and foods, dishes left unfinished and portions. Every figure is
 * {@link dev.fridgechef.insights.InsightsService}'s, read off the FX thread whenever the weeks change.
 */
final class InsightsDialog extends Dialog<Void> {
    static final List<Integer> WEEKS = List.of(4, 8, 12, 26, 52);

    private final GuiSession session;
    private final boolean russian;
    private final ChoiceBox<Integer> weeks = new ChoiceBox<>();
    private final VBox content = new VBox(14);

    InsightsDialog(GuiSession session) {
        this.session = session;
        this.russian = "ru".equals(session.messages().locale().getLanguage());
        setTitle(session.text("insights.title"));
        initOwner(session.owner());
        initModality(javafx.stage.Modality.NONE);
        setResizable(true);
        getDialogPane().getButtonTypes().add(new ButtonType(session.text("insights.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().setId("insights-dialog");
        weeks.getItems().setAll(WEEKS);
        weeks.setValue(Insights.DEFAULT_WEEKS);
        weeks.setId("insights-weeks");
        weeks.setConverter(dev.fridgechef.gui.common.Labels.of(w -> session.text("insights.weeks.n", w)));
        weeks.valueProperty().addListener((obs, old, w) -> load());
        HBox top = new HBox(8, new Label(session.text("insights.weeks")), weeks);
        top.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        content.setPrefWidth(880);
        scroll.setPrefViewportWidth(900);
        scroll.setPrefViewportHeight(600);
        content.setPadding(new javafx.geometry.Insets(0, 16, 8, 8));
        getDialogPane().setContent(new VBox(12, top, scroll));
        // like the day's analysis: the full size once shown, within the screen
        setOnShown(e -> {
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            setWidth(Math.min(980, screen.getWidth() * 0.95));
            setHeight(Math.min(780, screen.getHeight() * 0.92));
            setX(screen.getMinX() + (screen.getWidth() - getWidth()) / 2);
            setY(screen.getMinY() + (screen.getHeight() - getHeight()) / 2);
        });
        load();
    }

    private void load() {
        int w = weeks.getValue();
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(40, 40);
        content.getChildren().setAll(loading);
        weeks.setDisable(true);
        session.task(() -> session.app().insights().insights(w)).onSuccess(in -> {
            if (weeks.getValue() == w) show(in);
        }).onError(session::showError).andFinally(() -> weeks.setDisable(false)).runOnce();
    }

    private void show(Insights in) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(session.messages().locale());
        Label header = new Label(session.text("insights.header", in.from().format(day), in.to().format(day), in.loggedDays()));
        header.setId("insights-header");
        header.setWrapText(true);
        content.getChildren().setAll(header);
        if (!in.enoughData()) {
            Label none = new Label(session.text("insights.notenough", Insights.MIN_DAYS, in.loggedDays()));
            none.setId("insights-notenough");
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            content.getChildren().add(none);
            return;
        }
        Insights.MealHabit b = in.breakfast();
        Label breakfast = new Label(b.days() == 0 ? session.text("insights.breakfast.none")
                : session.text("insights.breakfast", b.days(), in.loggedDays(), percent(b.share()), time(b.median()), time(b.earliest()),
                time(b.latest()), b.spreadMinutes()));
        breakfast.setId("insights-breakfast");
        breakfast.setWrapText(true);
        content.getChildren().addAll(section("insights.breakfast.title"), breakfast, section("insights.meals.title"), meals(in));
        content.getChildren().add(section("insights.adherence.title"));
        if (in.adherence().isEmpty()) {
            content.getChildren().add(muted(session.text("insights.adherence.none")));
        } else {
            content.getChildren().addAll(adherenceChart(in), energyChart(in));
            if (in.energyVsTarget() != null) {
                Label vs = new Label(session.text("insights.energy.vs", percent(in.energyVsTarget()), DiaryFormat.number(session, in.energyTarget(), 0)));
                vs.setId("insights-energy-vs");
                content.getChildren().add(vs);
            }
        }
        content.getChildren().add(section("insights.trends.title"));
        if (in.rising().isEmpty() && in.falling().isEmpty()) {
            content.getChildren().add(muted(session.text("insights.trends.none")));
        } else {
            content.getChildren().add(trends("insights.rising", in.rising(), "insights-rising"));
            content.getChildren().add(trends("insights.falling", in.falling(), "insights-falling"));
        }
        content.getChildren().add(section("insights.unfinished.title"));
        if (in.unfinished().isEmpty()) {
            content.getChildren().add(muted(session.text("insights.unfinished.none", DiaryFormat.number(session, Insights.UNFINISHED_PERCENT, 0))));
        } else {
            VBox list = new VBox(4);
            list.setId("insights-unfinished");
            for (Insights.Unfinished u : in.unfinished()) {
                list.getChildren().add(new Label(session.text("insights.unfinished.item", u.label(russian), DiaryFormat.number(session, u.meanPercent(), 0), u.logs())));
            }
            content.getChildren().add(list);
        }
        content.getChildren().add(section("insights.portions.title"));
        Label portions = new Label(session.text("insights.portions", DiaryFormat.number(session, in.medianEatenPercent(), 0)));
        portions.setId("insights-portions");
        content.getChildren().add(portions);
    }

    private GridPane meals(Insights in) {
        GridPane grid = new GridPane();
        grid.setId("insights-meals");
        grid.setHgap(24);
        grid.setVgap(4);
        String[] heads = {"insights.col.meal", "insights.col.days", "insights.col.usual", "insights.col.middle"};
        for (int i = 0; i < heads.length; i++) {
            Label h = new Label(session.text(heads[i]));
            h.getStyleClass().add(Styles.TEXT_BOLD);
            grid.add(h, i, 0);
        }
        int row = 1;
        for (Insights.MealHabit h : in.meals()) {
            grid.add(new Label(session.text("meal." + h.meal().key())), 0, row);
            Label days = new Label(session.text("insights.days.of", h.days(), in.loggedDays(), percent(h.share())));
            days.setId("insights-meal-" + h.meal().key());
            grid.add(days, 1, row);
            grid.add(new Label(h.median() == null ? "—" : time(h.median())), 2, row);
            grid.add(new Label(h.median() == null ? "—" : time(h.earliest()) + "–" + time(h.latest())), 3, row);
            row++;
        }
        return grid;
    }

    private BarChart<String, Number> adherenceChart(Insights in) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis(0, 7, 1);
        y.setLabel(session.text("insights.axis.days"));
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("insights-adherence");
        chart.setTitle(session.text("insights.adherence.chart"));
        chart.setAnimated(false);
        chart.setPrefHeight(280);
        XYChart.Series<String, Number> logged = new XYChart.Series<>();
        logged.setName(session.text("insights.series.logged"));
        XYChart.Series<String, Number> onTarget = new XYChart.Series<>();
        onTarget.setName(session.text("insights.series.ontarget"));
        for (Insights.WeekAdherence w : in.adherence()) {
            String week = week(w);
            logged.getData().add(new XYChart.Data<>(week, w.loggedDays()));
            onTarget.getData().add(new XYChart.Data<>(week, w.onTarget()));
        }
        chart.getData().setAll(List.of(logged, onTarget));
        return chart;
    }

    private LineChart<String, Number> energyChart(Insights in) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(session.text("insights.axis.kcal"));
        y.setTickLabelFormatter(new javafx.util.StringConverter<>() { // numbers as the rest of the app writes them in this language
            @Override
            public String toString(Number n) {
                return DiaryFormat.number(session, n.doubleValue(), 0);
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setId("insights-energy");
        chart.setTitle(session.text("insights.energy.chart"));
        chart.setAnimated(false);
        chart.setPrefHeight(260);
        XYChart.Series<String, Number> mean = new XYChart.Series<>();
        mean.setName(session.text("insights.series.energy"));
        XYChart.Series<String, Number> target = new XYChart.Series<>();
        target.setName(session.text("insights.series.target"));
        for (Insights.WeekAdherence w : in.adherence()) {
            String week = week(w);
            mean.getData().add(new XYChart.Data<>(week, Math.round(w.meanEnergy())));
            if (in.energyTarget() != null) target.getData().add(new XYChart.Data<>(week, Math.round(in.energyTarget())));
        }
        chart.getData().setAll(in.energyTarget() == null ? List.of(mean) : List.of(mean, target));
        return chart;
    }

    private VBox trends(String key, List<Insights.Trend> trends, String id) {
        VBox box = new VBox(4);
        box.setId(id);
        Label title = new Label(session.text(key));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        box.getChildren().add(title);
        if (trends.isEmpty()) box.getChildren().add(muted(session.text("insights.trends.nothing")));
        for (Insights.Trend t : trends) {
            box.getChildren().add(new Label(session.text(t.kind() == Insights.Kind.DISH ? "insights.trend.dish" : "insights.trend.food", t.label(russian),
                    DiaryFormat.number(session, t.earlierPerWeek(), 1), DiaryFormat.number(session, t.recentPerWeek(), 1))));
        }
        return box;
    }

    private String week(Insights.WeekAdherence w) {
        return w.week().format(DateTimeFormatter.ofPattern("d MMM", session.messages().locale()));
    }

    private Label section(String key) {
        Label l = new Label(session.text(key));
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    private static String time(LocalTime t) {
        return t == null ? "—" : t.format(DateTimeFormatter.ofPattern("HH:mm"));
    }
}
