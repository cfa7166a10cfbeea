package dev.fridgechef.cli.supplements;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.i18n.Messages;
import dev.fridgechef.supplements.Advice;
import dev.fridgechef.supplements.SupplementRule;
import dev.fridgechef.supplements.SupplementText;

import java.io.PrintWriter;
import java.util.List;

/** Prints supplement advice; the sentences come from {@link SupplementText}. */
public final class SupplementsPrinter {
    private final CliContext context;
    private final SupplementText text;

    public SupplementsPrinter(CliContext context) {
        this.context = context;
        this.text = new SupplementText(context.messages());
    }

    public record Offer(String foodId, String food, double grams) {
    }

    public record FoodView(String rule, String title, Double missing, Double dailyTarget, Double perKg, String unit, boolean closesGap,
                    List<Offer> offers, String text) {
    }

    public record Source(String author, int year, String title) {
    }

    public record SuggestionView(String id, String name, double dose, String unit, Double perKg, Double weightKg, Double gap, boolean capped,
                          Double upperLimit, String doseText, String range, List<String> why, String timing, List<String> cautions,
                          String evidenceGrade, String evidence, Source source) {
    }

    public record ExcludedView(String id, String name, String why, String reason) {
    }

    public record AdviceView(String disclaimer, String lifeStage, List<String> profileMissing, List<FoodView> foodFirst,
                      List<SuggestionView> suggested, List<ExcludedView> excluded) {
    }

    public AdviceView view(Advice a, List<String> profileMissing) {
        return new AdviceView(text.disclaimer(), a.lifeStage().key(), profileMissing,
                a.foodFirst().stream().map(this::food).toList(),
                a.suggested().stream().map(this::suggestion).toList(),
                a.excluded().stream().map(e -> new ExcludedView(e.rule().id(), text.name(e.rule()), e.why().name().toLowerCase(java.util.Locale.ROOT),
                        text.excluded(e))).toList());
    }

    private FoodView food(Advice.FoodFirst f) {
        List<Offer> offers = f.offers().stream()
                .map(o -> new Offer(o.food().id(), o.food().displayName(context.russian()), o.grams())).toList();
        return new FoodView(f.rule().id(), text.foodFirstTitle(f), f.missing(), f.dailyTarget(), f.perKg(), text.unit(f.rule().dose().unit()),
                f.closesGap(), offers, text.foodFirst(f));
    }

    private SuggestionView suggestion(Advice.Suggestion s) {
        SupplementRule r = s.rule();
        Advice.Dose d = s.dose();
        return new SuggestionView(r.id(), text.name(r), d.amount(), text.unit(d.unit()), d.perKg(), d.weightKg(), d.gap(), d.capped(), s.limit(),
                text.dose(d), text.range(r), text.because(s), text.timing(r), text.cautions(s), r.evidence().grade(),
                r.evidence().note().in(context.messages().locale()), new Source(r.source().author(), r.source().year(), r.source().title()));
    }

    public void print(Advice a, List<String> profileMissing) {
        context.out().print(render(a, profileMissing));
        context.out().flush();
    }

    /** The dose amounts as the text writes them (what a rewording must keep). */
    public List<String> doses(Advice a) {
        return a.suggested().stream().map(s -> text.shown(s.dose().amount())).toList();
    }

    /** The advice as the text {@link #print} writes. */
    public String render(Advice a, List<String> profileMissing) {
        java.io.StringWriter buffer = new java.io.StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        out.println(text.disclaimer());
        if (!profileMissing.isEmpty()) {
            out.println();
            out.println(context.text("cli.supplements.incomplete", Messages.Keys.of("field.", profileMissing)));
        }
        if (!a.foodFirst().isEmpty()) {
            out.println();
            out.println(context.text("cli.supplements.food"));
            a.foodFirst().forEach(f -> out.println("  " + text.foodFirstTitle(f) + ": " + text.foodFirst(f)));
        }
        out.println();
        out.println(context.text("cli.supplements.suggested"));
        if (a.suggested().isEmpty()) out.println("  " + context.text("cli.supplements.nothing"));
        for (Advice.Suggestion s : a.suggested()) printSuggestion(out, s);
        if (!a.excluded().isEmpty()) {
            out.println();
            out.println(context.text("cli.supplements.excluded"));
            a.excluded().forEach(e -> out.println("  " + text.name(e.rule()) + ": " + text.excluded(e)));
        }
        out.flush();
        return buffer.toString();
    }

    private void printSuggestion(PrintWriter out, Advice.Suggestion s) {
        SupplementRule r = s.rule();
        out.println("  " + text.name(r) + " — " + text.dose(s.dose()));
        field(out, "cli.supplements.why", String.join("; ", text.because(s)));
        field(out, "cli.supplements.range", text.range(r));
        field(out, "cli.supplements.limit", text.limit(s));
        field(out, "cli.supplements.timing", text.timing(r));
        text.cautions(s).forEach(c -> field(out, "cli.supplements.caution", c));
        out.println("    " + text.evidence(r));
        field(out, "cli.supplements.source", text.source(r));
    }

    private void field(PrintWriter out, String labelKey, String value) {
        out.println("    " + context.text(labelKey) + ": " + value);
    }
}
