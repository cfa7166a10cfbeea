package dev.fridgechef.gui.diary;

import dev.fridgechef.gui.FxWait;
import dev.fridgechef.demo.SampleData;
import dev.fridgechef.diary.DiaryService;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.TestSessions;
import dev.fridgechef.gui.main.MainWindow;
import dev.fridgechef.gui.main.Section;
import dev.fridgechef.insights.Insights;
import dev.fridgechef.recipe.MealType;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
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
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Insights dialog of the Diary page over a diary written through the core (clock at 2026-11-25 10:00). */
@ExtendWith(ApplicationExtension.class)
class InsightsDialogTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    @TempDir
    static Path dir;
    private GuiSession session;

    @Start
    void start(Stage stage) {
        session = TestSessions.open(dir.resolve("insights-" + System.nanoTime()));
        session.app().profiles().update(SampleData.profile());
        MainWindow window = new MainWindow(session, stage);
        window.show();
        window.show(Section.DIARY);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void showsTheSameFiguresAsTheInsightsService(FxRobot robot) throws Exception {
        DiaryService diary = session.app().diary();
        for (int i = 0; i < 20; i++) {
            LocalDate day = TODAY.minusDays(i);
            if (i % 4 != 0) diary.ate("apple 200 g", null, null, day.atTime(7 + i % 3, 15), MealType.BREAKFAST, 100);
            diary.ate("rice 150 g", null, "Rice bowl", day.atTime(13, 0), MealType.LUNCH, i % 2 == 0 ? 40 : 60);
            diary.ate("chicken breast 150 g", null, null, day.atTime(19, 30), MealType.DINNER, 100);
        }
        Insights expected = session.app().insights().insights(Insights.DEFAULT_WEEKS);
        assertThat(expected.enoughData()).isTrue();
        assertThat(expected.unfinished()).isNotEmpty();
        assertThat(expected.adherence()).isNotEmpty();

        robot.clickOn("#diary-insights");
        waitFor(() -> robot.lookup("#insights-breakfast").tryQuery().isPresent());

        Insights.MealHabit b = expected.breakfast();
        String breakfast = robot.lookup("#insights-breakfast").queryAs(Label.class).getText();
        assertThat(breakfast).isEqualTo(session.text("insights.breakfast", b.days(), expected.loggedDays(), InsightsDialog.percent(b.share()),
                b.median().toString(), b.earliest().toString(), b.latest().toString(), b.spreadMinutes()));
        assertThat(breakfast).contains(InsightsDialog.percent(b.share()));
        Insights.MealHabit lunch = expected.meals().get(MealType.LUNCH.ordinal());
        assertThat(robot.lookup("#insights-meal-" + MealType.LUNCH.key()).queryAs(Label.class).getText())
                .isEqualTo(session.text("insights.days.of", lunch.days(), expected.loggedDays(), InsightsDialog.percent(lunch.share())));

        @SuppressWarnings("unchecked")
        BarChart<String, Number> chart = robot.lookup("#insights-adherence").queryAs(BarChart.class);
        List<XYChart.Data<String, Number>> logged = chart.getData().get(0).getData();
        List<XYChart.Data<String, Number>> onTarget = chart.getData().get(1).getData();
        assertThat(logged).hasSize(expected.adherence().size());
        for (int i = 0; i < logged.size(); i++) {
            assertThat(logged.get(i).getYValue().intValue()).isEqualTo(expected.adherence().get(i).loggedDays());
            assertThat(onTarget.get(i).getYValue().intValue()).isEqualTo(expected.adherence().get(i).onTarget());
        }

        Insights.Unfinished rice = expected.unfinished().getFirst();
        List<String> unfinished = robot.lookup("#insights-unfinished").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertThat(unfinished).contains(session.text("insights.unfinished.item", rice.label(false),
                DiaryFormat.number(session, rice.meanPercent(), 0), rice.logs()));
        assertThat(robot.lookup("#insights-portions").queryAs(Label.class).getText())
                .isEqualTo(session.text("insights.portions", DiaryFormat.number(session, expected.medianEatenPercent(), 0)));
        assertThat(robot.lookup("#insights-notenough").tryQuery()).isEmpty();

        // choosing another period reads the service again for it
        Insights four = session.app().insights().insights(4);
        robot.interact(() -> robot.lookup("#insights-weeks").queryAs(javafx.scene.control.ChoiceBox.class).setValue(4));
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(session.messages().locale());
        String header = session.text("insights.header", four.from().format(day), four.to().format(day), four.loggedDays());
        waitFor(() -> robot.lookup("#insights-header").tryQuery().map(n -> ((Label) n).getText().equals(header)).orElse(false));
        @SuppressWarnings("unchecked")
        BarChart<String, Number> fourChart = robot.lookup("#insights-adherence").queryAs(BarChart.class);
        assertThat(fourChart.getData().get(0).getData()).hasSize(four.adherence().size());
    }

    @Test
    void tooLittleDataSaysSo(FxRobot robot) throws Exception {
        for (int i = 0; i < 3; i++) {
            session.app().diary().ate("apple 200 g", null, null, TODAY.minusDays(i).atTime(8, 0), MealType.BREAKFAST, 100);
        }
        robot.clickOn("#diary-insights");
        waitFor(() -> robot.lookup("#insights-notenough").tryQuery().isPresent());
        Node label = robot.lookup("#insights-notenough").query();
        assertThat(((Label) label).getText()).isEqualTo(session.text("insights.notenough", Insights.MIN_DAYS, 3));
        assertThat(robot.lookup("#insights-breakfast").tryQuery()).isEmpty();
        assertThat(robot.lookup("#insights-adherence").tryQuery()).isEmpty();
    }

    @Test
    void everyInsightsTextIsInEnglishAndRussian() throws Exception {
        java.util.Properties en = properties("messages.properties");
        java.util.Properties ru = properties("messages_ru.properties");
        List<String> keys = en.stringPropertyNames().stream().filter(k -> k.startsWith("insights.")).sorted().toList();
        assertThat(keys).hasSizeGreaterThan(30);
        assertThat(ru.stringPropertyNames().stream().filter(k -> k.startsWith("insights.")).sorted().toList()).isEqualTo(keys);
        for (String key : keys) {
            assertThat(ru.getProperty(key)).as(key).isNotBlank().matches("(?s).*[а-яА-ЯёЁ].*|[^A-Za-z]*");
        }
    }

    private static java.util.Properties properties(String name) throws Exception {
        java.util.Properties p = new java.util.Properties();
        try (var in = InsightsDialogTest.class.getResourceAsStream("/fridgechef/gui/diary/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        FxWait.until(15, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
