package dev.fridgechef.gui.recipes;

import dev.fridgechef.gui.FxWait;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.TestSessions;
import dev.fridgechef.gui.main.MainWindow;
import dev.fridgechef.gui.settings.GuiPreferences;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The star on a recipe, the Favourites filter and the Folders dialog of the Recipes page. */
@ExtendWith(ApplicationExtension.class)
class RecipeFavouritesTest {
    private static final String TIKKA = "chicken-tikka-masala";

    @TempDir
    static Path dir;
    private GuiSession session;
    private RecipesView view;

    @Start
    void start(Stage stage) {
        session = TestSessions.open(dir.resolve("favourites-" + System.nanoTime()));
        MainWindow.applyTheme(GuiPreferences.Theme.LIGHT);
        view = new RecipesView(session);
        Scene scene = new Scene((javafx.scene.Parent) view.root(), 1100, 760);
        scene.getStylesheets().add(MainWindow.class.getResource("/fridgechef/gui/app.css").toExternalForm());
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
    void theStarMarksAFavouriteAndTheFilterShowsOnlyFavourites(FxRobot robot) throws Exception {
        int size = session.app().recipes().library().size();
        FxWait.until(10, () -> items(robot).size() == size);
        robot.interact(() -> robot.lookup("#recipes-search").queryAs(TextField.class).setText("tikka masala"));
        FxWait.until(10, () -> robot.lookup("#recipe-star-" + TIKKA).tryQuery().isPresent());

        robot.clickOn("#recipe-star-" + TIKKA);
        FxWait.until(10, () -> session.app().folders().favouriteRecipes().equals(List.of(TIKKA)));
        FxWait.until(10, () -> robot.lookup("#recipe-star-" + TIKKA).queryAs(Button.class).getStyleClass().contains("favourite"));

        robot.interact(() -> robot.lookup("#recipes-search").queryAs(TextField.class).setText(""));
        robot.clickOn("#recipes-favourites");
        FxWait.until(10, () -> items(robot).size() == 1);
        assertThat(items(robot).get(0).recipe().id()).isEqualTo(TIKKA);

        robot.clickOn("#recipe-star-" + TIKKA);
        FxWait.until(10, () -> session.app().folders().favouriteRecipes().isEmpty());
        FxWait.until(10, () -> items(robot).isEmpty());
        robot.clickOn("#recipes-favourites");
        FxWait.until(10, () -> items(robot).size() == size);
    }

    @Test
    void theFoldersDialogOpensASavedRecipe(FxRobot robot) throws Exception {
        session.app().folders().saveRecipe(TIKKA, "Weeknights", List.of("curry"));
        robot.clickOn("#recipes-folders");
        FxWait.until(10, () -> robot.lookup("#folders-list").tryQuery().isPresent()
                && robot.lookup("#folder-entries").<ListView<?>>query().getItems().size() == 1);
        String shown = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#folders-list .list-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.ListCell<?>) n).getText()).filter(t -> t != null).findFirst().orElse("")).get();
        assertThat(shown).isEqualTo("Weeknights  (0 plan(s), 1 recipe(s))");
        robot.doubleClickOn("#folder-entries .list-cell");
        FxWait.until(10, () -> robot.lookup("#recipe-details").tryQuery().isPresent());
        // the test classes after this one share the FX toolkit: leave no dialog open for their lookups
        robot.interact(() -> {
            robot.lookup("#recipe-details").query().getScene().getWindow().hide();
            robot.lookup("#folders-list").query().getScene().getWindow().hide();
        });
    }

    private static List<RecipeRow> items(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> List.copyOf(robot.lookup("#recipes-list").<ListView<RecipeRow>>query().getItems())).get();
    }
}
