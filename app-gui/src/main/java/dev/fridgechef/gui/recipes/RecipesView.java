package dev.fridgechef.gui.recipes;

import dev.fridgechef.gui.common.Fit;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Spacer;
import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.main.View;
import dev.fridgechef.recipe.JsonLdRecipeReader;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.recipe.RecipeFacts;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Recipes page: the library (built-in and imported) with search and filters, a "cook now" mode
 * that ranks recipes by what the stock covers, and import of schema.org JSON-LD recipes.
 */
public final class RecipesView implements View {
    private static final int DEFAULT_MAX_MISSING = 2;

    private final GuiSession session;
    private final VBox root = new VBox(12);
    private final CustomTextField search = new CustomTextField();
    private final ComboBox<Choice<MealType>> meal = new ComboBox<>();
    private final ComboBox<Choice<DietFilter>> diet = new ComboBox<>();
    private final ComboBox<Choice<Integer>> time = new ComboBox<>();
    private final ToggleSwitch suitsProfile = new ToggleSwitch();
    private final ToggleButton cookNow = new ToggleButton();
    private final ComboBox<Choice<Integer>> maxMissing = new ComboBox<>();
    private final Button importButton = new Button();
    private final ToggleButton favouritesOnly = new ToggleButton();
    private final Button foldersButton = new Button();
    /** The favourite recipe ids, read with the catalogue and changed by the stars (FX thread only). */
    private final java.util.Set<String> favourites = new java.util.HashSet<>();
    private final ListView<RecipeRow> list = new ListView<>();
    private final Label count = new Label();
    private final Label placeholder = new Label();
    private final Label cookHint = new Label();
    private RecipeCatalogue catalogue = new RecipeCatalogue(List.of(), 0, java.util.Set.of());
    private int generation;
    private String selectAfterLoad;

    /** A choice of a filter combo box; {@code value} null means "any". */
    record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public RecipesView(GuiSession session) {
        this.session = session;
        root.getStyleClass().add("recipes-page");
        root.getChildren().addAll(header(), filters(), cookHint, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        cookHint.setText(session.text("recipesview.cooknow.hint"));
        cookHint.setWrapText(true);
        cookHint.setMinHeight(Region.USE_PREF_SIZE);
        cookHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        cookHint.setWrapText(true);
        cookHint.managedProperty().bind(cookHint.visibleProperty());
        cookHint.visibleProperty().bind(cookNow.selectedProperty());
        setUpList();
    }

    private Node header() {
        Label title = new Label(session.text("nav.recipes"));
        title.getStyleClass().add("page-title");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setId("recipes-count");
        cookNow.setText(session.text("recipesview.cooknow"));
        cookNow.setGraphic(new FontIcon(Feather.ZAP));
        cookNow.setId("recipes-cook-now");
        cookNow.setTooltip(new Tooltip(session.text("recipesview.cooknow.tooltip")));
        cookNow.selectedProperty().addListener((obs, was, on) -> refresh());
        maxMissing.setId("recipes-max-missing");
        maxMissing.setMinWidth(Region.USE_PREF_SIZE);
        for (int n = 0; n <= 4; n++) {
            String key = n == 0 ? "recipesview.missing.none" : Plurals.key("recipesview.missing", n, session.russian());
            maxMissing.getItems().add(new Choice<>(n, session.text(key, n)));
        }
        maxMissing.getSelectionModel().select(DEFAULT_MAX_MISSING);
        maxMissing.setTooltip(new Tooltip(session.text("recipesview.missing.tooltip")));
        maxMissing.visibleProperty().bind(cookNow.selectedProperty());
        maxMissing.managedProperty().bind(cookNow.selectedProperty());
        maxMissing.valueProperty().addListener((obs, was, now) -> refresh());
        importButton.setText(session.text("recipesview.import"));
        importButton.setGraphic(new FontIcon(Feather.DOWNLOAD));
        importButton.setId("recipes-import");
        importButton.getStyleClass().add(Styles.ACCENT);
        importButton.setTooltip(new Tooltip(session.text("recipesview.import.tooltip")));
        importButton.setOnAction(e -> chooseAndImport());
        foldersButton.setText(session.text("recipesview.folders"));
        foldersButton.setGraphic(new FontIcon(Feather.FOLDER));
        foldersButton.setId("recipes-folders");
        foldersButton.setTooltip(new Tooltip(session.text("recipesview.folders.tooltip")));
        foldersButton.setOnAction(e -> FoldersDialog.show(session, this::openRecipe));
        HBox titled = new HBox(12, Fit.whole(title), Fit.whole(count));
        titled.setAlignment(Pos.BASELINE_LEFT);
        return Fit.header(titled, suitsProfile, cookNow, foldersButton, importButton);
    }

    private Node filters() {
        search.setId("recipes-search");
        search.setPromptText(session.text("recipesview.search.prompt"));
        search.setLeft(new FontIcon(Feather.SEARCH));
        search.setMinWidth(180);
        search.textProperty().addListener((obs, was, now) -> applyFilter());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) search.clear();
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) list.getSelectionModel().selectFirst();
                e.consume();
            }
            if (e.getCode() == KeyCode.ENTER && list.getItems().size() == 1) openRecipe(list.getItems().get(0).facts());
        });
        meal.setId("recipes-meal");
        meal.getItems().add(new Choice<>(null, session.text("recipesview.meal.any")));
        for (MealType m : MealType.values()) meal.getItems().add(new Choice<>(m, session.text("meal." + m.key())));
        diet.setId("recipes-diet");
        for (DietFilter d : DietFilter.values()) diet.getItems().add(new Choice<>(d, session.text(d.key())));
        time.setId("recipes-time");
        time.getItems().add(new Choice<>(null, session.text("recipesview.time.any")));
        for (int minutes : new int[] {15, 30, 45, 60}) time.getItems().add(new Choice<>(minutes, session.text("recipesview.time.max", minutes)));
        for (ComboBox<?> box : List.of(meal, diet, time)) {
            box.setMinWidth(Region.USE_PREF_SIZE);
            box.getSelectionModel().selectFirst();
            box.valueProperty().addListener((obs, was, now) -> applyFilter());
        }
        meal.setTooltip(new Tooltip(session.text("recipesview.meal.tooltip")));
        diet.setTooltip(new Tooltip(session.text("recipesview.diet.tooltip")));
        time.setTooltip(new Tooltip(session.text("recipesview.time.tooltip")));
        suitsProfile.setId("recipes-suits-profile");
        suitsProfile.setText(session.text("recipesview.suits"));
        suitsProfile.setSelected(true);
        suitsProfile.setTooltip(new Tooltip(session.text("recipesview.suits.tooltip")));
        suitsProfile.disableProperty().bind(cookNow.selectedProperty()); // the ranking only ever holds suitable recipes
        suitsProfile.selectedProperty().addListener((obs, was, now) -> applyFilter());
        favouritesOnly.setId("recipes-favourites");
        favouritesOnly.setGraphic(new FontIcon(Feather.STAR));
        favouritesOnly.setText(session.text("recipesview.favourites"));
        favouritesOnly.setTooltip(new Tooltip(session.text("recipesview.favourites.tooltip")));
        favouritesOnly.selectedProperty().addListener((obs, was, now) -> applyFilter());
        search.setPrefWidth(340); // room for the whole prompt, and the filters still on one line at 1280x800 in Russian
        return Fit.row(search, meal, diet, time, favouritesOnly, maxMissing);
    }

    private void setUpList() {
        list.setId("recipes-list");
        list.setCellFactory(v -> new RecipeCell(session, favourites::contains, this::toggleFavourite));
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.setWrapText(true);
        placeholder.setText(session.text("recipesview.loading"));
        list.setPlaceholder(placeholder);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) openSelected();
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
    }

    @Override
    public Node root() {
        return root;
    }

    /** Reloads the library (or the cook-now ranking) on a worker thread; a later reload wins over an earlier one. */
    @Override
    public void refresh() {
        int mine = ++generation;
        boolean ranking = cookNow.isSelected();
        int missing = maxMissing.getValue() == null ? DEFAULT_MAX_MISSING : maxMissing.getValue().value();
        var locale = session.messages().locale();
        boolean ru = session.russian();
        session.task(() -> ranking ? RecipeCatalogue.cookNow(session.app(), missing) : RecipeCatalogue.library(session.app(), locale, ru))
                .onSuccess(loaded -> {
                    if (mine != generation) return;
                    catalogue = loaded;
                    favourites.clear();
                    favourites.addAll(loaded.favourites());
                    applyFilter();
                    selectAfterLoad = null;
                })
                .runOnce();
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                    search.requestFocus();
                    search.selectAll();
                },
                new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), this::chooseAndImport);
    }

    RecipeFilter filter() {
        return new RecipeFilter(search.getText(), meal.getValue() == null ? null : meal.getValue().value(),
                diet.getValue() == null ? DietFilter.ANY : diet.getValue().value(),
                time.getValue() == null ? null : time.getValue().value(), suitsProfile.isSelected());
    }

    private void applyFilter() {
        RecipeRow selected = list.getSelectionModel().getSelectedItem();
        String keep = selectAfterLoad != null ? selectAfterLoad : selected == null ? null : selected.recipe().id();
        List<RecipeRow> shown = filter().apply(catalogue.rows());
        if (favouritesOnly.isSelected()) shown = shown.stream().filter(r -> favourites.contains(r.recipe().id())).toList();
        list.getItems().setAll(shown);
        placeholder.setText(session.text(catalogue.total() == 0 && cookNow.isSelected() ? "recipesview.cooknow.none" : "recipesview.empty"));
        String countText = session.text(Plurals.key("recipesview.count", shown.size(), session.russian()), shown.size());
        count.setText(shown.size() == catalogue.total() ? countText : countText + " " + session.text("recipesview.count.of", catalogue.total()));
        if (keep != null) {
            for (int i = 0; i < shown.size(); i++) {
                if (shown.get(i).recipe().id().equals(keep)) {
                    list.getSelectionModel().select(i);
                    if (selectAfterLoad != null) list.scrollTo(i);
                    break;
                }
            }
        }
    }

    /** The star of a recipe: marks or unmarks it in the store, then redraws the list. */
    void toggleFavourite(RecipeRow row) {
        String id = row.recipe().id();
        boolean favourite = favourites.contains(id);
        session.task(() -> favourite ? session.app().folders().unfavourite(id) : session.app().folders().favourite(id))
                .onSuccess(changed -> {
                    if (favourite) favourites.remove(id);
                    else favourites.add(id);
                    applyFilter();
                    list.refresh();
                })
                .runOnce();
    }

    private void openSelected() {
        RecipeRow row = list.getSelectionModel().getSelectedItem();
        if (row != null) openRecipe(row.facts());
    }

    /** Opens the recipe with its own number of servings; cooking it changes the stock, so the ranking is redone. */
    void openRecipe(RecipeFacts recipe) {
        RecipeDetailsDialog.show(session, recipe, recipe.recipe().servings(), consumption -> refresh());
    }

    private void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(session.text("recipesview.import.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(session.text("recipesview.import.filter"), "*.json", "*.jsonld", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter(session.text("recipesview.import.filter.all"), "*.*"));
        File file = chooser.showOpenDialog(session.owner());
        if (file != null) importFile(file.toPath());
    }

    /** Imports a JSON-LD file or a saved recipe page in the background, then shows what came in and reloads the list. */
    public void importFile(Path file) {
        importButton.setDisable(true);
        session.task(() -> RecipeImport.run(session.app().recipes(), file))
                .onSuccess(this::imported)
                .andFinally(() -> importButton.setDisable(false))
                .runOnce();
    }

    private void imported(List<JsonLdRecipeReader.Imported> recipes) {
        if (!recipes.isEmpty()) selectAfterLoad = recipes.get(0).recipe().id();
        search.clear();
        refresh();
        ImportResultDialog.build(session, new ArrayList<>(recipes)).show();
    }
}
