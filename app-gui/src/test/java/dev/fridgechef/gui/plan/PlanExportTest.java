package dev.fridgechef.gui.plan;

import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** "Export ▾" on the Plan page: the plan shown written as a PDF through the page's own code path, and printing without a printer. */
class PlanExportTest extends PlanPageFixture {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private PlanExport export(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> (PlanExport) robot.lookup(".plan-view").query().getProperties().get(PlanExport.class)).get();
    }

    private static String message(FxRobot robot) throws Exception {
        waitFor(() -> robot.lookup("#plan-export-message").tryQuery().isPresent());
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#plan-export-message").queryAs(DialogPane.class).getContentText()).get();
    }

    @Test
    void exportPdfWritesThePlanShown(FxRobot robot) throws Exception {
        robot.clickOn("#nav-plan");
        waitFor(() -> robot.lookup("#plan-empty").query().isVisible());
        assertThat(robot.lookup("#plan-export").queryAs(MenuButton.class).isDisabled()).as("nothing to export before a plan").isTrue();
        generate(robot);
        assertThat(robot.lookup("#plan-export").queryAs(MenuButton.class).isDisabled()).isFalse();

        Path out = dir.resolve("plan-" + System.nanoTime() + ".pdf");
        PlanExport export = export(robot);
        robot.interact(() -> export.exportPdf(out));
        assertThat(message(robot)).startsWith("The plan is written to " + out);
        byte[] pdf = Files.readAllBytes(out);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        var plan = session.app().plans().covering(TODAY).orElseThrow().plan();
        assertThat(text).contains("Meal plan").contains("Wednesday, 25 November 2026");
        plan.plan().get(0).meals().forEach(m -> assertThat(text).contains(m.titleEn().replaceAll("\\s+", " ")));
        // what Print sends: each page as an image at 150 dpi
        var pages = PlanExport.pageImages(pdf);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(1).allSatisfy(page -> assertThat(page.getWidth()).isGreaterThan(1200));
    }

    @Test
    void printWithoutAPrinterSaysSo(FxRobot robot) throws Exception {
        generate(robot);
        PlanExport export = export(robot);
        robot.interact(export::print); // the machine running the tests has no printer (Monocle, no print service)
        assertThat(message(robot)).startsWith("No printer is set up on this computer");
    }
}
