package dev.fridgechef.diary;

import dev.fridgechef.analysis.DayAnalysis;
import dev.fridgechef.analysis.DayAnalyzer;
import dev.fridgechef.analysis.Eaten;
import dev.fridgechef.analysis.SessionAnalysis;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.profile.ProfileService;
import dev.fridgechef.supplements.Advice;
import dev.fridgechef.supplements.SupplementService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Closing a diary day: the analysis of what was eaten, and supplement advice for the gaps no food
 * closes — food first, so a gap the stock or a library recipe closes is shown as food (in the
 * analysis) and never gets a supplement. Closing one eating session: that meal against its share of
 * the day's targets and what the rest of the day still needs ({@link SessionAnalysis}); no
 * supplement advice, which is the day's. The CLI and the app both close a day and a session here.
 */
public final class DayClosing {
    /** The day's analysis and the advice for its gaps. */
    public record Closed(DayAnalysis analysis, Advice advice) {
    }

    private final DiaryService diary;
    private final ProfileService profiles;
    private final DayAnalyzer analyzer;
    private final Supplier<SupplementService> supplements;

    public DayClosing(DiaryService diary, ProfileService profiles, DayAnalyzer analyzer, Supplier<SupplementService> supplements) {
        this.diary = diary;
        this.profiles = profiles;
        this.analyzer = analyzer;
        this.supplements = supplements;
    }

    /** The analysis and advice of {@code day}; a day with nothing eaten is refused with a clear message. */
    public Closed close(LocalDate day) {
        List<Eaten> eaten = eaten(diary.eatenFoods(day));
        if (eaten.isEmpty()) throw new UserException("error.day.empty", day);
        DayAnalysis analysis = analyzer.analyze(profiles.get(), day, eaten);
        return new Closed(analysis, supplements.get().advise(gapsFoodDoesNotClose(analysis)));
    }

    /**
     * The analysis of eating session {@code sessionId}, with the day so far being every session of
     * its day up to and including it (in time order); an unknown session or one with nothing of known
     * weight eaten is refused with a clear message.
     */
    public SessionAnalysis closeSession(long sessionId) {
        EatingSession session = diary.session(sessionId);
        List<Long> upToIt = new ArrayList<>();
        for (DiaryDay.Session s : diary.day(session.date()).sessions()) {
            upToIt.add(s.session().id());
            if (s.session().id() == sessionId) break;
        }
        List<EatenFood> day = diary.eatenFoods(session.date());
        List<Eaten> own = eaten(day.stream().filter(e -> e.sessionId() == sessionId).toList());
        if (own.isEmpty()) throw new UserException("error.session.empty", sessionId);
        List<Eaten> soFar = eaten(day.stream().filter(e -> upToIt.contains(e.sessionId())).toList());
        return analyzer.analyzeSession(profiles.get(), session.date(), sessionId, session.time(), session.meal(), own, soFar);
    }

    private static List<Eaten> eaten(List<EatenFood> foods) {
        return foods.stream().map(e -> new Eaten(e.food().id(), e.grams(), e.dish())).toList();
    }

    /** What is missing of each nutrient the day fell short of, in the nutrient's unit, where no food the analysis found closes it. */
    static Map<Nutrient, Double> gapsFoodDoesNotClose(DayAnalysis analysis) {
        Map<Nutrient, Double> gaps = new LinkedHashMap<>();
        for (DayAnalysis.NutrientResult r : analysis.withStatus(DayAnalysis.Status.LOW)) {
            boolean foodCloses = r.fixes().stream().anyMatch(f -> f.shareOfGap() >= 0.999);
            if (!foodCloses) gaps.put(r.nutrient(), r.missing());
        }
        return gaps;
    }
}
