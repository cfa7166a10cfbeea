package dev.fridgechef.export;

import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.plan.StoredPlan;

import java.util.Set;

/** The plan's shopping list as a PDF to take to the shop: by shop section, a tick box a line, amounts in shop units. */
final class ShoppingPdf {
    private ShoppingPdf() {
    }

    /** {@code ticked}: the foods already ticked off in the app or the command, printed ticked. */
    static byte[] render(StoredPlan stored, Set<String> ticked, PlanLines lines, Shown shown, Paper paper) {
        MealPlan plan = stored.plan();
        String title = shown.text("export.shopping.title");
        PdfLayout pdf = new PdfLayout(paper, title, "Fridge Chef — " + title, shown.messages().locale().toLanguageTag());
        pdf.title(title);
        pdf.paragraph(lines.title(plan), PdfLayout.Style.BODY);
        if (plan.shopping().isEmpty()) {
            pdf.gap(8);
            pdf.paragraph(shown.text("export.shopping.empty"), PdfLayout.Style.BODY);
            return pdf.finish();
        }
        pdf.paragraph(shown.text("export.shopping.count", plan.shopping().size()), PdfLayout.Style.SMALL);
        lines.shopping(plan).forEach((section, items) -> {
            pdf.heading(section.label(shown.messages()), 30);
            for (MealPlan.ShoppingItem item : items) pdf.tick(lines.shoppingLine(item), ticked.contains(item.foodId()));
        });
        return pdf.finish();
    }
}
