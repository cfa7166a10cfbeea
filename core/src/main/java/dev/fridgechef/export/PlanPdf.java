package dev.fridgechef.export;

import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.plan.StoredPlan;

import java.util.ArrayList;
import java.util.List;

/** The plan as a printable PDF: a table of meals a day with portions, the day's totals against the targets, and the plan's notes. */
final class PlanPdf {
    private static final List<PdfLayout.Column> COLUMNS = List.of(new PdfLayout.Column(1.5f, false), new PdfLayout.Column(4.5f, false),
            new PdfLayout.Column(1f, true), new PdfLayout.Column(0.9f, true), new PdfLayout.Column(1.2f, true));
    /** A day taller than this may start at the foot of a page; a shorter one is kept whole. */
    private static final float KEEP_WHOLE = 320;

    private PlanPdf() {
    }

    static byte[] render(StoredPlan stored, PlanLines lines, Shown shown, Paper paper) {
        MealPlan plan = stored.plan();
        String title = lines.title(plan);
        PdfLayout pdf = new PdfLayout(paper, title, "Fridge Chef — " + title, shown.messages().locale().toLanguageTag());
        pdf.title(title);
        pdf.paragraph(lines.targets(plan), PdfLayout.Style.BODY);
        pdf.paragraph(lines.source(stored), PdfLayout.Style.SMALL);
        List<String> header = List.of(shown.text("export.col.meal"), shown.text("export.col.dish"), shown.text("export.col.portion"),
                shown.text("export.col.kcal"), shown.text("export.col.protein"));
        for (MealPlan.Day day : plan.plan()) {
            List<PdfLayout.Row> rows = new ArrayList<>();
            for (MealPlan.Meal meal : day.meals()) {
                List<String> dish = new ArrayList<>(List.of(shown.title(meal)));
                dish.addAll(lines.notes(meal));
                rows.add(PdfLayout.Row.of(shown.meal(meal.meal()), String.join("\n", dish), lines.portion(meal), shown.num(meal.energy(), 0),
                        shown.num(meal.protein(), 1)));
            }
            rows.add(PdfLayout.Row.total(shown.text("export.total"), "", "", shown.num(day.energy(), 0), shown.num(day.protein(), 1)));
            pdf.heading(shown.longDate(day.date()), Math.min(KEEP_WHOLE, pdf.tableHeight(COLUMNS, header, rows) + 24));
            pdf.table(COLUMNS, header, rows);
            pdf.paragraph(lines.dayTotals(plan, day), PdfLayout.Style.SMALL);
        }
        List<String> warnings = lines.warnings(plan);
        if (!warnings.isEmpty()) {
            pdf.heading(shown.text("export.plan.warnings"), 30);
            warnings.forEach(w -> pdf.item("•", w, PdfLayout.Style.BODY));
        }
        return pdf.finish();
    }
}
