package dev.fridgechef.gui.plan;

import atlantafx.base.controls.Message;
import dev.fridgechef.demo.SampleData;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.TestSessions;
import dev.fridgechef.gui.main.MainWindow;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.plan.StoredPlan;
import dev.fridgechef.recipe.RecipeFacts;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Generating a plan and acting on its meals. */
class PlanViewTest extends PlanPageFixture {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aStoredPlanLoadsBehindASpinnerNeverBehindTheNoPlanYetState(FxRobot robot) throws Exception {
        session.app().plans().plan(new dev.fridgechef.plan.PlanOptions(TODAY, 3, List.of(dev.fridgechef.recipe.MealType.BREAKFAST,
                dev.fridgechef.recipe.MealType.LUNCH, dev.fridgechef.recipe.MealType.DINNER), false));
        // a page made but not yet loaded (the state the person sees while the store is read)
        javafx.scene.Node fresh = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> new PlanView(session).root()).get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(fresh.lookup("#plan-empty").isVisible()).as("no 'no plan yet' while the stored plan is read").isFalse();
        assertThat(fresh.lookup("#plan-loading").isVisible()).isTrue();
        robot.clickOn("#nav-plan");
        waitFor(() -> robot.lookup(".meal-card").queryAll().size() == 9);
        assertThat(visible(robot, "#plan-empty")).isFalse();
        assertThat(visible(robot, "#plan-loading")).isFalse();
    }

    /** Looked up on the FX thread, which may be building the page meanwhile. */
    private static boolean visible(FxRobot robot, String id) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).query().isVisible()).get(5, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void generateShowsEveryDayAndMealWithRealRecipes(FxRobot robot) throws Exception {
        generate(robot);
        Set<String> titles = session.app().recipes().library().all().stream().map(f -> f.recipe().title(false)).collect(Collectors.toSet());
        for (int d = 0; d < 3; d++) {
            for (String meal : new String[] {"breakfast", "lunch", "dinner"}) assertThat(titles).contains(title(robot, d + "-" + meal));
        }
        assertThat(robot.lookup("#plan-source").queryAs(Label.class).getText()).contains("offline planner");
        assertThat(robot.lookup("#plan-empty").query().isVisible()).isFalse();
        assertThat(robot.lookup("#energy-chart").tryQuery()).isPresent();
    }

    @Test
    void regeneratingAMealChangesItsCardAndTheStoredPlan(FxRobot robot) throws Exception {
        generate(robot);
        closeNotes(robot);
        String before = title(robot, "1-lunch");
        robot.clickOn("#meal-regenerate-1-lunch");
        waitFor(() -> !title(robot, "1-lunch").isEmpty() && !title(robot, "1-lunch").equals(before));
        String after = title(robot, "1-lunch");
        StoredPlan stored = session.app().plans().covering(TODAY).orElseThrow();
        assertThat(stored.plan().plan().get(1).meals().stream().filter(m -> m.meal().key().equals("lunch")).findFirst().orElseThrow().titleEn())
                .isEqualTo(after);
        assertThat(robot.lookup("#plan-regenerated").tryQuery()).isPresent();
    }

    @Test
    void markingAMealCookedTakesItOutOfTheStock(FxRobot robot) throws Exception {
        generate(robot);
        closeNotes(robot);
        double before = stockGrams();
        robot.clickOn("#meal-cooked-0-lunch");
        waitFor(() -> robot.lookup("#plan-cooked").tryQuery().isPresent());
        assertThat(stockGrams()).isLessThan(before - 10);
        assertThat(robot.lookup("#meal-0-lunch").query().getStyleClass()).contains("cooked");
        assertThat(robot.lookup("#meal-cooked-0-lunch").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#plan-cooked").queryAs(Message.class).getDescription()).contains("Taken from stock");
    }
}
