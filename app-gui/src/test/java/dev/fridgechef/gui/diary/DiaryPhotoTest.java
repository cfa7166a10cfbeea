package dev.fridgechef.gui.diary;

import dev.fridgechef.gui.FxWait;
import dev.fridgechef.demo.SampleData;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.TestSessions;
import dev.fridgechef.photo.PhotoDraft;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Adding by photo: without a provider the page points to adding by name; the draft dialog edits grams, drops rows and gives back the corrected draft. */
@ExtendWith(ApplicationExtension.class)
class DiaryPhotoTest {
    @TempDir
    static Path dir;
    private GuiSession session;
    private DiaryView view;

    @Start
    void start(Stage stage) {
        session = TestSessions.open(dir.resolve("photo-" + System.nanoTime()));
        session.app().profiles().update(SampleData.profile());
        view = new DiaryView(session);
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1200, 800));
        session.setOwner(stage);
        stage.show();
        view.refresh();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void withoutAProviderThePagePointsToAddingByName(FxRobot robot) {
        robot.interact(() -> view.recognize(dir.resolve("meal.jpg")));
        assertThat(robot.lookup("#diary-status").queryAs(Label.class).getText()).isEqualTo(session.text("diaryview.photo.noprovider"));
        assertThat(session.app().diary().day(DiaryViewTest.TODAY).entryCount()).isZero();
    }

    @Test
    void theDraftIsCorrectedBeforeItIsConfirmed(FxRobot robot) throws Exception {
        Food apple = session.app().diary().resolver().food("apple");
        PhotoDraft draft = new PhotoDraft("abc", "local/vision", false, true, List.of(new PhotoDraft.Dish("Fruit plate", "Фруктовая тарелка", List.of(
                new PhotoDraft.Item("apple", apple.id(), apple.displayName(false), apple.displayName(true), 150, apple.per100g().getOrZero(Nutrient.ENERGY)),
                new PhotoDraft.Item("dragon sauce", null, "dragon sauce", "dragon sauce", 30, 0)))));
        AtomicReference<PhotoDraftDialog> dialog = new AtomicReference<>();
        robot.interact(() -> {
            dialog.set(new PhotoDraftDialog(session, draft));
            dialog.get().show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#photo-total").queryAs(Label.class).getText()).contains(session.text("diaryview.photo.notcounted", 1));

        TableCell<?, ?> grams = robot.lookup("#photo-draft-table .table-cell").match((TableCell<?, ?> c) -> "150".equals(c.getText())).query();
        robot.doubleClickOn(grams).eraseText(5).write("200").type(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#photo-draft-table").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(1));
        robot.clickOn("#photo-remove");

        PhotoDraft expected = draft.withGrams(1, 200).without(2);
        FxWait.until(5, () -> table.getItems().size() == 1);
        assertThat(robot.lookup("#photo-total").queryAs(Label.class).getText())
                .isEqualTo(session.text("diaryview.photo.total", DiaryFormat.number(session, expected.energyKcal(), 0)));

        Button confirm = (Button) dialog.get().getDialogPane().lookupButton(dialog.get().getDialogPane().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow());
        robot.clickOn(confirm);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.get().getResult()).isEqualTo(expected);
        assertThat(PhotoDraftDialog.entry(dialog.get().getResult()).portions()).extracting(p -> p.grams()).containsExactly(200.0);
    }
}
