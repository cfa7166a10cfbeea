package dev.fridgechef.gui.plan;

import dev.fridgechef.gui.FxWait;
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
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The Plan page in a main window over a store with the sample profile and fridge (clock at 2026-11-25). */
@ExtendWith(ApplicationExtension.class)
abstract class PlanPageFixture {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    static Path dir;
    GuiSession session;

    /** Called from each class's own @Start (TestFX does not look for it in a superclass). */
    void open(Stage stage) {
        session = TestSessions.open(dir.resolve("plan-" + System.nanoTime()));
        session.app().profiles().update(SampleData.profile());
        for (ItemDraft d : SampleData.fridge()) session.app().inventory().add(d);
        new MainWindow(session, stage).show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        FxWait.until(15, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the Plan page and makes the offline plan (3 days × breakfast, lunch, dinner). */
    void generate(FxRobot robot) throws Exception {
        robot.clickOn("#nav-plan");
        waitFor(() -> robot.lookup("#plan-empty").query().isVisible());
        robot.clickOn("#plan-generate");
        waitFor(() -> robot.lookup(".meal-card").queryAll().size() == 9);
    }

    /** Closes the notes shown after generating, as a person does to see more of the meals. */
    static void closeNotes(FxRobot robot) throws Exception {
        for (var close : robot.lookup(".message > .close-button").queryAll()) robot.clickOn(close);
        waitFor(() -> robot.lookup(".message").queryAll().isEmpty());
    }

    static String title(FxRobot robot, String slot) {
        // the grid is rebuilt on the FX thread while the test thread looks: a missing card reads as no title yet
        return robot.lookup("#meal-title-" + slot).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    double stockGrams() {
        return session.app().inventory().list().stream().mapToDouble(e -> e.grams() == null ? 0 : e.grams()).sum();
    }
}
