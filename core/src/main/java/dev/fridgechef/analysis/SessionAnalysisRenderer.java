package dev.fridgechef.analysis;

import dev.fridgechef.i18n.Messages;

import java.util.ArrayList;
import java.util.List;

/**
 * A closed eating session as text: the session's energy, macronutrients and fibre against its share
 * of the day's targets with where they came from, what the rest of the day still needs with foods
 * that would give it, what the day is already over on, and where vitamins and minerals are judged
 * (closing the day). {@link #summary} is the short form. Every number is one the analysis computed,
 * shown as {@link AnalysisFormat} shows it.
 */
public final class SessionAnalysisRenderer {
    private SessionAnalysisRenderer() {
    }

    public static String render(SessionAnalysis s, Messages m) {
        StringBuilder out = new StringBuilder();
        DayAnalysis a = s.session();
        double grams = a.eaten().stream().mapToDouble(Eaten::grams).sum();
        out.append(m.format("analysis.session.title", m.get("meal." + s.meal().key()), s.time().toString(), s.date().toString(),
                Long.toString(s.sessionId()), Integer.toString(a.eaten().size()), AnalysisFormat.number(grams, m), AnalysisFormat.share(s.share())))
                .append('\n');
        DayAnalysisRenderer.nutrients(a, m, out);
        List<SessionAnalysis.Left> rest = s.restOfDay();
        if (!rest.isEmpty()) {
            out.append('\n').append(m.get("analysis.session.rest")).append('\n');
            for (SessionAnalysis.Left l : rest) {
                out.append("  ").append(left(l, m)).append('\n');
                for (DayAnalysis.Suggestion f : l.fixes()) out.append("    - ").append(DayAnalysisRenderer.suggestion(f, m)).append('\n');
            }
        }
        if (!s.overForTheDay().isEmpty()) out.append('\n').append(overForTheDay(s, m)).append('\n');
        for (String note : notes(s, m)) out.append('\n').append(note);
        return out.append('\n').toString();
    }

    /** "Energy: 965 kcal left of 1554 kcal (589 kcal eaten so far)", or reached, or over. */
    public static String left(SessionAnalysis.Left l, Messages m) {
        String nutrient = AnalysisFormat.nutrient(l.nutrient(), m);
        String target = AnalysisFormat.amount(l.target(), l.nutrient(), m);
        String eaten = AnalysisFormat.amount(l.eatenSoFar(), l.nutrient(), m);
        if (l.over() > 0 && l.status() == DayAnalysis.Status.HIGH) {
            return m.format("analysis.session.over", nutrient, AnalysisFormat.amount(l.over(), l.nutrient(), m), target, eaten);
        }
        if (l.over() > 0 || l.left() == 0) return m.format("analysis.session.reached", nutrient, target, eaten);
        return m.format("analysis.session.left", nutrient, AnalysisFormat.amount(l.left(), l.nutrient(), m), target, eaten);
    }

    /**
     * The short text: the session's energy against its share, what the day still needs, and the
     * best food for the first two of those that a food closes.
     */
    public static String summary(SessionAnalysis s, Messages m) {
        List<String> lines = new ArrayList<>();
        String meal = m.get("meal." + s.meal().key());
        s.session().result(dev.fridgechef.food.Nutrient.ENERGY).ifPresent(e -> lines.add(e.reference() == null
                ? m.format("analysis.session.summary.energy.notarget", meal, AnalysisFormat.number(e.amount(), m))
                : m.format("analysis.session.summary.energy", meal, AnalysisFormat.number(e.amount(), m),
                AnalysisFormat.percent(e.percentOfReference().orElseThrow()), AnalysisFormat.number(e.reference().amount(), m))));
        List<SessionAnalysis.Left> needed = s.restOfDay().stream().filter(l -> l.status() == DayAnalysis.Status.LOW).toList();
        if (!needed.isEmpty()) {
            lines.add(m.format("analysis.session.summary.left", String.join(", ", needed.stream()
                    .map(l -> m.format("analysis.session.summary.item", AnalysisFormat.nutrient(l.nutrient(), m),
                            AnalysisFormat.amount(l.left(), l.nutrient(), m))).toList())));
            needed.stream().filter(l -> !l.fixes().isEmpty()).limit(OfflineSummary.MAX_FIXES)
                    .forEach(l -> lines.add(OfflineSummary.fix(l.nutrient(), l.fixes().get(0), m)));
        } else if (!s.restOfDay().isEmpty()) {
            lines.add(m.get("analysis.session.summary.done"));
        }
        if (!s.overForTheDay().isEmpty()) lines.add(overForTheDay(s, m));
        return String.join(" ", lines);
    }

    /** "Already over for the whole day: Sodium 2600 mg (limit 2300 mg)."; empty when nothing is. */
    public static String overForTheDay(SessionAnalysis s, Messages m) {
        List<DayAnalysis.NutrientResult> over = s.overForTheDay();
        return over.isEmpty() ? "" : m.format("analysis.session.overday", String.join(", ", over.stream().map(r -> OfflineSummary.highItem(r, m)).toList()));
    }

    private static List<String> notes(SessionAnalysis s, Messages m) {
        List<String> notes = new ArrayList<>();
        if (!s.session().targetsKnown()) notes.add(m.get("analysis.note.notargets"));
        notes.add(m.get("analysis.session.note.day"));
        return notes;
    }
}
