package dev.fridgechef.gui.profile;

import dev.fridgechef.gui.FxWait;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.gui.TestSessions;
import dev.fridgechef.profile.ActivityLevel;
import dev.fridgechef.profile.Allergen;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.Sex;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ProfileViewTest {
    @TempDir
    static Path dir;
    private GuiSession session;
    private ProfileView view;

    @Start
    void start(Stage stage) {
        session = TestSessions.open(dir.resolve("profile-" + System.nanoTime()));
        view = new ProfileView(session);
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1200, 900));
        stage.show();
        view.refresh();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @SuppressWarnings("unchecked")
    private void choose(FxRobot robot, String id, Object value) {
        robot.interact(() -> robot.lookup(id).queryAs(ComboBox.class).setValue(value));
    }

    private void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void targetsFollowTheFormAndSaveWritesTheProfile(FxRobot robot) throws Exception {
        assertThat(text(robot, "#targets-energy")).isEqualTo("—");
        assertThat(text(robot, "#targets-notice")).contains("sex", "age");
        choose(robot, "#profile-sex", Sex.MALE);
        type(robot, "#profile-age", "35");
        type(robot, "#profile-height", "180");
        type(robot, "#profile-weight", "80");
        choose(robot, "#profile-activity", ActivityLevel.MODERATE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#targets-energy")).isEqualTo("2720 kcal");
        assertThat(text(robot, "#targets-protein")).isEqualTo("112 g");
        assertThat(robot.lookup("#targets-working").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .anySatisfy(n -> assertThat(((Label) n).getText()).contains("10 × 80 kg + 6.25 × 180 cm − 5 × 35 y + 5 = 1755 kcal"));

        type(robot, "#profile-weight", "90");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#targets-energy")).isEqualTo("2875 kcal");

        robot.clickOn("#profile-allergen-peanuts");
        robot.clickOn("#profile-dislike-input").write("liver").type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("#profile-save");
        FxWait.until(10, () -> session.app().profiles().find().isPresent());
        Profile saved = session.app().profiles().get();
        assertThat(saved.sex()).isEqualTo(Sex.MALE);
        assertThat(saved.weightKg()).isEqualTo(90.0);
        assertThat(saved.birthYear()).isEqualTo(2026 - 35);
        assertThat(saved.allergies()).containsExactly(Allergen.PEANUTS);
        assertThat(saved.dislikes()).containsExactly("liver");
        FxWait.until(5, () -> text(robot, "#profile-status").equals("Saved"));
    }

    @Test
    void aBadAgeShowsAnInlineMessageAndIsNotSaved(FxRobot robot) {
        type(robot, "#profile-age", "7");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#profile-age-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("age", "14", "100");
        assertThat(robot.lookup("#profile-save").queryAs(Button.class).isDisabled()).isTrue();
        type(robot, "#profile-age", "abc");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.getText()).contains("number");
        assertThat(robot.lookup("#profile-save").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#profile-allergen-milk").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(session.app().profiles().find()).isEmpty();
        type(robot, "#profile-age", "40");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.isVisible()).isFalse();
        assertThat(robot.lookup("#profile-save").queryAs(Button.class).isDisabled()).isFalse();
    }
}
