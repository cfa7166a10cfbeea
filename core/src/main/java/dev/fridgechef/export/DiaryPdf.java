package dev.fridgechef.export;

import dev.fridgechef.analysis.AnalysisFormat;
import dev.fridgechef.analysis.DayAnalysis;
import dev.fridgechef.analysis.DayAnalysisRenderer;
import dev.fridgechef.analysis.OfflineSummary;
import dev.fridgechef.diary.DiaryDay;
import dev.fridgechef.diary.DiaryEntry;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.food.Nutrients;
import dev.fridgechef.profile.Targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The diary as a PDF: a day's meals and entries with nutrition against the targets and the day's
 * analysis (every nutrient against its reference, the gaps and what would close them); or a week,
 * a line a day with the average against the targets. Every figure is the diary's and the analysis's.
 */
final class DiaryPdf {
    static final List<Nutrient> MAIN = List.of(Nutrient.ENERGY, Nutrient.PROTEIN, Nutrient.FAT, Nutrient.CARBOHYDRATE, Nutrient.FIBER);

    private final Shown shown;
    private final FoodDatabase foods;

    DiaryPdf(Shown shown, FoodDatabase foods) {
        this.shown = shown;
        this.foods = foods;
    }

    /** {@code analysis} is empty for a day with nothing of known weight eaten. */
    byte[] day(DiaryDay day, Optional<Targets> targets, Optional<DayAnalysis> analysis, Paper paper) {
        String title = shown.text("export.diary.day.title", shown.longDate(day.date()));
        PdfLayout pdf = new PdfLayout(paper, title, "Fridge Chef — " + title, shown.messages().locale().toLanguageTag());
        pdf.title(title);
        if (day.entryCount() == 0) {
            pdf.paragraph(shown.text("export.diary.empty"), PdfLayout.Style.BODY);
            return pdf.finish();
        }
        List<PdfLayout.Row> rows = new ArrayList<>();
        for (DiaryDay.Session s : day.sessions()) {
            rows.add(new PdfLayout.Row(cells(s.total(), s.session().time().toString() + " " + shown.meal(s.session().meal()), ""), true));
            for (DiaryDay.Entry e : s.entries()) rows.add(new PdfLayout.Row(cells(e.nutrients(), "  " + name(e.entry()), amount(e.entry())), false));
        }
        rows.add(PdfLayout.Row.total(cells(day.total(), shown.text("export.total"), "").toArray(String[]::new)));
        targets.ifPresent(t -> {
            rows.add(new PdfLayout.Row(targetCells(t), false));
            rows.add(new PdfLayout.Row(percentCells(day.total(), t), false));
        });
        pdf.table(columns(), headers(shown.text("export.col.what"), shown.text("export.col.amount")), rows);
        if (targets.isEmpty()) pdf.paragraph(shown.text("export.diary.notargets"), PdfLayout.Style.SMALL);
        for (DiaryEntry e : day.unweighed()) {
            pdf.paragraph(shown.text("export.diary.unweighed", name(e)), PdfLayout.Style.SMALL);
        }
        analysis.ifPresent(a -> analysis(pdf, a));
        return pdf.finish();
    }

    private void analysis(PdfLayout pdf, DayAnalysis a) {
        var m = shown.messages();
        pdf.heading(shown.text("export.diary.analysis"), 60);
        List<PdfLayout.Row> rows = new ArrayList<>();
        for (DayAnalysis.NutrientResult r : a.nutrients()) {
            String eaten = AnalysisFormat.amount(r.amount(), r.nutrient(), m);
            if (!r.lacking().isEmpty()) eaten += "\n" + shown.text("export.diary.coverage", AnalysisFormat.share(r.coverage()));
            rows.add(PdfLayout.Row.of(AnalysisFormat.nutrient(r.nutrient(), m), eaten, DayAnalysisRenderer.reference(r, m),
                    r.percentOfReference().map(p -> AnalysisFormat.percent(p) + " %").orElse(""), m.get("analysis.status." + r.status().key())));
        }
        pdf.table(List.of(new PdfLayout.Column(2.2f, false), new PdfLayout.Column(1.6f, true), new PdfLayout.Column(3f, false),
                new PdfLayout.Column(0.9f, true), new PdfLayout.Column(1.3f, false)),
                List.of(shown.text("export.col.nutrient"), shown.text("export.col.eaten"), shown.text("export.col.reference"), "%",
                        shown.text("export.col.status")), rows);
        List<DayAnalysis.NutrientResult> gaps = OfflineSummary.gapsWorstFirst(a);
        if (!gaps.isEmpty()) {
            pdf.heading(m.get("analysis.gaps"), 40);
            for (DayAnalysis.NutrientResult r : gaps) {
                pdf.keep(45); // the gap's title with its first suggestion
                pdf.paragraph(m.format("analysis.gap", AnalysisFormat.nutrient(r.nutrient(), m), AnalysisFormat.amount(r.missing(), r.nutrient(), m)),
                        PdfLayout.Style.BOLD);
                if (r.fixes().isEmpty()) pdf.item("–", m.get("analysis.gap.none"), PdfLayout.Style.BODY);
                for (DayAnalysis.Suggestion s : r.fixes()) pdf.item("–", DayAnalysisRenderer.suggestion(s, m), PdfLayout.Style.BODY);
                pdf.gap(3);
            }
        }
        pdf.gap(6);
        for (String note : DayAnalysisRenderer.notes(a, m)) pdf.paragraph(note, PdfLayout.Style.SMALL);
    }

    byte[] week(LocalDate from, LocalDate to, List<DiaryDay> days, Optional<Targets> targets, Paper paper) {
        String title = shown.text("export.diary.week.title", shown.date(from), shown.date(to));
        PdfLayout pdf = new PdfLayout(paper, title, "Fridge Chef — " + title, shown.messages().locale().toLanguageTag());
        pdf.title(title);
        List<PdfLayout.Row> rows = new ArrayList<>();
        for (DiaryDay d : days) {
            if (d.entryCount() == 0) rows.add(PdfLayout.Row.of(blank(shown.shortDate(d.date()), "0")));
            else rows.add(new PdfLayout.Row(cells(d.total(), shown.shortDate(d.date()), Integer.toString(d.entryCount())), false));
        }
        List<DiaryDay> logged = days.stream().filter(d -> d.entryCount() > 0).toList();
        Nutrients average = logged.stream().map(DiaryDay::total).reduce(Nutrients.ZERO, Nutrients::plus).scaled(logged.isEmpty() ? 1 : 1.0 / logged.size());
        if (!logged.isEmpty()) rows.add(PdfLayout.Row.total(cells(average, shown.text("export.diary.average", logged.size()), "").toArray(String[]::new)));
        targets.ifPresent(t -> {
            rows.add(new PdfLayout.Row(targetCells(t), false));
            if (!logged.isEmpty()) rows.add(new PdfLayout.Row(percentCells(average, t), false));
        });
        pdf.table(columns(), headers(shown.text("export.col.date"), shown.text("export.col.entries")), rows);
        if (logged.isEmpty()) pdf.paragraph(shown.text("export.diary.week.empty"), PdfLayout.Style.BODY);
        if (targets.isEmpty()) pdf.paragraph(shown.text("export.diary.notargets"), PdfLayout.Style.SMALL);
        long unweighed = days.stream().mapToLong(d -> d.unweighed().size()).sum();
        if (unweighed > 0) pdf.paragraph(shown.text("export.diary.unweighed.count", unweighed), PdfLayout.Style.SMALL);
        return pdf.finish();
    }

    String name(DiaryEntry e) {
        return switch (e.kind()) {
            case FOOD -> foods.byId(e.foodId()).map(f -> f.displayName(shown.russian())).orElse(e.label());
            default -> e.label(shown.russian());
        };
    }

    /** "150 g", "1.5 servings, 420 g", "3 foods, 280 g"; with the share eaten when it is not all. */
    String amount(DiaryEntry e) {
        String served = switch (e.kind()) {
            case RECIPE -> shown.text("export.diary.servings", shown.quantity(e.servings()), shown.num(e.servedGrams(), 0));
            case FOOD -> e.amount() != null && !e.amount().endsWith(" g") && e.unweighed().isEmpty()
                    ? shown.text("export.diary.weighed", e.amount(), shown.num(e.servedGrams(), 0))
                    : e.amount() != null && !e.unweighed().isEmpty() ? e.amount() : shown.num(e.servedGrams(), 0) + " " + shown.unit("g");
            case DISH -> shown.text("export.diary.dish", e.portions().size(), shown.num(e.servedGrams(), 0));
        };
        return e.eatenPercent() < 100 ? shown.text("export.diary.eaten", served, shown.quantity(e.eatenPercent())) : served;
    }

    private static List<PdfLayout.Column> columns() {
        List<PdfLayout.Column> c = new ArrayList<>(List.of(new PdfLayout.Column(2.6f, false), new PdfLayout.Column(1.6f, false)));
        for (int i = 0; i < MAIN.size(); i++) c.add(new PdfLayout.Column(i == 0 ? 0.9f : 1.25f, true));
        return c;
    }

    private List<String> headers(String... first) {
        List<String> h = new ArrayList<>(List.of(first));
        h.add(shown.text("export.col.kcal"));
        h.add(shown.text("export.col.protein"));
        h.add(shown.text("export.col.fat"));
        h.add(shown.text("export.col.carbs"));
        h.add(shown.text("export.col.fiber"));
        return h;
    }

    private List<String> cells(Nutrients n, String... first) {
        List<String> c = new ArrayList<>(List.of(first));
        for (Nutrient nutrient : MAIN) c.add(shown.num(n.isKnown(nutrient) ? n.get(nutrient) : 0, nutrient == Nutrient.ENERGY ? 0 : 1));
        return c;
    }

    private static String[] blank(String... first) {
        List<String> c = new ArrayList<>(List.of(first));
        for (int i = 0; i < MAIN.size(); i++) c.add("–");
        return c.toArray(String[]::new);
    }

    private List<String> targetCells(Targets t) {
        List<String> c = new ArrayList<>(List.of(shown.text("export.target"), ""));
        for (Nutrient n : MAIN) c.add(shown.num(t.of(n), n == Nutrient.ENERGY ? 0 : 1));
        return c;
    }

    private List<String> percentCells(Nutrients n, Targets t) {
        List<String> c = new ArrayList<>(List.of(shown.text("export.diary.percent"), ""));
        for (Nutrient nutrient : MAIN) c.add(shown.num(100 * n.getOrZero(nutrient) / t.of(nutrient), 0) + " %");
        return c;
    }
}
