package dev.fridgechef.gui.plan;

import dev.fridgechef.folder.Folder;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** "Save to folder…" on the Plan page keeps the plan shown in the folder named. */
class PlanSaveToFolderTest extends PlanPageFixture {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void savesThePlanShownIntoANewFolder(FxRobot robot) throws Exception {
        generate(robot);
        closeNotes(robot);
        long planId = session.app().plans().covering(TODAY).orElseThrow().id();
        robot.clickOn("#plan-save-folder");
        waitFor(() -> robot.lookup("#save-folder-name").tryQuery().isPresent());
        robot.clickOn("#save-folder-name");
        robot.write("Weeknights");
        Button ok = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#save-folder-dialog .button").queryAllAs(Button.class).stream()
                .filter(Button::isDefaultButton).findFirst().orElseThrow()).get();
        robot.clickOn(ok);
        waitFor(() -> session.app().folders().folders().stream().anyMatch(f -> f.name().equals("Weeknights") && f.plans() == 1));
        waitFor(() -> robot.lookup("#plan-saved-folder").tryQuery().isPresent());
        Folder saved = session.app().folders().folders().get(0);
        assertThat(session.app().folders().show(saved.name(), false).entries()).singleElement()
                .satisfies(e -> assertThat(e.ref()).isEqualTo(Long.toString(planId)));
    }
}
