package dev.fridgechef.gui.diary;

import dev.fridgechef.gui.common.Fit;
import atlantafx.base.theme.Styles;
import dev.fridgechef.diary.DiaryChange;
import dev.fridgechef.diary.DiaryDay;
import dev.fridgechef.diary.DiaryEntry;
import dev.fridgechef.diary.EntryKind;
import dev.fridgechef.diary.DiaryService;
import dev.fridgechef.diary.EntryEdit;
import dev.fridgechef.diary.MealTimes;
import dev.fridgechef.diary.NewEntry;
import dev.fridgechef.diary.PlannedEating;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.main.View;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.recipe.MealType;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The Diary page: one day's eating sessions (meal and time) with their entries, the day's totals
 * against the targets, ways to add (by name, recipe, the day's plan or a photo dropped on the page),
 * undo, and "close the day" for its analysis. Every read and write goes through the diary service
 * off the FX thread, and the page shows the day as the service gives it back.
 */
public final class DiaryView implements View {
    private final GuiSession session;
    private final DiaryService diary;
    private final PlannedEating planned;
    private final DatePicker date = new DatePicker();
    private final VBox sessions = new VBox(12);
    private final DayTotals totals;
    private final AddBar addBar;
    private final Label status = new Label();
    private final Button undo = new Button();
    private final Button closeDay = new Button();
    private final BorderPane root = new BorderPane();
    private DiaryDay shown;

    public DiaryView(GuiSession session) {
        this.session = session;
        this.diary = session.app().diary().as("gui");
        this.planned = session.app().plannedEating().as("gui");
        this.totals = new DayTotals(session);
        this.addBar = new AddBar(session, new AddBar.Adder() {
            @Override
            public void add(Callable<NewEntry> entry, MealType meal) {
                LocalDate day = day();
                write(() -> diary.log(entry.call(), when(day, meal), meal, 100), "diaryview.added");
            }

            @Override
            public void addPlanned(MealType meal) {
                LocalDate day = day();
                write(() -> planned.ate(day, meal, null, null, 100), "diaryview.added");
            }

            @Override
            public void choosePhoto() {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(session.text("diaryview.photo.choose"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(session.text("diaryview.photo.images"),
                        "*.jpg", "*.jpeg", "*.png", "*.webp", "*.heic", "*.JPG", "*.JPEG", "*.PNG"));
                File file = chooser.showOpenDialog(session.owner());
                if (file != null) recognize(file.toPath());
            }
        });

        Label title = new Label(session.text("nav.diary"));
        title.getStyleClass().add("page-title");
        date.setId("diary-date");
        date.setValue(diary.now().toLocalDate());
        date.setConverter(new DateText(session.messages().locale()));
        date.setPrefWidth(210);
        date.valueProperty().addListener((obs, old, d) -> {
            if (d == null) date.setValue(old); // a day typed that cannot be read keeps the day shown
            else refresh();
        });
        Button previous = iconButton(Feather.CHEVRON_LEFT, "diaryview.previous", "diary-previous", () -> date.setValue(day().minusDays(1)));
        Button next = iconButton(Feather.CHEVRON_RIGHT, "diaryview.next", "diary-next", () -> date.setValue(day().plusDays(1)));
        Button today = new Button(session.text("diaryview.today"));
        today.setOnAction(e -> date.setValue(diary.now().toLocalDate()));
        undo.setId("diary-undo");
        undo.setText(session.text("diaryview.undo"));
        undo.setGraphic(new FontIcon(Feather.ROTATE_CCW));
        undo.setTooltip(new Tooltip("Ctrl+Z"));
        undo.setOnAction(e -> undo());
        closeDay.setId("diary-close-day");
        closeDay.setText(session.text("diaryview.close"));
        closeDay.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
        closeDay.getStyleClass().add(Styles.SUCCESS);
        closeDay.setOnAction(e -> closeDay());
        Button insights = new Button(session.text("insights.open"));
        insights.setId("diary-insights");
        insights.setGraphic(new FontIcon(Feather.BAR_CHART_2));
        insights.setOnAction(e -> new InsightsDialog(session).show());
        date.setMinWidth(Region.USE_PREF_SIZE);
        HBox day = Fit.whole(new HBox(8, previous, date, next, Fit.whole(today)));
        day.setAlignment(Pos.CENTER_LEFT);
        // the day, then the page's own actions, with the insights of several weeks beside them
        var header = Fit.header(title, day, undo, closeDay, insights);
        status.setId("diary-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setWrapText(true);

        ScrollPane scroll = new ScrollPane(sessions);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        sessions.setPadding(new Insets(0, 12, 0, 0));
        VBox left = new VBox(10, addBar.node(), scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox body = new HBox(16, left, totals.node());
        HBox.setHgrow(left, Priority.ALWAYS);
        root.setTop(new VBox(6, header, status));
        BorderPane.setMargin(root.getTop(), new Insets(0, 0, 12, 0));
        root.setCenter(body);
        acceptPhotos();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), this::undo);
    }

    @Override
    public void refresh() {
        LocalDate day = day();
        session.task(() -> data(day))
                .onSuccess(data -> {
                    if (day.equals(day())) show(data);
                })
                .runOnce();
        session.task(() -> session.app().recipes().library().all().stream().toList()).onSuccess(addBar::showRecipes).runOnce();
    }

    private DiaryData data(LocalDate day) {
        DiaryDay d = diary.day(day);
        Map<Long, String> names = new HashMap<>();
        for (DiaryDay.Session s : d.sessions()) {
            for (DiaryDay.Entry e : s.entries()) names.put(e.entry().id(), name(e.entry()));
        }
        return new DiaryData(d, diary.targets(), plannedMeals(day), names);
    }

    /** A food logged by name is shown under the food's name in the person's language; recipes and dishes keep theirs. */
    private String name(DiaryEntry e) {
        if (e.kind() == EntryKind.FOOD && e.foodId() != null) {
            return session.app().foods().byId(e.foodId()).map(f -> f.displayName(session.russian())).orElse(e.label(session.russian()));
        }
        return e.label(session.russian());
    }

    private List<MealPlan.Meal> plannedMeals(LocalDate day) {
        return session.app().plans().covering(day).stream().flatMap(p -> p.plan().plan().stream())
                .filter(d -> d.date().equals(day)).flatMap(d -> d.meals().stream()).toList();
    }

    LocalDate day() {
        return date.getValue();
    }

    private void show(DiaryData data) {
        shown = data.day();
        totals.show(data.day().total(), data.targets());
        addBar.showPlanned(data.planned());
        if (addBar.meal() == null) addBar.setMeal(MealTimes.mealAt(diary.now().toLocalTime()));
        sessions.getChildren().clear();
        if (data.day().sessions().isEmpty()) {
            Label empty = new Label(session.text("diaryview.empty"));
            empty.setId("diary-empty");
            empty.setWrapText(true);
            empty.getStyleClass().add(Styles.TEXT_MUTED);
            sessions.getChildren().add(empty);
        }
        for (DiaryDay.Session s : data.day().sessions()) sessions.getChildren().add(sessionCard(s, data.names()));
        closeDay.setDisable(data.day().sessions().isEmpty());
    }

    private Node sessionCard(DiaryDay.Session s, Map<Long, String> names) {
        Label meal = new Label(session.text("meal." + s.session().meal().key()) + " · "
                + s.session().time().format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(session.messages().locale())));
        meal.getStyleClass().add(Styles.TITLE_4);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Label total = new Label(DiaryFormat.kcal(session, s.total().getOrZero(dev.fridgechef.food.Nutrient.ENERGY)) + " · "
                + DiaryFormat.macros(session, s.total()));
        total.getStyleClass().add(Styles.TEXT_MUTED);
        Button closeMeal = new Button(session.text("diaryview.session.close"), new FontIcon(Feather.CHECK));
        closeMeal.setId("diary-close-session-" + s.session().id());
        closeMeal.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        closeMeal.setTooltip(new Tooltip(session.text("diaryview.session.close.tip")));
        closeMeal.setOnAction(e -> new AnalysisDialog(session, s.session()).show());
        HBox head = new HBox(8, meal, spring, total, closeMeal);
        head.setAlignment(Pos.BASELINE_LEFT);
        VBox card = new VBox(8, head);
        card.getStyleClass().addAll("card", "diary-session");
        for (DiaryDay.Entry e : s.entries()) {
            card.getChildren().add(new EntryRow(session, e, names.getOrDefault(e.entry().id(), e.entry().label(session.russian())),
                    (id, grams) -> write(() -> diary.edit(id, new EntryEdit(grams, null, null, null, null)), "diaryview.changed"),
                    (id, percent) -> write(() -> diary.edit(id, new EntryEdit(null, null, percent, null, null)), "diaryview.changed"),
                    id -> write(() -> diary.remove(id), "diaryview.removed")).node());
        }
        return card;
    }

    /** For a day other than today: that day at the meal's usual time (the service takes "now" for today). */
    private LocalDateTime when(LocalDate day, MealType meal) {
        LocalDateTime now = diary.now();
        if (day.equals(now.toLocalDate())) return null;
        return day.atTime(MealTimes.timeFor(meal != null ? meal : MealTimes.mealAt(now.toLocalTime()), now.toLocalTime()));
    }

    private void write(Callable<?> change, String doneKey) {
        session.task(change).onSuccess(done -> {
            status.setText(session.text(doneKey));
            refresh();
        }).onError(error -> {
            session.showError(error);
            refresh();
        }).runOnce();
    }

    private void undo() {
        session.task(diary::undo).onSuccess(change -> {
            status.setText(session.text("diaryview.undone." + change.action().key(), label(change)));
            refresh();
        }).runOnce();
    }

    private String label(DiaryChange change) {
        var entry = change.after() != null ? change.after() : change.before();
        return entry == null ? "" : entry.label(session.russian());
    }

    private void closeDay() {
        if (shown == null) return;
        new AnalysisDialog(session, shown.date()).show();
    }

    private void acceptPhotos() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        root.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            e.setDropCompleted(!files.isEmpty());
            e.consume();
            if (!files.isEmpty()) recognize(files.get(0).toPath());
        });
    }

    /** Reads the photo off the FX thread and shows the draft to correct; only a confirmed draft is written. */
    void recognize(Path photo) {
        if (session.app().llmSettings().providers().isEmpty()) {
            status.setText(session.text("diaryview.photo.noprovider"));
            return;
        }
        LocalDate day = day();
        MealType meal = addBar.meal();
        status.setText(session.text("diaryview.photo.reading"));
        session.task(() -> session.app().photos().recognize(photo, false)).onSuccess(draft -> {
            status.setText("");
            new PhotoDraftDialog(session, draft).showAndWait().ifPresent(confirmed ->
                    write(() -> diary.log(PhotoDraftDialog.entry(confirmed), when(day, meal), meal, 100), "diaryview.added"));
        }).onError(error -> {
            status.setText("");
            session.showError(error);
        }).runOnce();
    }

    private Button iconButton(Feather icon, String tooltipKey, String id, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add(Styles.BUTTON_ICON);
        b.setTooltip(new Tooltip(session.text(tooltipKey)));
        b.setOnAction(e -> action.run());
        return b;
    }
}
