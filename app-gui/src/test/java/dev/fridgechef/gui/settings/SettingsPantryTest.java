package dev.fridgechef.gui.settings;

import dev.fridgechef.gui.FxWait;
import dev.fridgechef.demo.SampleData;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.TestSessions;
import dev.fridgechef.gui.main.MainWindow;
import dev.fridgechef.gui.main.Section;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.plan.Pantry;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.recipe.MealType;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
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
import java.text.Collator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** "Staples I always have" in Settings: listed in the shown language, add, remove, reset, used by the next plan. */
@ExtendWith(ApplicationExtension.class)
class SettingsPantryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    @TempDir
    static Path dir;
    private GuiSession session;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        session = TestSessions.open(dir.resolve("pantry-" + System.nanoTime()));
        session.app().profiles().update(SampleData.profile());
        for (ItemDraft d : SampleData.fridge()) session.app().inventory().add(d);
        window = new MainWindow(session, stage);
        window.show();
        window.show(Section.SETTINGS);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        FxWait.until(15, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> shown(FxRobot robot) {
        return robot.lookup("#settings-pantry-list").queryAs(FlowPane.class).getChildren().stream()
                .map(n -> ((Label) ((HBox) n).getChildren().get(0)).getText()).toList();
    }

    private static List<String> shownIds(FxRobot robot) {
        return robot.lookup("#settings-pantry-list").queryAs(FlowPane.class).getChildren().stream()
                .map(n -> ((Pantry.Staple) n.getUserData()).foodId()).toList();
    }

    @Test
    void theStaplesAreListedSortedAndAddRemoveAndResetGoThroughThePantry(FxRobot robot) throws Exception {
        waitFor(() -> shown(robot).size() == Pantry.DEFAULTS.size());
        Collator english = Collator.getInstance(Locale.ENGLISH);
        english.setStrength(Collator.SECONDARY);
        assertThat(shown(robot)).contains("salt", "black pepper").isSortedAccordingTo(english::compare);
        assertThat(robot.lookup("#settings-pantry-count").queryAs(Label.class).getText()).isEqualTo("Staples: " + Pantry.DEFAULTS.size());

        robot.clickOn("#settings-pantry-name").write("honey");
        robot.clickOn("#settings-pantry-add");
        waitFor(() -> shown(robot).contains("honey"));
        String honey = session.app().foods().search().resolve("honey").orElseThrow().id();
        assertThat(session.app().pantry().ids()).contains(honey);
        assertThat(shown(robot)).isSortedAccordingTo(english::compare);
        assertThat(robot.lookup("#settings-pantry-name").queryTextInputControl().getText()).isEmpty();

        robot.clickOn("#pantry-remove-02047"); // salt
        waitFor(() -> !shownIds(robot).contains("02047"));
        assertThat(session.app().pantry().ids()).doesNotContain("02047").contains(honey);

        robot.clickOn("#settings-pantry-reset");
        waitFor(() -> shownIds(robot).contains("02047") && !shownIds(robot).contains(honey));
        assertThat(session.app().pantry().ids()).isEqualTo(Pantry.DEFAULT_STAPLES);
    }

    @Test
    void inRussianTheStaplesHaveRussianNamesInRussianOrder(FxRobot robot) throws Exception {
        robot.interact(() -> session.changePreferences(p -> p.withLanguage("ru")));
        waitFor(() -> shown(robot).size() == Pantry.DEFAULTS.size());
        Collator russian = Collator.getInstance(Locale.forLanguageTag("ru"));
        russian.setStrength(Collator.SECONDARY);
        assertThat(shown(robot)).contains("соль", "мука").isSortedAccordingTo(russian::compare);
        assertThat(robot.lookup("#settings-pantry-reset").queryButton().getText()).isEqualTo("Вернуть по умолчанию");
    }

    @Test
    void aFoodAddedAsAStapleLeavesTheNextPlansShoppingList(FxRobot robot) throws Exception {
        var meals = List.of(MealType.BREAKFAST, MealType.LUNCH, MealType.DINNER);
        MealPlan before = session.app().plans().plan(new PlanOptions(TODAY, 3, meals, true)).plan();
        assertThat(before.shopping()).isNotEmpty();
        MealPlan.ShoppingItem bought = before.shopping().get(0);
        waitFor(() -> shown(robot).size() == Pantry.DEFAULTS.size());
        robot.clickOn("#settings-pantry-name").write(bought.foodId()); // a food id is a name the pantry takes too: exactly that food
        robot.clickOn("#settings-pantry-add");
        waitFor(() -> shownIds(robot).contains(bought.foodId()));
        MealPlan after = session.app().plans().plan(new PlanOptions(TODAY, 3, meals, true)).plan();
        assertThat(after.shopping()).extracting(MealPlan.ShoppingItem::foodId).doesNotContain(bought.foodId());
    }
}
