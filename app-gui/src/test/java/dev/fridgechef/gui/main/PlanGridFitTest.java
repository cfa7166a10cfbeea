package dev.fridgechef.gui.main;

import dev.fridgechef.demo.SampleData;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.TestSessions;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.plan.StoredPlan;
import dev.fridgechef.recipe.MealType;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Plan page with a 7-day plan of four meals a day (one of them cooked) from the smallest window
 * to a big screen, in both languages: nothing is cut off ({@link FitCheck}); the grid shows whole
 * days, the others a sideways scroll away behind a visible scroll bar; no card's buttons stick out
 * of it; and on a big screen every day is in view.
 */
@ExtendWith(ApplicationExtension.class)
class PlanGridFitTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final int DAYS = 7;
    @TempDir
    static Path dir;
    private GuiSession session;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = TestSessions.open(dir.resolve("grid-" + System.nanoTime()));
        session.app().profiles().update(SampleData.profile());
        SampleData.fridge().forEach(session.app().inventory()::add);
        StoredPlan plan = session.app().plans().plan(new PlanOptions(TODAY, DAYS,
                List.of(MealType.BREAKFAST, MealType.LUNCH, MealType.DINNER, MealType.SNACK), true));
        session.app().plannedCooking().cookPlanned(plan.id(), TODAY, MealType.LUNCH, null);
    }

    @AfterEach
    void close() throws Exception {
        session.close();
        FitCheck.restoreDefaultSize(stage);
    }

    @Test
    void aWeekFitsInRussian(FxRobot robot) throws Exception {
        assertThat(problems(robot, "ru")).isEmpty();
    }

    @Test
    void aWeekFitsInEnglish(FxRobot robot) throws Exception {
        assertThat(problems(robot, "en")).isEmpty();
    }

    private List<String> problems(FxRobot robot, String language) throws Exception {
        robot.interact(() -> {
            session.changePreferences(p -> p.withLanguage(language));
            MainWindow window = new MainWindow(session, stage);
            window.show();
            window.show(Section.PLAN);
        });
        List<String> found = new ArrayList<>();
        for (int[] size : new int[][] {{960, 640}, {1280, 800}, {1920, 1080}, {2560, 1440}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            String page = "PLAN " + language + " " + size[0] + "×" + size[1];
            found.addAll(FitCheck.cutOff(stage, page));
            found.addAll(WaitForAsyncUtils.asyncFx(() -> gridProblems(page, size[0] >= 1920)).get());
        }
        return found;
    }

    /** Days cut at the grid's edge, a hidden sideways scroll bar, buttons outside their card, days out of view on a big screen. */
    private List<String> gridProblems(String page, boolean allInView) {
        ScrollPane scroll = (ScrollPane) stage.getScene().lookup("#plan-grid-scroll");
        scroll.setHvalue(scroll.getHmin());
        stage.getScene().getRoot().layout();
        Bounds view = scroll.lookup(".viewport").localToScene(scroll.lookup(".viewport").getLayoutBounds());
        List<String> found = new ArrayList<>();
        List<Node> cards = List.copyOf(scroll.lookupAll(".meal-card"));
        assertThat(cards).as("cards on " + page).hasSize(DAYS * 4);
        boolean someOutOfView = false;
        for (Node card : cards) {
            Bounds b = card.localToScene(card.getLayoutBounds());
            boolean inView = b.getMaxX() <= view.getMaxX() + 1;
            someOutOfView |= !inView;
            if (inView != b.getMinX() < view.getMaxX()) found.add(page + ": " + card.getId() + " cut by the grid's right edge");
            if (allInView && !inView) found.add(page + ": " + card.getId() + " out of view");
            for (Node control : card.lookupAll(".button")) {
                Bounds c = control.localToScene(control.getLayoutBounds());
                if (control instanceof Control && (c.getMaxX() > b.getMaxX() + 1 || c.getMinX() < b.getMinX() - 1)) {
                    found.add(page + ": " + FitCheck.name(control) + " sticks out of " + card.getId());
                }
            }
        }
        boolean barShown = scroll.lookupAll(".scroll-bar").stream()
                .anyMatch(n -> n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
        if (someOutOfView && !barShown) found.add(page + ": days out of view and no sideways scroll bar");
        return found;
    }
}
