package dev.fridgechef.gui.recipes;

import dev.fridgechef.gui.FxWait;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.TestSessions;
import dev.fridgechef.gui.main.MainWindow;
import dev.fridgechef.gui.settings.GuiPreferences;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.recipe.RecipeFacts;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class RecipesViewTest {
    @TempDir
    static Path dir;
    private GuiSession session;
    private RecipesView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = TestSessions.open(dir.resolve("recipes-" + System.nanoTime()));
        MainWindow.applyTheme(GuiPreferences.Theme.LIGHT);
        view = new RecipesView(session);
        Scene scene = new Scene((javafx.scene.Parent) view.root(), 1100, 760);
        scene.getStylesheets().add(MainWindow.class.getResource("/fridgechef/gui/app.css").toExternalForm());
        scene.getAccelerators().putAll(view.shortcuts());
        stage.setScene(scene);
        session.setOwner(stage);
        stage.show();
        view.refresh();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void listsTheWholeLibraryWithItsCount(FxRobot robot) throws TimeoutException {
        int size = session.app().recipes().library().size();
        waitFor(() -> rows(robot).size() == size);
        assertThat(size).isGreaterThan(250);
        assertThat(robot.lookup("#recipes-count").queryAs(Label.class).getText()).isEqualTo(size + " recipes");
        List<String> titles = rows(robot).stream().map(r -> r.title(false)).toList();
        assertThat(titles).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.ENGLISH)::compare);
    }

    @Test
    void searchNarrowsByEnglishAndRussianWordsAndCtrlFFocusesIt(FxRobot robot) throws TimeoutException {
        int size = session.app().recipes().library().size();
        waitFor(() -> rows(robot).size() == size);
        robot.clickOn("#recipes-list");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        TextField search = robot.lookup("#recipes-search").queryAs(TextField.class);
        assertThat(search.isFocused()).isTrue();
        robot.write("BuckWheat");
        WaitForAsyncUtils.waitForFxEvents();
        List<RecipeRow> english = rows(robot);
        assertThat(english).isNotEmpty().hasSizeLessThan(size / 4);
        assertThat(english).allMatch(r -> r.words().stream().anyMatch(w -> w.startsWith("buckwheat")));
        assertThat(english).extracting(r -> r.title(false)).contains("Buckwheat porridge with milk");
        assertThat(robot.lookup("#recipes-count").queryAs(Label.class).getText()).isEqualTo(english.size() + " recipes (of " + size + ")");

        robot.interact(() -> search.setText("гречка"));
        List<RecipeRow> russian = rows(robot);
        assertThat(russian).isNotEmpty().hasSizeLessThan(size / 4);
        assertThat(russian).extracting(r -> r.title(false)).contains("Buckwheat porridge with milk");
        assertThat(russian).extracting(r -> r.recipe().title().ru()).contains("Куриная печень в сметане с гречкой");

        robot.interact(() -> search.setText("гречка молоко"));
        assertThat(rows(robot)).hasSizeLessThan(russian.size()).extracting(r -> r.title(false)).contains("Buckwheat porridge with milk");
    }

    @Test
    void mealDietAndTimeFiltersNarrowTheList(FxRobot robot) throws TimeoutException {
        int size = session.app().recipes().library().size();
        waitFor(() -> rows(robot).size() == size);
        RecipesView.Choice<MealType> snack = comboItem(robot, "#recipes-meal", MealType.SNACK);
        robot.interact(() -> robot.lookup("#recipes-meal").<javafx.scene.control.ComboBox<RecipesView.Choice<MealType>>>query().setValue(snack));
        List<RecipeRow> snacks = rows(robot);
        assertThat(snacks).isNotEmpty().hasSizeLessThan(size);
        assertThat(snacks).allMatch(r -> r.recipe().meals().contains(MealType.SNACK));

        RecipesView.Choice<DietFilter> vegan = comboItem(robot, "#recipes-diet", DietFilter.VEGAN);
        robot.interact(() -> robot.lookup("#recipes-diet").<javafx.scene.control.ComboBox<RecipesView.Choice<DietFilter>>>query().setValue(vegan));
        assertThat(rows(robot)).isNotEmpty().hasSizeLessThan(snacks.size()).allMatch(r -> r.facts().vegan());

        RecipesView.Choice<Integer> quick = comboItem(robot, "#recipes-time", 15);
        robot.interact(() -> robot.lookup("#recipes-time").<javafx.scene.control.ComboBox<RecipesView.Choice<Integer>>>query().setValue(quick));
        assertThat(rows(robot)).allMatch(r -> r.recipe().activeMinutes() <= 15 && r.facts().vegan() && r.recipe().meals().contains(MealType.SNACK));
    }

    @Test
    void cookNowRanksTheRecipeWhoseIngredientsAreInStockFirst(FxRobot robot) throws TimeoutException {
        RecipeFacts chosen = session.app().recipes().library().byId("overnight-oats-berries").orElseThrow();
        for (int i = 0; i < chosen.foods().size(); i++) {
            if (chosen.recipe().ingredients().get(i).optional()) continue;
            var food = chosen.foods().get(i);
            session.app().inventory().add(new ItemDraft(food.displayName(false), Long.toString(Math.round(chosen.grams()[i] * 2)), "g",
                    null, "2026-11-27", null, null, food.id()));
        }
        waitFor(() -> !rows(robot).isEmpty());
        robot.clickOn("#recipes-cook-now");
        assertThat(robot.lookup("#recipes-cook-now").queryAs(ToggleButton.class).isSelected()).isTrue();
        waitFor(() -> !rows(robot).isEmpty() && rows(robot).get(0).suggestion() != null);
        RecipeRow first = rows(robot).get(0);
        assertThat(first.recipe().id()).isEqualTo("overnight-oats-berries");
        assertThat(first.suggestion().coverage()).isEqualTo(1.0);
        assertThat(first.suggestion().missing()).isEmpty();
        assertThat(rows(robot)).allMatch(r -> r.suggestion() != null && r.suggestion().missing().size() <= 2);
        assertThat(rows(robot).get(rows(robot).size() - 1).suggestion().score()).isLessThan(first.suggestion().score());
        assertThat(robot.lookup(".coverage-badge").queryAllAs(Label.class)).anyMatch(l -> l.isVisible() && l.getText().equals("100%"));

        robot.clickOn("#recipes-cook-now");
        int size = session.app().recipes().library().size();
        waitFor(() -> rows(robot).size() == size && rows(robot).get(0).suggestion() == null);
    }

    @Test
    void importsAJsonLdFileAndMarksTheRecipe(FxRobot robot) throws Exception {
        int size = session.app().recipes().library().size();
        waitFor(() -> rows(robot).size() == size);
        Path file = dir.resolve("soup-" + System.nanoTime() + ".jsonld");
        Files.writeString(file, """
                {"@context": "https://schema.org", "@type": "Recipe", "name": "Grandma's buckwheat soup",
                 "recipeYield": "4 servings", "prepTime": "PT15M", "cookTime": "PT30M", "recipeCategory": "Soup",
                 "recipeIngredient": ["100 g buckwheat", "2 potatoes", "1 carrot", "1 onion", "a handful of grandma's love"],
                 "recipeInstructions": [{"@type": "HowToStep", "text": "Boil everything."}]}
                """);
        robot.interact(() -> view.importFile(file));
        waitFor(() -> rows(robot).size() == size + 1);
        RecipeRow soup = rows(robot).stream().filter(r -> r.title(false).equals("Grandma's buckwheat soup")).findFirst().orElseThrow();
        assertThat(soup.imported()).isTrue();
        assertThat(soup.recipe().meals()).contains(MealType.LUNCH);
        assertThat(robot.lookup("#recipes-list").<ListView<RecipeRow>>query().getSelectionModel().getSelectedItem()).isEqualTo(soup);
        waitFor(() -> robot.lookup("#recipes-import-result").tryQuery().isPresent());
        DialogPane result = robot.lookup("#recipes-import-result").queryAs(DialogPane.class);
        assertThat(result.getHeaderText()).isEqualTo("1 recipe imported");
        assertThat(robot.from(result).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("4 of 5 ingredient lines matched to foods", "•  a handful of grandma's love");
        robot.interact(() -> result.getScene().getWindow().hide());
        assertThat(robot.lookup(".recipe-badge").queryAllAs(Label.class)).anyMatch(l -> l.isVisible() && l.getText().equals("imported"));
    }

    @Test
    void aFileWithoutRecipesShowsAWarningAndImportsNothing(FxRobot robot) throws Exception {
        int size = session.app().recipes().library().size();
        waitFor(() -> rows(robot).size() == size);
        Path page = dir.resolve("page-" + System.nanoTime() + ".html");
        Files.writeString(page, "<html><body><h1>Not a recipe</h1></body></html>");
        robot.interact(() -> view.importFile(page));
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane error = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(error.getHeaderText()).contains(page.getFileName().toString()).contains("ld+json");
        robot.interact(() -> error.getScene().getWindow().hide());
        assertThat(session.app().recipes().library().size()).isEqualTo(size);
        assertThat(Window.getWindows()).hasSize(1);
    }

    @Test
    void enterOrDoubleClickOpensTheRecipeDetails(FxRobot robot) throws TimeoutException {
        int size = session.app().recipes().library().size();
        waitFor(() -> rows(robot).size() == size);
        TextField search = robot.lookup("#recipes-search").queryAs(TextField.class);
        robot.interact(() -> search.setText("buckwheat porridge with milk"));
        assertThat(rows(robot)).extracting(r -> r.title(false)).isNotEmpty().hasSizeLessThan(4);
        String first = rows(robot).get(0).title(false);
        robot.clickOn("#recipes-search").type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#recipe-details").tryQuery().isPresent());
        DialogPane details = robot.lookup("#recipe-details").queryAs(DialogPane.class);
        assertThat(details.getScene().getWindow().isShowing()).isTrue();
        assertThat(robot.from(details).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains(first);
        robot.interact(() -> details.getScene().getWindow().hide());
    }

    @Test
    void theDetailsShowHouseholdUnitsNutritionPerServingAndWhatIsToBuy(FxRobot robot) throws TimeoutException {
        var recipe = session.app().recipes().library().all().stream()
                .filter(r -> r.recipe().ingredients().stream().anyMatch(i -> "pcs".equals(i.unit()) && !i.optional()))
                .filter(r -> r.recipe().servings() > 0).findFirst().orElseThrow();
        int size = session.app().recipes().library().size();
        waitFor(() -> rows(robot).size() == size);
        TextField search = robot.lookup("#recipes-search").queryAs(TextField.class);
        robot.interact(() -> search.setText(recipe.recipe().title(false)));
        waitFor(() -> !rows(robot).isEmpty() && rows(robot).get(0).facts().recipe().id().equals(recipe.recipe().id()));
        robot.clickOn("#recipes-search").type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#recipe-details").tryQuery().isPresent());
        DialogPane details = robot.lookup("#recipe-details").queryAs(DialogPane.class);
        waitFor(() -> robot.from(details).lookup(".to-buy-badge").tryQuery().isPresent()); // the stock is empty
        List<String> texts = robot.from(details).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(texts).anyMatch(t -> t.matches("[0-9.]+ pcs · [0-9]+ g"));
        assertThat(texts).contains("Nutrition per serving");
        assertThat(robot.from(details).lookup("#recipe-nutrient-energy").queryAs(Label.class).getText())
                .isEqualTo(Math.round(recipe.energyPerServing()) + " kcal");
        robot.interact(() -> details.getScene().getWindow().hide());
    }

    private List<RecipeRow> rows(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return List.copyOf(robot.lookup("#recipes-list").<ListView<RecipeRow>>query().getItems());
    }

    @SuppressWarnings("unchecked")
    private static <T> RecipesView.Choice<T> comboItem(FxRobot robot, String id, T value) {
        javafx.scene.control.ComboBox<RecipesView.Choice<T>> box = robot.lookup(id).query();
        return box.getItems().stream().filter(c -> value.equals(c.value())).findFirst().orElseThrow();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(10, condition);
    }
}
