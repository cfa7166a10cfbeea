package dev.fridgechef.gui.diary;

import atlantafx.base.theme.Styles;
import dev.fridgechef.analysis.AnalysisFormat;
import dev.fridgechef.analysis.DayAnalysis;
import dev.fridgechef.analysis.NarrativeWriter;
import dev.fridgechef.analysis.OfflineSummary;
import dev.fridgechef.analysis.SessionAnalysis;
import dev.fridgechef.analysis.SessionAnalysisRenderer;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.analysis.DayAnalysisRenderer;
import dev.fridgechef.diary.DayClosing;
import dev.fridgechef.diary.EatingSession;
import dev.fridgechef.i18n.Messages;
import dev.fridgechef.supplements.Advice;
import dev.fridgechef.supplements.SupplementText;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "Close the day" (or "Close meal" for one eating session, see the second constructor): the day's offline analysis (every nutrient against the person's reference with
 * its status and top sources, foods from the stock or the library that close the gaps), supplement
 * advice for the gaps (food first, the disclaimer once) and, with an AI provider, a short narrative
 * written off the FX thread that can be cancelled. Every figure is the core's.
 */
final class AnalysisDialog extends Dialog<Void> {
    private final GuiSession session;
    private final Messages m;
    private final VBox content = new VBox(14);
    private Task<NarrativeWriter.Narrative> narrative;

    AnalysisDialog(GuiSession session, LocalDate date) {
        this(session, session.text("diaryview.analysis.title", longDate(session, date)));
        session.task(() -> session.app().dayClosing().close(date)).onSuccess(this::show).onError(this::failed).runOnce();
    }

    /**
     * "Close meal": one eating session against its share of the day's targets and what the rest of
     * the day still needs, with foods that would give it; offline (no narrative, no supplements: those are the day's).
     */
    AnalysisDialog(GuiSession session, EatingSession eating) {
        this(session, session.text("diaryview.analysis.session.title", session.text("meal." + eating.meal().key()),
                eating.time().format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(session.messages().locale())),
                longDate(session, eating.date())));
        session.task(() -> session.app().dayClosing().closeSession(eating.id())).onSuccess(this::showSession).onError(this::failed).runOnce();
    }

    private AnalysisDialog(GuiSession session, String title) {
        this.session = session;
        this.m = session.messages();
        setTitle(title);
        initOwner(session.owner());
        initModality(javafx.stage.Modality.NONE);
        setResizable(true);
        getDialogPane().getButtonTypes().add(new ButtonType(session.text("diaryview.analysis.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().setId("diary-analysis");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        getDialogPane().setContent(scroll);
        content.setPrefWidth(940);
        scroll.setPrefViewportWidth(960);
        scroll.setPrefViewportHeight(620);
        // the dialog opens with only a spinner in it: give it its full size once shown
        setOnShown(e -> {
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            setWidth(Math.min(1020, screen.getWidth() * 0.95));
            setHeight(Math.min(780, screen.getHeight() * 0.92));
            setX(screen.getMinX() + (screen.getWidth() - getWidth()) / 2);
            setY(screen.getMinY() + (screen.getHeight() - getHeight()) / 2);
        });
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(40, 40);
        content.getChildren().setAll(loading);
        setOnHidden(e -> {
            if (narrative != null) narrative.cancel(true);
        });
    }

    private static String longDate(GuiSession session, LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(session.messages().locale()));
    }

    private void failed(Throwable error) {
        close();
        session.showError(error);
    }

    private void showSession(SessionAnalysis s) {
        Label summary = new Label(SessionAnalysisRenderer.summary(s, m));
        summary.setId("analysis-summary");
        summary.setWrapText(true);
        content.getChildren().setAll(section("diaryview.analysis.summary"), summary,
                section("diaryview.analysis.session.meal"), table(s.session()));
        if (!s.restOfDay().isEmpty()) {
            VBox rest = new VBox(6);
            rest.setId("analysis-rest");
            for (SessionAnalysis.Left l : s.restOfDay()) {
                String fixes = l.fixes().stream().map(this::fix).collect(Collectors.joining("; "));
                rest.getChildren().add(wrapped(SessionAnalysisRenderer.left(l, m) + (fixes.isEmpty() ? "" : " — " + fixes)));
            }
            content.getChildren().addAll(section("diaryview.analysis.session.rest"), rest);
        }
        if (!s.overForTheDay().isEmpty()) content.getChildren().add(wrapped(SessionAnalysisRenderer.overForTheDay(s, m)));
        Label note = wrapped(m.get(s.session().targetsKnown() ? "analysis.session.note.day" : "analysis.note.notargets"));
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        content.getChildren().add(note);
    }

    private void show(DayClosing.Closed result) {
        DayAnalysis a = result.analysis();
        Label summary = new Label(OfflineSummary.text(a, m));
        summary.setId("analysis-summary");
        summary.setWrapText(true);
        content.getChildren().setAll(section("diaryview.analysis.summary"), summary);
        if (!session.app().llmSettings().providers().isEmpty()) content.getChildren().add(narrativePane(a));
        content.getChildren().addAll(section("diaryview.analysis.nutrients"), table(a));
        List<Node> gaps = gaps(a);
        if (!gaps.isEmpty()) {
            content.getChildren().add(section("diaryview.analysis.gaps"));
            content.getChildren().addAll(gaps);
        }
        content.getChildren().addAll(supplements(result.advice()));
    }

    private Label section(String key) {
        Label l = new Label(session.text(key));
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private TableView<DayAnalysis.NutrientResult> table(DayAnalysis a) {
        TableView<DayAnalysis.NutrientResult> table = new TableView<>();
        table.setId("analysis-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("diaryview.analysis.nutrient", 160, r -> AnalysisFormat.nutrient(r.nutrient(), m)));
        table.getColumns().add(column("diaryview.analysis.eaten", 100, r -> AnalysisFormat.amount(r.amount(), r.nutrient(), m)));
        table.getColumns().add(column("diaryview.analysis.reference", 210, r -> r.reference() == null ? "—"
                : AnalysisFormat.amount(r.reference().amount(), r.nutrient(), m) + " (" + m.get(r.reference().basis()) + ")"));
        table.getColumns().add(column("diaryview.analysis.percent", 60, r -> r.percentOfReference().map(p -> AnalysisFormat.percent(p) + " %").orElse("—")));
        TableColumn<DayAnalysis.NutrientResult, String> status = column("diaryview.analysis.status", 110, r -> m.get("analysis.status." + r.status().key()));
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                DayAnalysis.NutrientResult r = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                setStyle(r == null ? "" : switch (r.status()) {
                    case LOW, HIGH -> "-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;";
                    case OK -> "-fx-text-fill: -color-success-fg;";
                    case UNKNOWN -> "-fx-text-fill: -color-warning-fg;";
                    case NOT_JUDGED -> "-fx-text-fill: -color-fg-muted;";
                });
            }
        });
        table.getColumns().add(status);
        table.getColumns().add(column("diaryview.analysis.top", 300, r -> r.top().stream()
                .map(c -> c.food().displayName(m.isRussian()) + " " + AnalysisFormat.share(c.share()) + " %").collect(Collectors.joining(", "))));
        table.getItems().setAll(a.nutrients());
        table.setFixedCellSize(26);
        table.setPrefHeight(26 * Math.min(a.nutrients().size(), 14) + 32);
        return table;
    }

    private TableColumn<DayAnalysis.NutrientResult, String> column(String key, double width, Function<DayAnalysis.NutrientResult, String> value) {
        TableColumn<DayAnalysis.NutrientResult, String> c = new TableColumn<>(session.text(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private List<Node> gaps(DayAnalysis a) {
        return a.withStatus(DayAnalysis.Status.LOW).stream().map(r -> {
            String missing = m.format("analysis.gap", AnalysisFormat.nutrient(r.nutrient(), m), AnalysisFormat.amount(r.missing(), r.nutrient(), m));
            String fixes = r.fixes().isEmpty() ? m.get("analysis.gap.none") : r.fixes().stream().map(this::fix).collect(Collectors.joining("; "));
            Label l = new Label(missing + " — " + fixes);
            l.setWrapText(true);
            return (Node) l;
        }).toList();
    }

    private String fix(DayAnalysis.Suggestion s) {
        return DayAnalysisRenderer.suggestion(s, m);
    }

    private List<Node> supplements(Advice advice) {
        SupplementText text = new SupplementText(m);
        VBox box = new VBox(6);
        box.setId("analysis-supplements");
        if (!advice.foodFirst().isEmpty()) box.getChildren().add(bold("diaryview.analysis.foodfirst"));
        for (Advice.FoodFirst f : advice.foodFirst()) box.getChildren().add(wrapped(text.foodFirstTitle(f) + ": " + text.foodFirst(f)));
        if (!advice.suggested().isEmpty()) box.getChildren().add(bold("diaryview.analysis.suggested"));
        for (Advice.Suggestion s : advice.suggested()) {
            String because = String.join("; ", text.because(s));
            box.getChildren().add(wrapped(text.name(s.rule()) + " — " + text.dose(s.dose()) + (because.isEmpty() ? "" : " (" + because + ")")));
        }
        if (box.getChildren().isEmpty()) box.getChildren().add(wrapped(session.text("diaryview.analysis.nosupplements")));
        Label disclaimer = wrapped(text.disclaimer());
        disclaimer.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        box.getChildren().add(disclaimer);
        return List.of(section("diaryview.analysis.supplements"), box);
    }

    private Label bold(String key) {
        Label l = new Label(session.text(key));
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    private Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private Node narrativePane(DayAnalysis a) {
        Label text = new Label(session.text("diaryview.analysis.narrative.loading"));
        text.setId("analysis-narrative");
        text.setWrapText(true);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(18, 18);
        Button cancel = new Button(session.text("diaryview.analysis.narrative.cancel"));
        cancel.setId("analysis-narrative-cancel");
        HBox working = new HBox(8, spinner, cancel);
        VBox pane = new VBox(6, section("diaryview.analysis.narrative"), text, working);
        narrative = session.task(() -> session.app().narrativeWriter().write(a, m.locale()))
                .onSuccess(n -> text.setText(n.fromModel() ? n.text() + "\n— " + n.source() : session.text("diaryview.analysis.narrative.offline")))
                .onError(e -> text.setText(session.text("diaryview.analysis.narrative.failed")))
                .andFinally(() -> pane.getChildren().remove(working))
                .runOnce();
        cancel.setOnAction(e -> {
            narrative.cancel(true);
            text.setText(session.text("diaryview.analysis.narrative.cancelled"));
        });
        return pane;
    }
}
