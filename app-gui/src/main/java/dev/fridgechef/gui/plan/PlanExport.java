package dev.fridgechef.gui.plan;

import dev.fridgechef.AtomicFiles;
import dev.fridgechef.export.ExportService;
import dev.fridgechef.export.Paper;
import dev.fridgechef.gui.GuiSession;
import dev.fridgechef.plan.StoredPlan;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.FileChooser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * "Export ▾" on the Plan page: the plan shown as a PDF file, or printed. Printing prints the same
 * PDF's pages, rendered as images, so paper and screen agree; with no printer set up it says so.
 */
final class PlanExport {
    private static final float PRINT_DPI = 150;

    private final GuiSession session;
    private final Supplier<StoredPlan> shown;
    private final MenuButton button;

    PlanExport(GuiSession session, Supplier<StoredPlan> shown) {
        this.session = session;
        this.shown = shown;
        MenuItem pdf = new MenuItem(session.text("planview.export.pdf"), new FontIcon(Feather.FILE_TEXT));
        pdf.setId("plan-export-pdf");
        pdf.setOnAction(e -> choosePdf());
        MenuItem print = new MenuItem(session.text("planview.export.print"), new FontIcon(Feather.PRINTER));
        print.setId("plan-export-print");
        print.setOnAction(e -> print());
        button = new MenuButton(session.text("planview.export"), new FontIcon(Feather.SHARE), pdf, print);
        button.setId("plan-export");
        button.setDisable(true);
    }

    MenuButton button() {
        return button;
    }

    /** Letter where it is the usual paper (the US and Canada), A4 elsewhere. */
    static Paper paper() {
        String country = Locale.getDefault().getCountry();
        return country.equals("US") || country.equals("CA") ? Paper.LETTER : Paper.A4;
    }

    private void choosePdf() {
        StoredPlan plan = shown.get();
        if (plan == null) return;
        FileChooser chooser = new FileChooser();
        chooser.setTitle(session.text("planview.export.pdf.title"));
        chooser.setInitialFileName("plan-" + plan.plan().start() + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(session.text("planview.export.pdf.files"), "*.pdf"));
        File file = chooser.showSaveDialog(session.owner());
        if (file != null) exportPdf(file.toPath());
    }

    /** Writes the plan shown as a PDF to {@code file} off the FX thread, then says where (tests call this instead of the native dialog). */
    void exportPdf(Path file) {
        StoredPlan plan = shown.get();
        if (plan == null) return;
        session.task(() -> {
            byte[] pdf = session.app().exports().planPdf(plan, session.messages(), paper());
            AtomicFiles.writeExport(file, pdf, false);
            return pdf.length;
        }).onSuccess(bytes -> inform(session.text("planview.export.pdf.done", file, bytes / 1024 + 1))).runOnce();
    }

    /** Prints the plan's PDF pages; with no printer, a message that says so. */
    void print() {
        StoredPlan plan = shown.get();
        if (plan == null) return;
        PrinterJob job = printerJob();
        if (job == null) {
            inform(session.text("planview.export.print.none"));
            return;
        }
        if (!job.showPrintDialog(session.owner())) {
            job.cancelJob();
            return;
        }
        // rendering and sending the pages takes seconds: off the FX thread (PrinterJob allows that for nodes in no scene)
        session.task(() -> {
            List<Image> pages = pageImages(session.app().exports().planPdf(plan, session.messages(), paper()));
            PageLayout layout = job.getJobSettings().getPageLayout();
            for (Image page : pages) {
                ImageView view = new ImageView(page);
                view.setPreserveRatio(true);
                view.setFitWidth(layout.getPrintableWidth());
                view.setFitHeight(layout.getPrintableHeight());
                if (!job.printPage(view)) {
                    job.cancelJob();
                    return false;
                }
            }
            return job.endJob();
        }).onSuccess(printed -> {
            if (!printed) inform(session.text("planview.export.print.failed"));
        }).onError(e -> {
            job.cancelJob();
            session.showError(e);
        }).runOnce();
    }

    /** A job on the default printer; null when there is none (or the system cannot list printers, as on a machine without a display). */
    private static PrinterJob printerJob() {
        try {
            return PrinterJob.createPrinterJob();
        } catch (RuntimeException noPrintService) {
            return null;
        }
    }

    /** Every page of {@code pdf} as an image to print. */
    static List<Image> pageImages(byte[] pdf) throws IOException {
        List<Image> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(renderer.renderImageWithDPI(i, PRINT_DPI), "png", png);
                pages.add(new Image(new ByteArrayInputStream(png.toByteArray())));
            }
        }
        return pages;
    }

    private void inform(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.setHeaderText(null);
        alert.setTitle(session.text("planview.export"));
        alert.getDialogPane().setId("plan-export-message");
        if (session.owner() != null) alert.initOwner(session.owner());
        alert.show();
    }
}
