package dev.fridgechef.gui.plan;

import atlantafx.base.controls.Message;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.plan.StoredPlan;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After generating: the banners with the plan's substitutions, spoil notes and other warnings, the
 * "↔ cheddar" line on a substituted meal's card, and the household size from the toolbar's spinner.
 */
class PlanPageNoticesTest extends PlanPageFixture {
    @Start
    void start(Stage stage) {
        open(stage);
        // more meat expiring tomorrow than three days can eat, and a chicken cut the recipes do not name
        session.app().inventory().add(ItemDraft.of("chicken thighs", "2", "kg").withLocation("fridge").withExpires("+1d"));
        session.app().inventory().add(ItemDraft.of("ground beef 80/20", "1", "kg").withLocation("fridge").withExpires("+1d"));
    }

    @Test
    void theBannersListTheSubstitutionsAndSpoilNotesAndACardShowsItsSubstitute(FxRobot robot) throws Exception {
        generate(robot);
        StoredPlan stored = session.app().plans().covering(TODAY).orElseThrow();
        MealPlan plan = stored.plan();
        List<MealPlan.Substitution> subs = plan.plan().stream().flatMap(d -> d.meals().stream()).flatMap(m -> m.substitutions().stream()).toList();
        assertThat(subs).isNotEmpty();
        waitFor(() -> robot.lookup("#plan-substitutions").tryQuery().isPresent());
        Message banner = robot.lookup("#plan-substitutions").queryAs(Message.class);
        MealPlan.Substitution first = subs.get(0);
        assertThat(banner.getDescription()).contains("Your " + first.usedNameEn() + " instead of " + first.recipeNameEn());

        Message spoil = robot.lookup("#plan-spoil").queryAs(Message.class);
        assertThat(spoil.getDescription()).contains("freeze it today or cook it today");
        assertThat(spoil.getTitle()).isEqualTo("Use it before it spoils");
        assertThat(robot.lookup("#plan-warnings").tryQuery()).isPresent(); // e.g. the shopping it needs
        // a dozen notes scroll in their own area instead of pushing the meals off the page
        double page = robot.lookup(".plan-view").query().getLayoutBounds().getHeight();
        assertThat(robot.lookup("#plan-notices").query().getLayoutBounds().getHeight()).isLessThanOrEqualTo(page * 0.3 + 0.5);
        assertThat(robot.lookup("#plan-grid").query().getLayoutBounds().getHeight()).isGreaterThan(100);

        int d = 0;
        MealPlan.Meal substituted = null;
        for (int i = 0; i < plan.plan().size() && substituted == null; i++) {
            for (MealPlan.Meal m : plan.plan().get(i).meals()) {
                if (!m.substitutions().isEmpty()) {
                    substituted = m;
                    d = i;
                    break;
                }
            }
        }
        Label swap = robot.lookup("#meal-substitute-" + d + "-" + substituted.meal().key()).queryAs(Label.class);
        assertThat(swap.getText()).isEqualTo("↔ " + substituted.substitutions().get(0).usedNameEn());
        assertThat(swap.getTooltip().getText()).contains("instead of " + substituted.substitutions().get(0).recipeNameEn());

        robot.clickOn("#plan-spoil > .close-button"); // closed like any notice
        waitFor(() -> robot.lookup("#plan-spoil").tryQuery().isEmpty());
        assertThat(robot.lookup("#plan-substitutions").tryQuery()).isPresent();
    }

    @Test
    void thePeopleSpinnerStartsAtTheProfilesHouseholdAndPlansForIt(FxRobot robot) throws Exception {
        session.app().profiles().setPeople(3);
        robot.clickOn("#nav-plan");
        waitFor(() -> robot.lookup("#plan-empty").query().isVisible());
        waitFor(() -> robot.lookup("#plan-people").queryAs(Spinner.class).getValue().equals(3));
        robot.interact(() -> robot.lookup("#plan-people").queryAs(Spinner.class).getValueFactory().setValue(2));
        robot.clickOn("#plan-generate");
        waitFor(() -> robot.lookup(".meal-card").queryAll().size() == 9);
        assertThat(session.app().plans().covering(TODAY).orElseThrow().plan().people()).isEqualTo(2);
        assertThat(robot.lookup("#plan-people").queryAs(Spinner.class).getValue()).isEqualTo(2);
        assertThat(session.app().profiles().people()).isEqualTo(3); // the toolbar's choice is the plan's, not the profile's
    }

    @Test
    void theBannersSpeakRussianWithTheFoodsRussianNames(FxRobot robot) throws Exception {
        robot.interact(() -> session.changePreferences(p -> p.withLanguage("ru")));
        generate(robot);
        waitFor(() -> robot.lookup("#plan-spoil").tryQuery().isPresent());
        String spoil = robot.lookup("#plan-spoil").queryAs(Message.class).getDescription();
        assertThat(spoil).contains("заморозьте сегодня").doesNotContain("2026-");
        String subs = robot.lookup("#plan-substitutions").queryAs(Message.class).getDescription();
        assertThat(subs).contains("Ваш продукт «").doesNotContainPattern("[A-Za-z]{4,}");
    }
}
