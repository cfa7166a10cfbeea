package dev.fridgechef.gui.diary;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.analysis.DayAnalysis;
import dev.fridgechef.analysis.Eaten;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.supplements.Advice;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The analysis of a diary day and the supplement advice for its gaps, from the core services (run off the FX thread). */
final class DayAnalysisLoader {
    record Result(DayAnalysis analysis, Advice advice) {
    }

    private DayAnalysisLoader() {
    }

    static DayAnalysis analyze(FridgeChef app, LocalDate date) {
        List<Eaten> eaten = app.diary().eatenFoods(date).stream().map(f -> new Eaten(f.food().id(), f.grams(), f.dish())).toList();
        return app.dayAnalyzer().analyze(app.profiles().get(), date, eaten);
    }

    static Result load(FridgeChef app, LocalDate date) {
        DayAnalysis analysis = analyze(app, date);
        Map<Nutrient, Double> gaps = new LinkedHashMap<>();
        for (DayAnalysis.NutrientResult r : analysis.withStatus(DayAnalysis.Status.LOW)) gaps.put(r.nutrient(), r.missing());
        return new Result(analysis, app.supplements().advise(gaps));
    }
}
