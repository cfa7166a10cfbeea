package dev.fridgechef.gui.main;

import dev.fridgechef.demo.SampleData;
import dev.fridgechef.gui.FxWait;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.TestSessions;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.recipe.MealType;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
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
 * Every page at the smallest window the app allows (960×640), in Russian (the longer language), on
 * the sample fridge, profile and a 3-day plan: no label, button, check box, header or cell shows
 * its text cut off with an ellipsis, and no control runs off the right edge of the window (outside
 * what scrolls: tables, lists and scroll panes).
 */
@ExtendWith(ApplicationExtension.class)
class PagesFitTest {
    static final double WIDTH = 960;
    static final double HEIGHT = 640;
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
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
    }

    @AfterEach
    void close() throws Exception {
        session.close();
        // the test stage is shared by the test classes that run after this one: give it back its usual size
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(MainWindow.defaultSize().getWidth());
            stage.setHeight(MainWindow.defaultSize().getHeight());
        }).get();
    }

    @Test
    void noTextIsCutOffOnAnyPageAtTheSmallestSizeInRussian(FxRobot robot) throws Exception {
        List<String> clipped = new ArrayList<>();
        for (Section section : Section.values()) {
            robot.interact(() -> window.show(section));
            clipped.addAll(check(section.name()));
        }
        robot.interact(() -> window.show(Section.RECIPES));
        robot.clickOn("#recipes-cook-now");
        clipped.addAll(check("RECIPES (cook now)"));
        assertThat(clipped).as("texts cut off at %.0f×%.0f in Russian", WIDTH, HEIGHT).isEmpty();
    }

    /** What is cut off on the page shown, once it has loaded; fails when the page shows too few texts to tell. */
    private List<String> check(String page) throws Exception {
        FxWait.until(20, () -> !busy(stage.getScene().getRoot()));
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> {
            Parent root = stage.getScene().getRoot();
            root.applyCss();
            root.layout();
            List<String> found = new ArrayList<>();
            int texts = collect(root, page, stage.getScene().getWidth(), false, found);
            assertThat(texts).as("texts checked on " + page).isGreaterThanOrEqualTo(10);
            return found;
        }).get();
    }

    /** Whether a page still shows a loading spinner. */
    private static boolean busy(Node node) {
        if (!node.isVisible()) return false;
        if (node instanceof javafx.scene.control.ProgressIndicator p && p.isIndeterminate()) return true;
        if (node instanceof Parent parent) for (Node child : parent.getChildrenUnmodifiable()) if (busy(child)) return true;
        return false;
    }

    /** Adds what is cut off under {@code node} to {@code found}; returns how many texts were checked. */
    private static int collect(Node node, String page, double sceneWidth, boolean scrolls, List<String> found) {
        if (!node.isVisible()) return 0;
        int texts = 0;
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            texts++;
            String shown = shownText(labeled);
            if (shown != null && !shown.equals(labeled.getText())) {
                found.add(page + ": " + name(labeled) + " \"" + labeled.getText() + "\" shown as \"" + shown + "\" (width "
                        + Math.round(labeled.getWidth()) + ")");
            }
        }
        if (!scrolls && node instanceof javafx.scene.control.Control && node.localToScene(node.getLayoutBounds()).getMaxX() > sceneWidth + 1) {
            found.add(page + ": " + name(node) + " runs off the right edge (to x " + Math.round(node.localToScene(node.getLayoutBounds()).getMaxX()) + ")");
        }
        boolean inside = scrolls || node instanceof javafx.scene.control.ScrollPane || node instanceof javafx.scene.control.TableView
                || node instanceof javafx.scene.control.ListView || node instanceof javafx.scene.control.TabPane;
        if (node instanceof Parent parent) for (Node child : parent.getChildrenUnmodifiable()) texts += collect(child, page, sceneWidth, inside, found);
        return texts;
    }

    private static String name(Node node) {
        String text = node instanceof Labeled l ? " \"" + l.getText() + "\"" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + text;
    }

    /** The text the label's skin draws, or null when it draws none. */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) return text.getText();
        }
        return null;
    }
}
