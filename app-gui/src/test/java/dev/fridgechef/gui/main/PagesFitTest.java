package dev.fridgechef.gui.main;

import dev.fridgechef.demo.SampleData;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.TestSessions;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.recipe.MealType;
import javafx.scene.control.TableView;
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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page at the smallest window the app allows (960×640) and at the usual laptop size (1280×800,
 * where a table shows more rows), in Russian (the longer language), on the sample fridge, profile and
 * a 3-day plan: nothing is cut off ({@link FitCheck}).
 */
@ExtendWith(ApplicationExtension.class)
class PagesFitTest {
    private static final int[][] SIZES = {{960, 640}, {1280, 800}};
    @TempDir
    static Path dir;
    private GuiSession session;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = TestSessions.open(dir.resolve("fit-" + System.nanoTime()));
        session.app().profiles().update(SampleData.profile());
        SampleData.fridge().forEach(session.app().inventory()::add);
        session.app().plans().plan(new PlanOptions(LocalDate.of(2026, 11, 25), 3,
                List.of(MealType.BREAKFAST, MealType.LUNCH, MealType.DINNER, MealType.SNACK), true));
        session.changePreferences(p -> p.withLanguage("ru"));
        window = new MainWindow(session, stage);
        window.show();
    }

    @AfterEach
    void close() throws Exception {
        session.close();
        FitCheck.restoreDefaultSize(stage);
    }

    @Test
    void noTextIsCutOffOnAnyPageInRussian(FxRobot robot) throws Exception {
        List<String> clipped = new ArrayList<>();
        for (int[] size : SIZES) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            String at = " at " + size[0] + "×" + size[1];
            for (Section section : Section.values()) {
                robot.interact(() -> window.show(section));
                clipped.addAll(FitCheck.cutOff(stage, section.name() + at));
            }
            // the items that keep longest (next year's dates, the longest expiry texts) are at the end of the stock
            robot.interact(() -> {
                window.show(Section.FRIDGE);
                TableView<?> stock = (TableView<?>) stage.getScene().lookup("#stock-table");
                stock.scrollTo(stock.getItems().size() - 1);
            });
            clipped.addAll(FitCheck.cutOff(stage, "FRIDGE (its end)" + at));
            robot.interact(() -> window.show(Section.RECIPES));
            robot.clickOn("#recipes-cook-now");
            clipped.addAll(FitCheck.cutOff(stage, "RECIPES (cook now)" + at));
            robot.clickOn("#recipes-cook-now");
        }
        assertThat(clipped).as("texts cut off in Russian").isEmpty();
    }
}
