package dev.fridgechef.cli.insights;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.ReadsOnly;
import dev.fridgechef.cli.Fmt;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.cli.TextTable;
import dev.fridgechef.insights.Insights;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.LocalTime;
import java.util.List;

/** {@code fridge insights}: how the person eats, from the diary of the last weeks. */
@Command(name = "insights", mixinStandardHelpOptions = true)
public final class InsightsCommand implements Runnable, ReadsOnly {
    private final CliContext context;

    @Option(names = "--weeks", paramLabel = "N", descriptionKey = "insights.weeks")
    int weeks = Insights.DEFAULT_WEEKS;

    @Mixin
    JsonOption json;

    public InsightsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        Insights in = context.app().insights().insights(weeks);
        if (json.enabled()) {
            context.printJson(in);
            return;
        }
        PrintWriter out = context.out();
        out.println(context.text("cli.insights.header", in.from(), in.to(), in.weeks(), in.loggedDays()));
        if (!in.enoughData()) {
            out.println(context.text("cli.insights.notenough", Insights.MIN_DAYS));
            return;
        }
        Insights.MealHabit b = in.breakfast();
        out.println();
        out.println(b.days() == 0 ? context.text("cli.insights.breakfast.none")
                : context.text("cli.insights.breakfast", b.days(), in.loggedDays(), percent(b.share()), time(b.median()), time(b.earliest()),
                        time(b.latest()), b.spreadMinutes()));
        out.println();
        TextTable meals = new TextTable(List.of(context.text("cli.insights.col.meal"), context.text("cli.insights.col.days"),
                context.text("cli.insights.col.usual"), context.text("cli.insights.col.middle")), false, true, false, false);
        for (Insights.MealHabit h : in.meals()) {
            meals.row(context.text("meal." + h.meal().key()), h.days() + " (" + percent(h.share()) + ")", time(h.median()),
                    h.median() == null ? "" : time(h.earliest()) + "–" + time(h.latest()));
        }
        meals.print(out);
        trends(out, "cli.insights.rising", in.rising(), in.weeks());
        trends(out, "cli.insights.falling", in.falling(), in.weeks());
        if (in.rising().isEmpty() && in.falling().isEmpty()) {
            out.println();
            out.println(context.text("cli.insights.trends.none"));
        }
        out.println();
        if (in.unfinished().isEmpty()) out.println(context.text("cli.insights.unfinished.none", context.num(Insights.UNFINISHED_PERCENT, 0)));
        else {
            out.println(context.text("cli.insights.unfinished"));
            for (Insights.Unfinished u : in.unfinished()) {
                out.println("  " + context.text("cli.insights.unfinished.line", u.label(context.russian()), context.num(u.meanPercent(), 0), u.logs()));
            }
        }
        adherence(out, in);
        out.println();
        out.println(context.text("cli.insights.portions", context.num(in.medianEatenPercent(), 0)));
        if (in.energyVsTarget() != null) out.println(context.text("cli.insights.energy", percent(in.energyVsTarget())));
        String skipped = String.join(", ", in.hints().skippedMeals().stream().map(s -> context.text("meal." + s.meal().key())).toList());
        if (!skipped.isEmpty()) out.println(context.text("cli.insights.skipped", skipped));
    }

    private void trends(PrintWriter out, String key, List<Insights.Trend> trends, int weeksShown) {
        if (trends.isEmpty()) return;
        out.println();
        out.println(context.text(key, weeksShown / 2.0 == (int) (weeksShown / 2.0) ? Integer.toString(weeksShown / 2) : context.num(weeksShown / 2.0, 1)));
        for (Insights.Trend t : trends) {
            out.println("  " + context.text("cli.insights.trend.line", t.label(context.russian()), context.text("cli.insights.kind." + t.kind().name().toLowerCase(java.util.Locale.ROOT)),
                    context.num(t.earlierPerWeek(), 1), context.num(t.recentPerWeek(), 1)));
        }
    }

    private void adherence(PrintWriter out, Insights in) {
        out.println();
        if (in.energyTarget() == null) {
            out.println(context.text("cli.insights.adherence.notargets"));
            return;
        }
        out.println(context.text("cli.insights.adherence", context.num(in.energyTarget(), 0), context.num(in.proteinTarget(), 0)));
        TextTable table = new TextTable(List.of(context.text("cli.insights.col.week"), context.text("cli.insights.col.days"),
                context.text("cli.insights.col.ontarget"), context.text("cli.insights.col.kcal")), false, true, true, true);
        for (Insights.WeekAdherence w : in.adherence()) {
            table.row(w.week().toString(), Integer.toString(w.loggedDays()), w.onTarget() + " (" + percent(w.share()) + ")",
                    context.num(w.meanEnergy(), 0) + " (" + percent(w.meanEnergy() / in.energyTarget()) + ")");
        }
        table.print(out);
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    private static String time(LocalTime t) {
        return t == null ? "–" : t.toString();
    }
}
