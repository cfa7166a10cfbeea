package dev.fridgechef.gui.plan;

import dev.fridgechef.gui.common.Fit;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.main.View;
import dev.fridgechef.gui.recipes.CookedSummary;
import dev.fridgechef.gui.recipes.RecipeDetailsDialog;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.plan.PlannedCooking;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.plan.ShopMode;
import dev.fridgechef.plan.StoredPlan;
import dev.fridgechef.profile.Targets;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.recipe.RecipeFacts;
import dev.fridgechef.recipe.RecipeLibrary;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Plan page: the plan covering today as a grid of meals, its nutrition against the targets and
 * its shopping list; a toolbar to make a new plan (offline, or with AI as a job).
 */
public final class PlanView implements View, MealActions {
    private final GuiSession session;
    private final BorderPane root = new BorderPane();
    private final Spinner<Integer> days = new Spinner<>(1, 14, 3);
    private final Spinner<Integer> people = new Spinner<>(1, 12, 1);
    private boolean peopleShown; // the household size from the profile, once, until a plan is shown
    private final Map<MealType, CheckBox> meals = new EnumMap<>(MealType.class);
    private final Button generate;
    private final javafx.scene.control.SplitMenuButton generateAi;
    private String lastWish = "";
    private final Label source = new Label();
    /** The notes take at most this share of the page's height; the meals keep the rest. */
    private static final double NOTICES_MAX_SHARE = 0.3;
    private final VBox notices = new VBox(6);
    private final StackPane body = new StackPane();
    private final TabPane tabs = new TabPane();
    private final VBox empty;
    private boolean loadedOnce;
    private final ProgressIndicator busy = new ProgressIndicator();
    private final MealGrid grid;
    private final NutritionCharts charts;
    private final ShoppingListPane shopping;
    private final PlanExport export;
    private PlanData data;
    private List<String> notes = List.of();
    private long notesPlanId = -1;
    private boolean busyNow;
    private final Label noMeals = new Label();
    private final Button saveToFolder = new Button();

    public PlanView(GuiSession session) {
        this.session = session;
        grid = new MealGrid(session, this);
        charts = new NutritionCharts(session);
        shopping = new ShoppingListPane(session);
        export = new PlanExport(session, () -> data == null ? null : data.stored());
        root.getProperties().put(PlanExport.class, export); // lets tests export without the native file dialog
        generate = new Button(session.text("planview.generate"), new FontIcon(Feather.PLAY));
        generate.setId("plan-generate");
        generate.getStyleClass().add(Styles.ACCENT);
        generate.setTooltip(new Tooltip(session.text("planview.generate.tooltip")));
        generate.setOnAction(e -> generate(false));
        javafx.scene.control.MenuItem withWish = new javafx.scene.control.MenuItem(session.text("planview.ai.wish.menu"));
        withWish.setId("plan-ai-wish");
        withWish.setOnAction(e -> askWishThenGenerate());
        generateAi = new javafx.scene.control.SplitMenuButton(withWish);
        generateAi.setText(session.text("planview.generate.ai"));
        generateAi.setGraphic(new FontIcon(Feather.CPU));
        generateAi.setId("plan-generate-ai");
        generateAi.setTooltip(new Tooltip(session.text("planview.generate.ai.tooltip")));
        generateAi.setOnAction(e -> generate(true));

        Label title = new Label(session.text("planview.title"));
        title.getStyleClass().add("page-title");
        source.setId("plan-source");
        source.getStyleClass().add(Styles.TEXT_MUTED);
        // many notes (a big fridge can have a dozen things to freeze) scroll rather than push the meals off the page
        ScrollPane noticeScroll = new ScrollPane(notices);
        noticeScroll.setId("plan-notices");
        noticeScroll.setFitToWidth(true);
        noticeScroll.getStyleClass().add("edge-to-edge");
        noticeScroll.prefViewportHeightProperty().bind(notices.heightProperty());
        noticeScroll.maxHeightProperty().bind(root.heightProperty().multiply(NOTICES_MAX_SHARE));
        noticeScroll.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(notices.getChildren()));
        noticeScroll.managedProperty().bind(noticeScroll.visibleProperty());
        saveToFolder.setText(session.text("planview.folder.save"));
        saveToFolder.setGraphic(new FontIcon(Feather.FOLDER_PLUS));
        saveToFolder.setId("plan-save-folder");
        saveToFolder.setTooltip(new Tooltip(session.text("planview.folder.tooltip")));
        saveToFolder.setDisable(true);
        saveToFolder.setOnAction(e -> saveToFolder());
        var titleRow = Fit.header(title, saveToFolder, export.button());
        VBox top = new VBox(10, titleRow, toolbar(), source, noticeScroll);
        top.setPadding(new Insets(0, 0, 12, 0));
        root.setTop(top);

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("plan-tabs");
        tabs.getTabs().addAll(tab("planview.tab.meals", Feather.GRID, grid.root()), tab("planview.tab.nutrition", Feather.BAR_CHART_2, charts.root()),
                tab("planview.tab.shopping", Feather.SHOPPING_CART, shopping.root()));
        empty = emptyState();
        busy.setMaxSize(64, 64);
        busy.setId("plan-loading");
        // until the first read of the stored plan ends, a spinner: not "no plan yet", which made people generate again
        empty.setVisible(false);
        body.getChildren().addAll(empty, tabs, busy);
        tabs.setVisible(false);
        root.setCenter(body);
        root.getStyleClass().add("plan-view");
    }

    private Node toolbar() {
        days.setId("plan-days");
        days.setPrefWidth(80);
        days.setEditable(true);
        HBox mealBoxes = new HBox(10);
        mealBoxes.setAlignment(Pos.CENTER_LEFT);
        for (MealType m : MealType.values()) {
            CheckBox box = new CheckBox(session.text("meal." + m.key()));
            box.setId("plan-meal-" + m.key());
            box.setSelected(m != MealType.SNACK);
            box.selectedProperty().addListener((obs, was, now) -> updateButtons());
            meals.put(m, box);
            mealBoxes.getChildren().add(box);
        }
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        noMeals.setText(session.text("planview.nomeals"));
        noMeals.setId("plan-no-meals");
        noMeals.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        noMeals.setVisible(false); // breakfast, lunch and dinner start ticked
        noMeals.setManaged(false);
        people.setId("plan-people");
        people.setPrefWidth(80);
        people.setEditable(true);
        people.setTooltip(new Tooltip(session.text("planview.people.tooltip")));
        mealBoxes.getChildren().forEach(b -> Fit.whole((CheckBox) b));
        HBox actions = Fit.whole(new HBox(8, Fit.whole(generate), Fit.whole(generateAi)));
        javafx.scene.layout.FlowPane bar = Fit.row(group(new Label(session.text("planview.days")), days),
                group(new Label(session.text("planview.people")), people),
                group(new Label(session.text("planview.meals")), mealBoxes, noMeals), actions);
        bar.setHgap(16);
        bar.getStyleClass().add("plan-toolbar");
        return bar;
    }

    /** A label and its controls, kept together on one line of the toolbar. */
    private static HBox group(Label label, Node... controls) {
        HBox group = new HBox(8, Fit.whole(label));
        group.getChildren().addAll(controls);
        group.setAlignment(Pos.CENTER_LEFT);
        return Fit.whole(group);
    }

    private Tab tab(String key, Feather icon, Node content) {
        Tab tab = new Tab(session.text(key), content);
        tab.setGraphic(new FontIcon(icon));
        return tab;
    }

    private VBox emptyState() {
        FontIcon icon = new FontIcon(Feather.CALENDAR);
        icon.getStyleClass().add("empty-icon");
        Label title = new Label(session.text("planview.empty.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label text = new Label(session.text("planview.empty.text"));
        text.getStyleClass().add(Styles.TEXT_MUTED);
        text.setWrapText(true);
        Button action = new Button(session.text("planview.empty.action"), new FontIcon(Feather.PLAY));
        action.setId("plan-empty-generate");
        action.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        action.setOnAction(e -> generate(false));
        VBox box = new VBox(14, icon, title, text, action);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(460);
        box.setId("plan-empty");
        return box;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN), () -> generate(false));
    }

    @Override
    public void refresh() {
        load(null);
    }

    /** Reloads the plan covering today; {@code after} runs on the FX thread once it is shown. */
    private void load(Runnable after) {
        LocalDate today = session.app().inventory().today();
        session.task(() -> new Loaded(session.app().plans().covering(today).map(this::dataFor), session.app().profiles().people()))
                .onSuccess(loaded -> {
            if (!peopleShown) people.getValueFactory().setValue(loaded.people());
            peopleShown = true;
            show(loaded.plan().orElse(null));
            if (after != null) after.run();
        }).andFinally(() -> {
            if (loadedOnce) return;
            loadedOnce = true;
            busy.setVisible(busyNow);
            if (data == null) empty.setVisible(true);
        }).runOnce();
    }

    private record Loaded(Optional<PlanData> plan, int people) {
    }

    private PlanData dataFor(StoredPlan stored) {
        var app = session.app();
        Targets targets;
        try {
            targets = app.profiles().targets(app.profiles().get());
        } catch (UserException | IllegalArgumentException | IllegalStateException incomplete) {
            targets = null;
        }
        Map<String, RecipeFacts> recipes = new HashMap<>();
        RecipeLibrary library = app.recipes().libraryWithAiDishes(); // imported recipes and AI dishes from the store: once, not per meal
        for (MealPlan.Day d : stored.plan().plan()) {
            for (MealPlan.Meal m : d.meals()) library.byId(m.recipeId()).ifPresent(f -> recipes.put(m.recipeId(), f));
        }
        return new PlanData(stored, app.planMarks().cookedMeals(stored.id()), app.planMarks().checkedShopping(stored.id()), targets, recipes);
    }

    private void show(PlanData loaded) {
        this.data = loaded;
        boolean has = loaded != null;
        saveToFolder.setDisable(!has);
        tabs.setVisible(has);
        empty.setVisible(!has);
        export.button().setDisable(!has);
        if (!has) {
            source.setText("");
            return;
        }
        MealPlan plan = loaded.plan();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(session.messages().locale());
        String range = session.text("planview.range", format.format(plan.start()), format.format(plan.start().plusDays(plan.days() - 1L)));
        String made = loaded.stored().aiSource().map(by -> session.text("planview.source.ai", by))
                .orElseGet(() -> session.text("planview.source.offline"));
        source.setText(range + "   ·   " + made);
        reflectInToolbar(plan);
        if (notesPlanId == loaded.stored().id()) {
            notes.forEach(n -> notice(n, Styles.WARNING, "plan-note"));
            PlanNotices.Lines lines = PlanNotices.of(session, plan);
            banner("planview.banner.substitutions", lines.substitutions(), Styles.ACCENT, Feather.REPEAT, "plan-substitutions");
            banner("planview.banner.spoil", lines.spoil(), Styles.DANGER, Feather.CLOCK, "plan-spoil");
            banner("planview.banner.other", lines.other(), Styles.WARNING, Feather.ALERT_TRIANGLE, "plan-warnings");
            notesPlanId = -1; // shown once; the person closes it
        }
        grid.show(loaded);
        charts.show(plan, loaded.targets());
        shopping.show(loaded.stored().id(), plan.shopping(), loaded.checked());
    }

    /** The toolbar shows the days and meals of the plan on the page, so "Generate" makes that plan again. */
    private void reflectInToolbar(MealPlan plan) {
        days.getValueFactory().setValue(plan.days());
        people.getValueFactory().setValue(plan.people());
        peopleShown = true;
        meals.forEach((type, box) -> box.setSelected(plan.meals().contains(type)));
    }

    /** "With a wish…": what the person would like ("something Georgian, quick dinners"), then the AI plan. */
    private void askWishThenGenerate() {
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(lastWish);
        ask.getDialogPane().getButtonTypes().setAll(dev.fridgechef.gui.common.DialogButtons.ok(session), dev.fridgechef.gui.common.DialogButtons.cancel(session));
        ask.setTitle(session.text("planview.ai.wish.title"));
        ask.setHeaderText(session.text("planview.ai.wish.header"));
        ask.getDialogPane().setId("ai-wish-dialog");
        if (session.owner() != null) ask.initOwner(session.owner());
        ask.showAndWait().map(String::strip).ifPresent(text -> {
            lastWish = dev.fridgechef.text.SafeText.clean(text);
            generate(true, lastWish.isEmpty() ? null : lastWish);
        });
    }

    private void generate(boolean ai) {
        generate(ai, null);
    }

    private void generate(boolean ai, String wish) {
        List<MealType> chosen = chosenMeals();
        if (chosen.isEmpty() || busyNow) return;
        PlanOptions options = new PlanOptions(session.app().inventory().today(), days.getValue(), chosen, true, ShopMode.FEW, -1, people.getValue(),
                wish);
        notices.getChildren().clear();
        if (ai) {
            AiPlanDialog.run(session, options, this::planMade);
            return;
        }
        setBusy(true);
        session.task(() -> session.app().plans().plan(options)).onSuccess(this::planMade).andFinally(() -> setBusy(false)).runOnce();
    }

    private void planMade(StoredPlan plan) {
        notes = plan.notes();
        notesPlanId = plan.id();
        tabs.getSelectionModel().selectFirst();
        load(null);
    }

    private List<MealType> chosenMeals() {
        return meals.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey).toList();
    }

    private void setBusy(boolean on) {
        busyNow = on;
        busy.setVisible(on);
        updateButtons();
    }

    private void updateButtons() {
        boolean none = chosenMeals().isEmpty();
        generate.setDisable(busyNow || none);
        generateAi.setDisable(busyNow || none);
        // a tooltip on a disabled button is never shown, so the hint is a label beside the meals
        noMeals.setVisible(none);
        noMeals.setManaged(none);
    }

    /** A closable banner with a title and one line per item; none when there is nothing to say. */
    private void banner(String titleKey, List<String> lines, String style, Feather icon, String id) {
        if (lines.isEmpty()) return;
        Message message = new Message(session.text(titleKey), String.join("\n", lines.stream().map(l -> "• " + l).toList()), new FontIcon(icon));
        message.getStyleClass().add(style);
        message.setId(id);
        message.setUserData(lines);
        message.setOnClose(e -> notices.getChildren().remove(message));
        notices.getChildren().add(message);
    }

    /** A closable banner under the toolbar. */
    private void notice(String text, String style, String id) {
        Message message = new Message(null, text, new FontIcon(style.equals(Styles.SUCCESS) ? Feather.CHECK_CIRCLE : Feather.ALERT_TRIANGLE));
        message.getStyleClass().add(style);
        message.setId(id);
        message.setOnClose(e -> notices.getChildren().remove(message));
        notices.getChildren().add(message);
    }

    /** Saves the plan on the page into a folder the person chooses or names. */
    private void saveToFolder() {
        if (data == null) return;
        SaveToFolder.ask(session, data.stored().id(), saved -> notice(session.text(saved.alreadyThere() ? "planview.folder.already" : "planview.folder.saved",
                saved.folder().name()), Styles.SUCCESS, "plan-saved-folder"));
    }

    @Override
    public void open(LocalDate day, MealPlan.Meal meal) {
        if (data == null) return;
        Optional<RecipeFacts> facts = data.recipe(meal);
        if (facts.isEmpty()) return; // an AI dish: the card says so
        long planId = data.stored().id();
        RecipeDetailsDialog.show(session, facts.get(), meal.servings(), new PlannedCooking.Slot(planId, day, meal.meal()),
                consumption -> load(null));
    }

    @Override
    public void regenerate(LocalDate day, MealPlan.Meal meal) {
        if (data == null) return;
        long planId = data.stored().id();
        setBusy(true);
        session.task(() -> session.app().plans().replaceMeal(planId, day, meal.meal())).onSuccess(changed -> {
            MealPlan.Meal now = changed.plan().plan().stream().filter(d -> d.date().equals(day)).flatMap(d -> d.meals().stream())
                    .filter(m -> m.meal() == meal.meal()).findFirst().orElse(meal);
            String title = session.russian() ? now.titleRu() : now.titleEn();
            load(() -> notice(session.text("planview.regenerated", session.text("meal." + meal.meal().key()), title),
                    Styles.SUCCESS, "plan-regenerated"));
        }).andFinally(() -> setBusy(false)).runOnce();
    }

    @Override
    public void markCooked(LocalDate day, MealPlan.Meal meal) {
        if (data == null) return;
        long planId = data.stored().id();
        session.task(() -> session.app().plannedCooking().cookPlanned(planId, day, meal.meal(), null).consumption())
                .onSuccess(consumption -> {
            String title = session.russian() ? meal.titleRu() : meal.titleEn();
            load(() -> notice(session.text("planview.cooked", title) + "\n" + CookedSummary.text(session, consumption), Styles.SUCCESS, "plan-cooked"));
        }).runOnce();
    }
}
