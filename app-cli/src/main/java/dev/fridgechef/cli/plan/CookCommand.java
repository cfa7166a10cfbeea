package dev.fridgechef.cli.plan;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.Fmt;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.cli.TextTable;
import dev.fridgechef.plan.CookService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "cook", mixinStandardHelpOptions = true)
public final class CookCommand implements Runnable {
    private final CliContext context;

    @Option(names = "--max-missing", paramLabel = "N", defaultValue = "2", descriptionKey = "cook.maxmissing")
    int maxMissing;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "15", descriptionKey = "cook.limit")
    int limit;

    @Option(names = "--meal", paramLabel = "MEAL", descriptionKey = "cook.meal")
    String meal;

    @Option(names = "--now", descriptionKey = "cook.now")
    boolean now;

    @Mixin
    JsonOption json;

    /** One suggestion as printed with --json. */
    record SuggestionView(String recipeId, String titleEn, String titleRu, double coverage, double expiringShare,
                          double energyPerServing, double proteinPerServing, List<CookService.Missing> missing, boolean keyInStock,
                          List<CookService.Missing> rescues) {
    }

    public CookCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        dev.fridgechef.recipe.MealType type = meal != null ? dev.fridgechef.recipe.MealType.parse(meal)
                : now ? CookService.mealAt(java.time.LocalTime.now()) : null;
        List<SuggestionView> rows = context.app().cooking().suggestions(Math.max(0, maxMissing), type).stream().limit(Math.max(1, limit))
                .map(s -> new SuggestionView(s.recipe().recipe().id(), s.recipe().recipe().title(false), s.recipe().recipe().title(true),
                        Fmt.round(s.coverage(), 3), Fmt.round(s.expiringShare(), 3), Fmt.round(s.recipe().energyPerServing(), 1),
                        Fmt.round(s.recipe().proteinPerServing(), 1), s.missing(), s.keyInStock(), s.rescues()))
                .toList();
        if (json.enabled()) {
            context.printJson(rows);
            return;
        }
        if (rows.isEmpty()) {
            context.out().println(context.text("cli.cook.none", maxMissing));
            return;
        }
        boolean ru = context.russian();
        TextTable table = new TextTable(List.of(context.text("cli.col.recipe"), context.text("cli.col.covered"),
                context.text("cli.col.expiring"), context.text("cli.col.kcalserving"), context.text("cli.col.missing")),
                false, true, true, true, false);
        for (SuggestionView r : rows) {
            String missing = r.missing().isEmpty() ? "-" : String.join(", ", r.missing().stream()
                    .map(m -> (ru ? m.nameRu() : m.nameEn()) + " " + context.grams(m.grams())).toList());
            String rescues = String.join(", ", r.rescues().stream().map(m -> (ru ? m.nameRu() : m.nameEn()) + " " + context.grams(m.grams())).toList());
            table.row((r.keyInStock() ? "" : "(!) ") + (ru ? r.titleRu() : r.titleEn()) + " [" + r.recipeId() + "]",
                    Math.round(r.coverage() * 100) + " %", rescues.isEmpty() ? "-" : rescues, context.num(r.energyPerServing(), 0), missing);
        }
        table.print(context.out());
    }
}
