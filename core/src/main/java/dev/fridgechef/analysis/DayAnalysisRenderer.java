package dev.fridgechef.analysis;

import dev.fridgechef.food.Nutrient;
import dev.fridgechef.i18n.Messages;

import java.util.List;
import java.util.Set;

/**
 * The analysis as terminal text: a line per nutrient (eaten, reference, percentage, status), where
 * the main nutrients and the ones off their reference came from, what is not known for every food,
 * the gaps with foods that would close them, and the notes on what the figures cannot say.
 */
public final class DayAnalysisRenderer {
    private static final Set<Nutrient> ALWAYS_SHOW_SOURCES = Set.of(Nutrient.ENERGY, Nutrient.PROTEIN);
    private static final int NAME_WIDTH = 18;
    private static final int AMOUNT_WIDTH = 12;
    private static final int REFERENCE_WIDTH = 26;

    private DayAnalysisRenderer() {
    }

    public static String render(DayAnalysis a, Messages m) {
        StringBuilder out = new StringBuilder();
        double grams = a.eaten().stream().mapToDouble(Eaten::grams).sum();
        out.append(m.format("analysis.title", a.date().toString(), Integer.toString(a.eaten().size()), AnalysisFormat.number(grams, m))).append('\n');
        nutrients(a, m, out);
        List<DayAnalysis.NutrientResult> gaps = OfflineSummary.gapsWorstFirst(a);
        if (!gaps.isEmpty()) {
            out.append('\n').append(m.get("analysis.gaps")).append('\n');
            for (DayAnalysis.NutrientResult r : gaps) {
                out.append("  ").append(m.format("analysis.gap", AnalysisFormat.nutrient(r.nutrient(), m),
                        AnalysisFormat.amount(r.missing(), r.nutrient(), m))).append('\n');
                if (r.fixes().isEmpty()) out.append("    ").append(m.get("analysis.gap.none")).append('\n');
                for (DayAnalysis.Suggestion s : r.fixes()) out.append("    - ").append(suggestion(s, m)).append('\n');
            }
        }
        notes(a, m).forEach(n -> out.append('\n').append(n));
        return out.append('\n').toString();
    }

    /** Unknown foods, then a line per nutrient with where it came from and what is not known, as the day and a closed session show them. */
    static void nutrients(DayAnalysis a, Messages m, StringBuilder out) {
        if (!a.unknownFoods().isEmpty()) {
            out.append(m.format("analysis.unknownfoods", String.join(", ", a.unknownFoods().stream()
                    .map(e -> e.dish().isBlank() ? e.foodId() : e.dish() + " (" + e.foodId() + ")").toList()))).append('\n');
        }
        for (DayAnalysis.NutrientResult r : a.nutrients()) {
            out.append(row(r, m)).append('\n');
            boolean off = r.status() == DayAnalysis.Status.LOW || r.status() == DayAnalysis.Status.HIGH;
            if (!r.top().isEmpty() && (off || ALWAYS_SHOW_SOURCES.contains(r.nutrient()))) {
                out.append("    ").append(m.format("analysis.from", String.join(", ", r.top().stream().map(c -> contribution(c, m)).toList())))
                        .append('\n');
            }
            if (!r.lacking().isEmpty()) {
                out.append("    ").append(m.format("analysis.coverage", AnalysisFormat.share(r.coverage()),
                        String.join(", ", r.lacking().stream().map(n -> AnalysisFormat.name(n, m)).toList()))).append('\n');
            }
        }
    }

    private static String row(DayAnalysis.NutrientResult r, Messages m) {
        String percent = r.reference() == null ? "" : AnalysisFormat.percent(r.percentOfReference().orElseThrow()) + " %";
        return pad(AnalysisFormat.nutrient(r.nutrient(), m), NAME_WIDTH) + pad(AnalysisFormat.amount(r.amount(), r.nutrient(), m), AMOUNT_WIDTH)
                + pad(reference(r, m), REFERENCE_WIDTH) + pad(percent, 7) + m.get("analysis.status." + r.status().key());
    }

    /** "90 mg RDA, upper limit 2000", "2100 kcal target", or "—" with no reference. */
    public static String reference(DayAnalysis.NutrientResult r, Messages m) {
        if (r.reference() == null) return "—";
        String reference = AnalysisFormat.amount(r.reference().amount(), r.nutrient(), m) + " " + m.get(r.reference().basis());
        if (r.reference().high() != null && r.reference().kind() != Reference.Kind.TARGET && r.reference().kind() != Reference.Kind.LIMIT) {
            reference += ", " + m.get("analysis.reference.ul") + " " + AnalysisFormat.number(r.reference().high(), m);
        }
        return reference;
    }

    /** "Borscht: beetroot 23 %": a food's share of a nutrient's day. */
    public static String contribution(DayAnalysis.Contribution c, Messages m) {
        String food = c.food().displayName(m.isRussian());
        String label = c.dish().isBlank() || c.dish().equalsIgnoreCase(food) ? food : c.dish() + ": " + food;
        return label + " " + AnalysisFormat.share(c.share()) + " %";
    }

    /** "150 g of beef liver from your stock (use by …) gives 100 % of it", or a recipe's serving. */
    public static String suggestion(DayAnalysis.Suggestion s, Messages m) {
        String share = AnalysisFormat.share(s.shareOfGap());
        if (s.source() == DayAnalysis.Suggestion.Source.RECIPE) return m.format("analysis.fix.recipe", AnalysisFormat.name(s.name(), m), share);
        return s.expiresOn() == null
                ? m.format("analysis.fix.stock", AnalysisFormat.number(s.amount(), m), AnalysisFormat.name(s.name(), m), share)
                : m.format("analysis.fix.stock.expiring", AnalysisFormat.number(s.amount(), m), AnalysisFormat.name(s.name(), m), share,
                s.expiresOn().toString());
    }

    /** What the figures cannot say (unknown age, sugars as a guide, vitamin D), as the day's text ends with them. */
    public static List<String> notes(DayAnalysis a, Messages m) {
        List<String> notes = new java.util.ArrayList<>();
        a.result(Nutrient.SUGAR).filter(r -> r.reference() != null && a.energy() > 0).ifPresent(r ->
                notes.add(m.format("analysis.note.sugar", AnalysisFormat.number(r.amount(), m), AnalysisFormat.percent(100 * 4 * r.amount() / a.energy()))));
        a.result(Nutrient.NIACIN).filter(r -> r.status() == DayAnalysis.Status.LOW).ifPresent(r -> notes.add(m.get("analysis.note.niacin")));
        if (a.sex() == null || a.age() == null) notes.add(m.get("analysis.note.noage"));
        else if (a.age() < 14) notes.add(m.get("analysis.note.young"));
        if (!a.targetsKnown()) notes.add(m.get("analysis.note.notargets"));
        notes.add(m.get("analysis.note.vitamind"));
        return notes;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
