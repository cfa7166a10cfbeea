package dev.fridgechef.cli.diary;

import dev.fridgechef.analysis.SessionAnalysis;
import dev.fridgechef.analysis.SessionAnalysisRenderer;
import dev.fridgechef.i18n.Messages;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A closed eating session as {@code fridge day close --session ID --json} prints it: the session's
 * nutrients against its share of the day's targets, what the rest of the day still needs and what
 * the day is already over on, and the short text.
 */
record SessionAnalysisView(long sessionId, LocalDate date, LocalTime time, String meal, double shareOfDay, boolean targetsKnown,
                           List<String> unknownFoods, List<DayAnalysisView.NutrientView> nutrients, List<LeftView> restOfDay,
                           List<DayAnalysisView.NutrientView> overForTheDay, String summary) {

    /** The day's target, what was eaten up to and including the session, what is left or over, and foods that would give the rest. */
    record LeftView(String nutrient, String unit, double target, double eatenSoFar, double left, double over, String status,
                    List<DayAnalysisView.Fix> fixes) {
    }

    static SessionAnalysisView of(SessionAnalysis s, Messages m) {
        boolean russian = m.isRussian();
        return new SessionAnalysisView(s.sessionId(), s.date(), s.time(), s.meal().key(), s.share(), s.session().targetsKnown(),
                s.session().unknownFoods().stream().map(e -> e.foodId()).toList(),
                s.session().nutrients().stream().map(r -> DayAnalysisView.nutrient(r, russian)).toList(),
                s.restOfDay().stream().map(l -> new LeftView(l.nutrient().key(), l.nutrient().unit(), l.target(), l.eatenSoFar(), l.left(), l.over(),
                        l.status().key(), DayAnalysisView.fixes(l.fixes(), russian))).toList(),
                s.overForTheDay().stream().map(r -> DayAnalysisView.nutrient(r, russian)).toList(),
                SessionAnalysisRenderer.summary(s, m));
    }
}
