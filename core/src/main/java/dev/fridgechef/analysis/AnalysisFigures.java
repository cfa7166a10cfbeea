package dev.fridgechef.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every number a text about a day may contain: the computed amounts, references, percentages,
 * coverages, contributions, suggestions and counts, the date, and the constants the texts quote (10 %
 * of energy, 14 g per 1000 kcal, ages 14 and over). Shares are kept as fractions; {@link NumberCheck}
 * also reads them as percentages.
 */
public final class AnalysisFigures {
    private AnalysisFigures() {
    }

    public static List<Double> of(DayAnalysis a) {
        List<Double> f = new ArrayList<>();
        date(f, a.date());
        f.add((double) a.eaten().size());
        f.add((double) a.unknownFoods().size());
        f.add(a.eaten().stream().mapToDouble(Eaten::grams).sum());
        if (a.age() != null) f.add((double) a.age());
        f.add(ReferenceIntakes.SUGAR_SHARE);
        f.add(ReferenceIntakes.SATURATED_FAT_SHARE);
        f.add(ReferenceIntakes.FIBER_PER_1000_KCAL);
        f.add(1000.0);
        f.add(14.0); // the youngest age the reference table covers
        for (DayAnalysis.Status s : DayAnalysis.Status.values()) {
            int count = a.withStatus(s).size();
            f.add((double) count);
            f.add((double) (count - OfflineSummary.MAX_LISTED));
        }
        double energy = a.energy();
        for (DayAnalysis.NutrientResult r : a.nutrients()) {
            f.add(r.amount());
            f.add(r.coverage());
            f.add(r.missing());
            if (energy > 0 && kcalPerGram(r) > 0) f.add(r.amount() * kcalPerGram(r) / energy);
            if (r.reference() != null) {
                Reference ref = r.reference();
                f.add(ref.amount());
                // a target's ±10 % band is never shown; an RDA's or AI's upper limit is
                if (ref.kind() != Reference.Kind.TARGET && ref.high() != null) f.add(ref.high());
                r.percentOfReference().ifPresent(p -> f.add(p / 100));
            }
            for (DayAnalysis.Contribution c : r.top()) {
                f.add(c.amount());
                f.add(c.share());
            }
            for (DayAnalysis.Suggestion s : r.fixes()) {
                f.add(s.amount());
                f.add(s.gives());
                f.add(s.shareOfGap());
                if (s.expiresOn() != null) date(f, s.expiresOn());
            }
        }
        for (Eaten e : a.eaten()) f.add(e.grams());
        return f;
    }

    /** The names a text about {@code a} may quote (foods, dishes, stock items, recipes, unknown food ids), in both languages. */
    public static List<String> names(DayAnalysis a) {
        List<String> n = new ArrayList<>();
        for (Eaten e : a.eaten()) n.add(e.dish());
        for (Eaten e : a.unknownFoods()) n.add(e.foodId());
        for (DayAnalysis.NutrientResult r : a.nutrients()) {
            for (DayAnalysis.Contribution c : r.top()) {
                n.add(c.food().displayName(false));
                n.add(c.food().displayName(true));
            }
            for (var l : r.lacking()) {
                n.add(l.en());
                n.add(l.ru());
            }
            for (DayAnalysis.Suggestion s : r.fixes()) {
                n.add(s.name().en());
                n.add(s.name().ru());
            }
        }
        return n;
    }

    /** Energy per gram of the macronutrients that have one, for their share of the day's energy; 0 otherwise. */
    private static double kcalPerGram(DayAnalysis.NutrientResult r) {
        return switch (r.nutrient()) {
            case PROTEIN, CARBOHYDRATE, SUGAR -> 4;
            case FAT, SATURATED_FAT -> 9;
            default -> 0;
        };
    }

    private static void date(List<Double> f, LocalDate d) {
        f.add((double) d.getYear());
        f.add((double) d.getMonthValue());
        f.add((double) d.getDayOfMonth());
    }
}
