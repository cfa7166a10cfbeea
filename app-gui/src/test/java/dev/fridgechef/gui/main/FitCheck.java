package dev.fridgechef.gui.main;

import dev.fridgechef.gui.FxWait;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page shows cut off: a label, button, check box, header or cell whose text ends in an
 * ellipsis, or a control running off the right edge of the window outside what scrolls (tables,
 * lists, tab panes and scroll panes).
 */
final class FitCheck {
    private FitCheck() {
    }

    /** What is cut off on the page {@code stage} shows, once it has loaded; fails when the page shows too few texts to tell. */
    /** Gives the test stage, which the test classes that run after this one share, back its usual size. */
    static void restoreDefaultSize(Stage stage) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(MainWindow.defaultSize().getWidth());
            stage.setHeight(MainWindow.defaultSize().getHeight());
        }).get();
    }

    static List<String> cutOff(Stage stage, String page) throws Exception {
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

    static String name(Node node) {
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
