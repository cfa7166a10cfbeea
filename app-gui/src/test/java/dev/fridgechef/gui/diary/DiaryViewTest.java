package dev.fridgechef.gui.diary;

import dev.fridgechef.gui.FxWait;
import dev.fridgechef.analysis.DayAnalysis;
import dev.fridgechef.analysis.Eaten;
import dev.fridgechef.analysis.OfflineSummary;
import dev.fridgechef.analysis.SessionAnalysis;
import dev.fridgechef.analysis.SessionAnalysisRenderer;
import dev.fridgechef.demo.SampleData;
import dev.fridgechef.diary.LoggedEntry;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.TestSessions;
import dev.fridgechef.gui.main.MainWindow;
import dev.fridgechef.gui.main.Section;
import dev.fridgechef.recipe.MealType;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** The Diary page over a store with the sample profile and one logged food (clock at 2026-11-25 10:00). */
@ExtendWith(ApplicationExtension.class)
class DiaryViewTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    @TempDir
    static Path dir;
    private GuiSession session;
    private LoggedEntry bread;

    @Start
    void start(Stage stage) {
        session = TestSessions.open(dir.resolve("diary-" + System.nanoTime()));
        session.app().profiles().update(SampleData.profile());
        bread = session.app().diary().ate("apple 200 g", null, null, TODAY.atTime(8, 30), MealType.BREAKFAST, 100);
        MainWindow window = new MainWindow(session, stage);
        window.show();
        window.show(Section.DIARY);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void addingAFoodChangesTheDayTotal(FxRobot robot) throws Exception {
        String energy = session.text("diaryview.total.of", DiaryFormat.number(session, energyOfDay(), 0),
                DiaryFormat.number(session, session.app().diary().targets().orElseThrow().energy(), 0), session.text("diaryview.unit.kcal"));
        waitFor(() -> totalEnergy(robot).equals(energy));

        robot.interact(() -> robot.lookup("#diary-meal").queryAs(javafx.scene.control.ChoiceBox.class).setValue(MealType.LUNCH));
        robot.clickOn("#diary-food").write("banana");
        robot.clickOn("#diary-food-grams").write("120");
        robot.clickOn("#diary-add-food");

        waitFor(() -> session.app().diary().day(TODAY).entryCount() == 2);
        double after = energyOfDay();
        String expected = session.text("diaryview.total.of", DiaryFormat.number(session, after, 0),
                DiaryFormat.number(session, session.app().diary().targets().orElseThrow().energy(), 0), session.text("diaryview.unit.kcal"));
        waitFor(() -> totalEnergy(robot).equals(expected));
        assertThat(after).isGreaterThan(energyOf(bread));
        assertThat(session.app().diary().day(TODAY).sessions()).extracting(s -> s.session().meal()).containsExactly(MealType.BREAKFAST, MealType.LUNCH);
        assertThat(robot.lookup("#diary-food").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void theEatenSliderChangesTheEntryAndUndoBringsItBack(FxRobot robot) throws Exception {
        long id = bread.entry().id();
        String whole = DiaryFormat.kcal(session, energyOf(bread));
        waitFor(() -> entryEnergy(robot, id).equals(whole));

        Slider slider = robot.lookup("#diary-entry-" + id + " .diary-eaten").queryAs(Slider.class);
        // what the slider's skin does when the thumb is dragged and let go
        robot.interact(() -> {
            slider.setValueChanging(true);
            slider.setValue(50);
            slider.setValueChanging(false);
        });

        waitFor(() -> session.app().diary().entry(id).entry().eatenPercent() == 50);
        String half = DiaryFormat.kcal(session, session.app().diary().entry(id).nutrients().getOrZero(Nutrient.ENERGY));
        waitFor(() -> entryEnergy(robot, id).equals(half));
        assertThat(half).isNotEqualTo(whole);

        robot.clickOn("#diary-undo");
        waitFor(() -> session.app().diary().entry(id).entry().eatenPercent() == 100);
        waitFor(() -> entryEnergy(robot, id).equals(whole));
        assertThat(robot.lookup("#diary-entry-" + id + " .diary-eaten").queryAs(Slider.class).getValue()).isEqualTo(100);
        assertThat(robot.lookup("#diary-status").queryAs(Label.class).getText()).contains("Undone");
    }

    @Test
    void gramsAreEditedInPlace(FxRobot robot) throws Exception {
        long id = bread.entry().id();
        waitFor(() -> robot.lookup("#diary-entry-" + id + " .diary-grams").tryQuery().isPresent());
        TextField grams = robot.lookup("#diary-entry-" + id + " .diary-grams").queryAs(TextField.class);
        assertThat(grams.getText()).isEqualTo("200");
        robot.doubleClickOn(grams).eraseText(5).write("100").type(javafx.scene.input.KeyCode.ENTER);

        waitFor(() -> session.app().diary().entry(id).entry().servedGrams() == 100);
        String energy = DiaryFormat.kcal(session, session.app().diary().entry(id).nutrients().getOrZero(Nutrient.ENERGY));
        waitFor(() -> entryEnergy(robot, id).equals(energy));
    }

    @Test
    void closingTheDayShowsTheAnalysisWithTheAnalyzersNumbers(FxRobot robot) throws Exception {
        waitFor(() -> !robot.lookup("#diary-close-day").query().isDisabled());
        robot.clickOn("#diary-close-day");
        waitFor(() -> robot.lookup("#analysis-table").tryQuery().isPresent());

        List<Eaten> eaten = session.app().diary().eatenFoods(TODAY).stream().map(f -> new Eaten(f.food().id(), f.grams(), f.dish())).toList();
        DayAnalysis expected = session.app().dayAnalyzer().analyze(session.app().profiles().get(), TODAY, eaten);
        @SuppressWarnings("unchecked")
        TableView<DayAnalysis.NutrientResult> table = robot.lookup("#analysis-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(expected.nutrients().size());
        for (int i = 0; i < expected.nutrients().size(); i++) {
            DayAnalysis.NutrientResult want = expected.nutrients().get(i);
            DayAnalysis.NutrientResult shown = table.getItems().get(i);
            assertThat(shown.nutrient()).isEqualTo(want.nutrient());
            assertThat(shown.amount()).as(want.nutrient().name()).isEqualTo(want.amount());
            assertThat(shown.status()).as(want.nutrient().name()).isEqualTo(want.status());
        }
        assertThat(expected.withStatus(DayAnalysis.Status.LOW)).isNotEmpty();
        assertThat(robot.lookup("#analysis-summary").queryAs(Label.class).getText()).isEqualTo(OfflineSummary.text(expected, session.messages()));
        assertThat(robot.lookup("#analysis-supplements").tryQuery()).isPresent();
        // no provider: no AI narrative is attempted
        assertThat(robot.lookup("#analysis-narrative").tryQuery()).isEmpty();
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w.getScene().lookup("#diary-analysis") != null).forEach(Window::hide));
    }

    @Test
    void closingAMealShowsItsAnalysisAgainstItsShareAndTheRestOfTheDay(FxRobot robot) throws Exception {
        long id = bread.session().id();
        // the day has loaded (its total shown) before the meal's button is clicked: a click while it loads is lost
        String energy = session.text("diaryview.total.of", DiaryFormat.number(session, energyOfDay(), 0),
                DiaryFormat.number(session, session.app().diary().targets().orElseThrow().energy(), 0), session.text("diaryview.unit.kcal"));
        waitFor(() -> totalEnergy(robot).equals(energy) && robot.lookup("#diary-close-session-" + id).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#diary-close-session-" + id);
        waitFor(() -> robot.lookup("#analysis-table").tryQuery().isPresent());

        SessionAnalysis expected = session.app().dayClosing().closeSession(id);
        @SuppressWarnings("unchecked")
        TableView<DayAnalysis.NutrientResult> table = robot.lookup("#analysis-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(DayAnalysis.NutrientResult::nutrient).containsExactlyElementsOf(SessionAnalysis.MEAL_NUTRIENTS);
        for (int i = 0; i < table.getItems().size(); i++) {
            DayAnalysis.NutrientResult want = expected.session().nutrients().get(i);
            DayAnalysis.NutrientResult shown = table.getItems().get(i);
            assertThat(shown.amount()).as(want.nutrient().name()).isEqualTo(want.amount());
            assertThat(shown.reference().amount()).as(want.nutrient().name()).isEqualTo(want.reference().amount());
            assertThat(shown.status()).as(want.nutrient().name()).isEqualTo(want.status());
        }
        // breakfast is judged against a quarter of the day's energy target
        assertThat(table.getItems().get(0).reference().amount())
                .isCloseTo(0.25 * session.app().diary().targets().orElseThrow().energy(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(robot.lookup("#analysis-summary").queryAs(Label.class).getText()).isEqualTo(SessionAnalysisRenderer.summary(expected, session.messages()));
        javafx.scene.layout.VBox rest = robot.lookup("#analysis-rest").queryAs(javafx.scene.layout.VBox.class);
        assertThat(rest.getChildren()).hasSize(expected.restOfDay().size());
        assertThat(((Label) rest.getChildren().get(0)).getText()).startsWith(SessionAnalysisRenderer.left(expected.restOfDay().get(0), session.messages()));
        // supplements and the AI note are the day's
        assertThat(robot.lookup("#analysis-supplements").tryQuery()).isEmpty();
        assertThat(robot.lookup("#analysis-narrative").tryQuery()).isEmpty();
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w.getScene().lookup("#diary-analysis") != null).forEach(Window::hide));
    }

    private double energyOfDay() {
        return session.app().diary().day(TODAY).total().getOrZero(Nutrient.ENERGY);
    }

    private static double energyOf(LoggedEntry e) {
        return e.nutrients().getOrZero(Nutrient.ENERGY);
    }

    private static String totalEnergy(FxRobot robot) {
        return robot.lookup("#diary-total-energy").tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static String entryEnergy(FxRobot robot, long id) {
        return robot.lookup("#diary-entry-" + id + " .diary-entry-energy").tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        FxWait.until(30, condition); // closing a meal analyses it on a worker: slow on a loaded machine
        WaitForAsyncUtils.waitForFxEvents();
    }
}
