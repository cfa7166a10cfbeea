package dev.fridgechef.export;

import dev.fridgechef.food.Nutrient;
import dev.fridgechef.food.Nutrients;
import dev.fridgechef.recipe.Recipe;
import dev.fridgechef.recipe.RecipeFacts;

import java.util.ArrayList;
import java.util.List;

/** A recipe card: ingredients scaled to the servings asked for, the steps, and nutrition per serving from the food database. */
final class RecipePdf {
    /** In the order of the columns' headers (export.col.*). */
    static final List<Nutrient> PER_SERVING = List.of(Nutrient.ENERGY, Nutrient.PROTEIN, Nutrient.FAT, Nutrient.CARBOHYDRATE, Nutrient.FIBER,
            Nutrient.SUGAR, Nutrient.SODIUM);
    private static final List<PdfLayout.Column> INGREDIENTS = List.of(new PdfLayout.Column(1.4f, true), new PdfLayout.Column(5f, false),
            new PdfLayout.Column(1.2f, true));

    private RecipePdf() {
    }

    static byte[] render(RecipeFacts facts, double servings, Shown shown, Paper paper) {
        Recipe r = facts.recipe();
        String title = r.title(shown.russian());
        PdfLayout pdf = new PdfLayout(paper, title, "Fridge Chef — " + title, shown.messages().locale().toLanguageTag());
        pdf.title(title);
        String meals = String.join(", ", r.meals().stream().sorted().map(shown::meal).toList());
        pdf.paragraph(shown.text("export.recipe.meta", shown.quantity(servings), r.activeMinutes(), r.totalMinutes(), meals), PdfLayout.Style.BODY);
        List<String> badges = new ArrayList<>();
        if (!facts.allergens().isEmpty()) {
            badges.add(shown.text("export.recipe.allergens", String.join(", ", facts.allergens().stream().map(a -> shown.text("allergen." + a.key())).sorted().toList())));
        }
        if (facts.vegan()) badges.add(shown.text("export.recipe.vegan"));
        else if (facts.vegetarian()) badges.add(shown.text("export.recipe.vegetarian"));
        if (!badges.isEmpty()) pdf.paragraph(String.join(" · ", badges), PdfLayout.Style.SMALL);

        pdf.heading(shown.text("export.recipe.nutrition"), 40);
        List<PdfLayout.Column> columns = PER_SERVING.stream().map(n -> new PdfLayout.Column(1, true)).toList();
        Nutrients per = facts.perServing();
        pdf.table(columns, List.of(shown.text("export.col.kcal"), shown.text("export.col.protein"), shown.text("export.col.fat"),
                        shown.text("export.col.carbs"), shown.text("export.col.fiber"), shown.text("export.col.sugar"), shown.text("export.col.sodium")),
                List.of(PdfLayout.Row.of(PER_SERVING.stream().map(n -> per.isKnown(n) ? shown.num(per.get(n), n == Nutrient.ENERGY || n == Nutrient.SODIUM ? 0 : 1) : "–")
                        .toArray(String[]::new))));
        pdf.paragraph(shown.text("export.recipe.nutrition.source"), PdfLayout.Style.SMALL);

        pdf.heading(shown.text("export.recipe.ingredients", shown.quantity(servings)), 40);
        double scale = servings / r.servings();
        List<PdfLayout.Row> rows = new ArrayList<>();
        for (int i = 0; i < r.ingredients().size(); i++) {
            Recipe.Ingredient ing = r.ingredients().get(i);
            String name = shown.name(ing.name().en(), ing.name().ru()) + (ing.optional() ? " " + shown.text("export.recipe.optional") : "");
            rows.add(PdfLayout.Row.of(shown.quantity(ing.amount() * scale) + " " + shown.unit(ing.unit()), name,
                    shown.num(facts.gramsFor(i, servings), 0) + " " + shown.unit("g")));
        }
        pdf.table(INGREDIENTS, List.of(shown.text("export.col.amount"), shown.text("export.col.ingredient"), shown.text("export.col.weight")), rows);

        List<String> steps = shown.russian() && !r.steps().ru().isEmpty() ? r.steps().ru() : r.steps().en();
        if (!steps.isEmpty()) {
            pdf.heading(shown.text("export.recipe.steps"), 30);
            for (int s = 0; s < steps.size(); s++) {
                pdf.item((s + 1) + ".", steps.get(s), PdfLayout.Style.BODY);
                pdf.gap(3);
            }
        }
        return pdf.finish();
    }
}
