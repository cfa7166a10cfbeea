package dev.fridgechef.diary;

import dev.fridgechef.analysis.DayAnalysis;
import dev.fridgechef.analysis.DayAnalyzer;
import dev.fridgechef.analysis.Eaten;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.profile.ProfileService;
import dev.fridgechef.supplements.Advice;
import dev.fridgechef.supplements.SupplementService;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Closing a diary day: the analysis of what was eaten, and supplement advice for the gaps no food
 * closes — food first, so a gap the stock or a library recipe closes is shown as food (in the
 * analysis) and never gets a supplement. The CLI and the app both close a day here.
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
        List<Eaten> eaten = diary.eatenFoods(day).stream().map(e -> new Eaten(e.food().id(), e.grams(), e.dish())).toList();
        if (eaten.isEmpty()) throw new UserException("error.day.empty", day);
        DayAnalysis analysis = analyzer.analyze(profiles.get(), day, eaten);
        return new Closed(analysis, supplements.get().advise(gapsFoodDoesNotClose(analysis)));
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
