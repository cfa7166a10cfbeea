package dev.fridgechef.cli.llm;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.cli.TextTable;
import dev.fridgechef.llm.UsageLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "usage", mixinStandardHelpOptions = true)
public final class UsageCommand implements Runnable {
    private final CliContext context;

    @Option(names = "--days", paramLabel = "N", defaultValue = "30", descriptionKey = "usage.days")
    int days;

    @Mixin
    JsonOption json;

    /** What --json prints: usage per day and per feature ("plan", "chat", "test"). */
    record Report(List<UsageLedger.Day> days, List<UsageLedger.Feature> features) {
    }

    public UsageCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        int span = Math.max(1, Math.min(days, 366));
        List<UsageLedger.Day> rows = context.aiApp().usage().days(span);
        List<UsageLedger.Feature> features = context.aiApp().usage().features(span);
        if (json.enabled()) {
            context.printJson(new Report(rows, features));
            return;
        }
        if (rows.isEmpty()) {
            context.out().println(context.text("cli.usage.none", days));
            return;
        }
        TextTable table = new TextTable(List.of(context.text("cli.col.day"), context.text("cli.col.calls"), context.text("cli.col.hits"),
                context.text("cli.col.hitrate"), context.text("cli.col.failed"), context.text("cli.col.tokens"), context.text("cli.col.cost")),
                false, true, true, true, true, true, true);
        double total = 0;
        for (UsageLedger.Day d : rows) {
            total += d.costUsd();
            table.row(d.day().toString(), Integer.toString(d.calls()), Integer.toString(d.cacheHits()),
                    Math.round(d.cacheHitRate() * 100) + " %", Integer.toString(d.failures()), d.tokensIn() + " / " + d.tokensOut(),
                    dollars(d.costUsd()));
        }
        table.print(context.out());
        context.out().println();
        context.out().println(context.text("cli.usage.features"));
        TextTable byFeature = new TextTable(List.of(context.text("cli.col.feature"), context.text("cli.col.calls"), context.text("cli.col.hits"),
                context.text("cli.col.failed"), context.text("cli.col.tokens"), context.text("cli.col.cost")), false, true, true, true, true, true);
        for (UsageLedger.Feature f : features) {
            byFeature.row(f.purpose(), Integer.toString(f.calls()), Integer.toString(f.cacheHits()), Integer.toString(f.failures()),
                    f.tokensIn() + " / " + f.tokensOut(), dollars(f.costUsd()));
        }
        byFeature.print(context.out());
        context.out().println(context.text("cli.usage.total", dollars(total)));
        java.util.Map<String, Integer> hits = context.aiApp().usage().cacheHitsByKind(Math.max(1, Math.min(days, 366)));
        context.out().println(context.text("cli.usage.hits", hits.getOrDefault("exact", 0), hits.getOrDefault("reuse", 0),
                context.aiApp().llmSettings().reuseExtraFoods(), hits.getOrDefault("chat", 0), hits.getOrDefault("dishes", 0),
                dev.fridgechef.plan.DishReuse.WINDOW_DAYS, hits.getOrDefault("local", 0)));
    }

    /** "$0.0123", with the language's decimal mark ("$0,0123" in Russian). */
    private String dollars(double usd) {
        return "$" + context.num(usd, 4);
    }
}
