package dev.fridgechef.cli.diary;

import dev.fridgechef.analysis.DayAnalysis;
import dev.fridgechef.analysis.Reference;

import java.time.LocalDate;
import java.util.List;

/** The day analysis as {@code fridge day close --json} prints it: nutrients by key, foods by id and name. */
record DayAnalysisView(LocalDate date, String sex, Integer age, boolean targetsKnown, List<String> unknownFoods, List<NutrientView> nutrients) {

    record ReferenceView(String kind, double amount, Double low, Double high) {
    }

    record Contributor(String foodId, String food, String dish, double amount, double share) {
    }

    record Fix(String source, String id, String name, double amount, double gives, double shareOfGap, LocalDate expiresOn) {
    }

    record NutrientView(String nutrient, String unit, double amount, double coverage, List<String> lacking, ReferenceView reference,
                        String status, Double percentOfReference, double missing, List<Contributor> top, List<Fix> fixes) {
    }

    static DayAnalysisView of(DayAnalysis a, boolean russian) {
        return new DayAnalysisView(a.date(), a.sex() == null ? null : a.sex().name().toLowerCase(java.util.Locale.ROOT), a.age(), a.targetsKnown(),
                a.unknownFoods().stream().map(e -> e.foodId()).toList(),
                a.nutrients().stream().map(r -> nutrient(r, russian)).toList());
    }

    static NutrientView nutrient(DayAnalysis.NutrientResult r, boolean russian) {
        Reference ref = r.reference();
        return new NutrientView(r.nutrient().key(), r.nutrient().unit(), r.amount(), r.coverage(),
                r.lacking().stream().map(n -> russian ? n.ru() : n.en()).toList(),
                ref == null ? null : new ReferenceView(ref.kind().name().toLowerCase(java.util.Locale.ROOT), ref.amount(), ref.low(), ref.high()),
                r.status().key(), r.percentOfReference().orElse(null), r.missing(),
                r.top().stream().map(c -> new Contributor(c.food().id(), c.food().displayName(russian), c.dish(), c.amount(), c.share())).toList(),
                fixes(r.fixes(), russian));
    }

    static List<Fix> fixes(List<DayAnalysis.Suggestion> fixes, boolean russian) {
        return fixes.stream().map(f -> new Fix(f.source().name().toLowerCase(java.util.Locale.ROOT), f.id(), russian ? f.name().ru() : f.name().en(),
                f.amount(), f.gives(), f.shareOfGap(), f.expiresOn())).toList();
    }
}
