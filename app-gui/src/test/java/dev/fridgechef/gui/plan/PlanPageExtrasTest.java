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
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The shopping list, the AI plan job and the recipe dialog. */
class PlanPageExtrasTest extends PlanPageFixture {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aTickedShoppingLineStaysTickedAfterARefresh(FxRobot robot) throws Exception {
        generate(robot);
        robot.interact(() -> robot.lookup("#plan-tabs").queryAs(TabPane.class).getSelectionModel().select(2));
        CheckBox first = robot.lookup("#plan-shopping .check-box").queryAs(CheckBox.class);
        String id = first.getId();
        robot.clickOn(first);
        long planId = session.app().plans().covering(TODAY).orElseThrow().id();
        waitFor(() -> session.app().planMarks().checkedShopping(planId).contains(id.substring("shop-".length())));
        robot.clickOn("#nav-fridge");
        robot.clickOn("#nav-plan");
        waitFor(() -> robot.lookup("#" + id).queryAs(CheckBox.class) != first);
        assertThat(robot.lookup("#" + id).queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#plan-shopping-left").queryAs(Label.class).getText()).startsWith(
                (robot.lookup("#plan-shopping .check-box").queryAll().size() - 1) + " of");
    }

    @Test
    void theToolbarAndDayHeadersReflectThePlanShown(FxRobot robot) throws Exception {
        var lunchAndDinner = java.util.List.of(dev.fridgechef.recipe.MealType.LUNCH, dev.fridgechef.recipe.MealType.DINNER);
        StoredPlan stored = session.app().plans().plan(new dev.fridgechef.plan.PlanOptions(TODAY, 2, lunchAndDinner, true));
        robot.clickOn("#nav-plan");
        waitFor(() -> robot.lookup(".meal-card").queryAll().size() == 4);
        assertThat(robot.lookup("#plan-days").queryAs(javafx.scene.control.Spinner.class).getValue()).isEqualTo(2);
        assertThat(robot.lookup("#plan-meal-breakfast").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(robot.lookup("#plan-meal-lunch").queryAs(CheckBox.class).isSelected()).isTrue();
        var day = stored.plan().plan().get(0);
        assertThat(robot.lookup("#day-0-energy").queryAs(Label.class).getText())
                .isEqualTo(Math.round(day.energy()) + " of " + Math.round(stored.plan().energyTarget()) + " kcal");
        assertThat(robot.lookup("#day-0-protein").queryAs(Label.class).getText())
                .isEqualTo("protein " + Math.round(day.protein()) + " of " + Math.round(stored.plan().proteinTarget()) + " g");
    }

    @Test
    void theShoppingListIsGroupedByShopSectionInShopOrderAndSortedByName(FxRobot robot) throws Exception {
        generate(robot);
        robot.interact(() -> robot.lookup("#plan-tabs").queryAs(TabPane.class).getSelectionModel().select(2));
        var lines = robot.lookup(".shopping-lines").queryAs(javafx.scene.layout.VBox.class).getChildren();
        assertThat(lines.get(0).getId()).startsWith("shop-section-");
        java.util.List<dev.fridgechef.plan.ShopSection> order = new java.util.ArrayList<>();
        java.util.List<String> names = new java.util.ArrayList<>();
        java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.ENGLISH);
        collator.setStrength(java.text.Collator.SECONDARY);
        for (var node : lines) {
            if (node.getUserData() instanceof dev.fridgechef.plan.ShopSection section) {
                assertThat(names).isSortedAccordingTo(collator::compare);
                names.clear();
                order.add(section);
            } else if (node.getUserData() instanceof dev.fridgechef.plan.MealPlan.ShoppingItem item) {
                names.add(item.nameEn());
                var food = session.app().foods().byId(item.foodId()).orElseThrow();
                assertThat(dev.fridgechef.plan.ShopSection.of(food)).isEqualTo(order.get(order.size() - 1));
            }
        }
        assertThat(order).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void theAiPlanWithoutAProviderIsTheOfflinePlanWithANote(FxRobot robot) throws Exception {
        robot.clickOn("#nav-plan");
        waitFor(() -> robot.lookup("#plan-empty").query().isVisible());
        robot.clickOn("#plan-generate-ai");
        waitFor(() -> robot.lookup("#plan-note").tryQuery().isPresent() && robot.lookup(".meal-card").queryAll().size() == 9);
        assertThat(robot.lookup("#plan-note").queryAs(Message.class).getDescription()).contains("No AI provider configured");
        assertThat(robot.lookup("#ai-plan-dialog").tryQuery()).isEmpty();
        assertThat(session.app().jobs().list(1).get(0).status().name()).isEqualTo("DONE");
    }

    @Test
    void aCardOpensItsRecipeScaledToThePortion(FxRobot robot) throws Exception {
        generate(robot);
        StoredPlan stored = session.app().plans().covering(TODAY).orElseThrow();
        var meal = stored.plan().plan().get(0).meals().get(0);
        RecipeFacts facts = session.app().recipes().library().byId(meal.recipeId()).orElseThrow();
        robot.clickOn("#meal-title-0-" + meal.meal().key());
        waitFor(() -> robot.lookup("#recipe-details").tryQuery().isPresent());
        // nutrition per serving, as the recipe list shows it; the ingredients are for the meal's servings
        long kcal = Math.round(facts.energyPerServing());
        assertThat(robot.lookup("#recipe-nutrient-energy").queryAs(Label.class).getText()).isEqualTo(kcal + " kcal");
        String firstAmount = amounts(robot).get(0);
        assertThat(firstAmount).endsWith(Math.round(facts.gramsFor(0, meal.servings())) + " g");
        Node steps = robot.lookup("#recipe-steps").query();
        assertThat(((javafx.scene.layout.VBox) steps).getChildren()).hasSize(Math.max(1, facts.recipe().steps().en().size()));
        robot.interact(() -> robot.lookup("#recipe-servings").queryAs(javafx.scene.control.Spinner.class).getValueFactory()
                .setValue(meal.servings() * 2));
        assertThat(robot.lookup("#recipe-nutrient-energy").queryAs(Label.class).getText()).isEqualTo(kcal + " kcal");
        assertThat(amounts(robot).get(0)).endsWith(Math.round(facts.gramsFor(0, meal.servings() * 2)) + " g");
        robot.interact(() -> robot.lookup("#recipe-details").query().getScene().getWindow().hide());
    }

    /** The amount shown on each ingredient row of the open recipe ("4.5 pcs · 198 g", "120 g"). */
    private static java.util.List<String> amounts(FxRobot robot) {
        return robot.lookup(".ingredient-row").queryAll().stream()
                .map(row -> ((javafx.scene.layout.HBox) row).getChildren().get(((javafx.scene.layout.HBox) row).getChildren().size() - 1))
                .map(n -> ((Label) n).getText()).toList();
    }
}
