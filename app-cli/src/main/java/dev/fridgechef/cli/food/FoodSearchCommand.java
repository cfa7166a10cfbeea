package dev.fridgechef.cli.food;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.ReadsOnly;
import dev.fridgechef.cli.Fmt;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.cli.TextTable;
import dev.fridgechef.food.FoodMatch;
import dev.fridgechef.food.Nutrient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "search", mixinStandardHelpOptions = true)
public final class FoodSearchCommand implements Runnable, ReadsOnly {
    private final CliContext context;

    @Parameters(paramLabel = "TEXT", arity = "1..*", descriptionKey = "food.search.text")
    List<String> text;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", descriptionKey = "food.search.limit")
    int limit;

    @Mixin
    JsonOption json;

    /** One hit as printed with --json. */
    record Hit(String id, String name, String description, String group, double score, String matchedAlias,
               Double energyKcal, Double proteinG) {
    }

    public FoodSearchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        List<FoodMatch> matches = context.foods().search().search(String.join(" ", text), Math.max(1, limit));
        List<Hit> hits = matches.stream().map(m -> new Hit(m.food().id(), m.food().displayName(context.russian()),
                m.food().description(), m.food().group().name(), Math.round(m.score() * 100) / 100.0, m.alias(),
                known(m.food().per100g().get(Nutrient.ENERGY)), known(m.food().per100g().get(Nutrient.PROTEIN)))).toList();
        if (json.enabled()) {
            context.printJson(hits);
            return;
        }
        if (hits.isEmpty()) {
            context.out().println(context.text("cli.food.none", String.join(" ", text)));
            return;
        }
        TextTable table = new TextTable(List.of(context.text("cli.col.id"), context.text("cli.col.name"),
                context.text("cli.col.kcal100"), context.text("cli.col.protein100"), context.text("cli.col.description")),
                false, false, true, true, false);
        for (Hit h : hits) {
            table.row(h.id(), h.name(), context.num(h.energyKcal(), 0), context.num(h.proteinG(), 1),
                    h.name().equals(h.description()) ? "" : h.description());
        }
        table.print(context.out());
    }

    private static Double known(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
