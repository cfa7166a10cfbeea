package dev.fridgechef.analysis;

import dev.fridgechef.food.Nutrient;
import dev.fridgechef.i18n.Messages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The short text about a day that needs no model: energy against the target, what is short and
 * what is over, what cannot be judged, and the best fixes for the largest gaps. Every number in it
 * is one of the analysis's figures as {@link AnalysisFormat} shows it.
 */
public final class OfflineSummary {
    static final int MAX_LISTED = 4;
    static final int MAX_FIXES = 2;

    private OfflineSummary() {
    }

    public static String text(DayAnalysis a, Messages m) {
        if (a.eaten().isEmpty()) return m.format("analysis.summary.empty", a.date().toString());
        List<String> lines = new ArrayList<>();
        a.result(Nutrient.ENERGY).ifPresent(e -> lines.add(e.reference() == null
                ? m.format("analysis.summary.energy.notarget", AnalysisFormat.number(e.amount(), m))
                : m.format("analysis.summary.energy", AnalysisFormat.number(e.amount(), m),
                AnalysisFormat.percent(e.percentOfReference().orElseThrow()), AnalysisFormat.number(e.reference().amount(), m))));
        List<DayAnalysis.NutrientResult> low = gapsWorstFirst(a);
        List<DayAnalysis.NutrientResult> high = a.withStatus(DayAnalysis.Status.HIGH);
        List<DayAnalysis.NutrientResult> unknown = a.withStatus(DayAnalysis.Status.UNKNOWN);
        if (!low.isEmpty()) lines.add(m.format("analysis.summary.low", join(low.stream().limit(MAX_LISTED).map(r -> lowItem(r, m)).toList(), low.size(), m)));
        if (!high.isEmpty()) lines.add(m.format("analysis.summary.high", join(high.stream().limit(MAX_LISTED).map(r -> highItem(r, m)).toList(), high.size(), m)));
        if (!unknown.isEmpty()) {
            lines.add(m.format("analysis.summary.unknown",
                    join(unknown.stream().limit(MAX_LISTED).map(r -> AnalysisFormat.nutrient(r.nutrient(), m)).toList(), unknown.size(), m)));
        }
        if (low.isEmpty() && high.isEmpty() && unknown.isEmpty()) lines.add(m.get("analysis.summary.allok"));
        low.stream().filter(r -> !r.fixes().isEmpty()).limit(MAX_FIXES).forEach(r -> lines.add(fix(r, r.fixes().get(0), m)));
        return String.join(" ", lines);
    }

    /** LOW nutrients, the furthest below their reference first. */
    public static List<DayAnalysis.NutrientResult> gapsWorstFirst(DayAnalysis a) {
        return a.withStatus(DayAnalysis.Status.LOW).stream()
                .sorted(Comparator.comparingDouble(r -> r.percentOfReference().orElse(0.0))).toList();
    }

    /** "Iron 8.8 of 18 mg (49 %)". */
    private static String lowItem(DayAnalysis.NutrientResult r, Messages m) {
        return m.format("analysis.summary.item", AnalysisFormat.nutrient(r.nutrient(), m), AnalysisFormat.number(r.amount(), m),
                AnalysisFormat.number(r.reference().amount(), m), AnalysisFormat.unit(r.nutrient(), m),
                AnalysisFormat.percent(r.percentOfReference().orElseThrow()));
    }

    /** "Sodium 3100 mg (limit 2300 mg)": against the UL for an RDA or AI, else against the reference itself. */
    static String highItem(DayAnalysis.NutrientResult r, Messages m) {
        Reference ref = r.reference();
        boolean upperLimit = ref.kind() == Reference.Kind.RDA || ref.kind() == Reference.Kind.AI;
        double bound = upperLimit ? ref.high() : ref.amount();
        return m.format("analysis.summary.over", AnalysisFormat.nutrient(r.nutrient(), m), AnalysisFormat.amount(r.amount(), r.nutrient(), m),
                m.get(upperLimit ? "analysis.reference.ul" : "analysis.reference." + ref.kind().key()),
                AnalysisFormat.amount(bound, r.nutrient(), m));
    }

    static String fix(DayAnalysis.NutrientResult r, DayAnalysis.Suggestion s, Messages m) {
        return fix(r.nutrient(), s, m);
    }

    static String fix(Nutrient n, DayAnalysis.Suggestion s, Messages m) {
        String nutrient = AnalysisFormat.nutrient(n, m);
        return s.source() == DayAnalysis.Suggestion.Source.STOCK
                ? m.format("analysis.summary.fix.stock", AnalysisFormat.number(s.amount(), m), AnalysisFormat.name(s.name(), m),
                AnalysisFormat.share(s.shareOfGap()), nutrient)
                : m.format("analysis.summary.fix.recipe", AnalysisFormat.name(s.name(), m), AnalysisFormat.share(s.shareOfGap()), nutrient);
    }

    static String join(List<String> items, int all, Messages m) {
        String list = String.join(", ", items);
        return all > items.size() ? m.format("analysis.more", list, Integer.toString(all - items.size())) : list;
    }
}
