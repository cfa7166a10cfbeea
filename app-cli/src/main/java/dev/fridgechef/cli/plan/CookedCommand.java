package dev.fridgechef.cli.plan;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.Fmt;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.inventory.InventoryService;
import dev.fridgechef.recipe.RecipeFacts;
import dev.fridgechef.unit.QuantityParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "cooked", mixinStandardHelpOptions = true)
public final class CookedCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "RECIPE", descriptionKey = "cooked.recipe")
    String recipe;

    @Option(names = "--servings", paramLabel = "X", descriptionKey = "cooked.servings")
    Double servings;

    @Mixin
    JsonOption json;

    /** Per food: grams the recipe wanted, grams taken from stock. */
    record TakenView(String foodId, String name, double wantedGrams, double takenGrams, double missingGrams) {
    }

    public CookedCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        var app = context.app();
        RecipeFacts facts = app.cooking().recipe(recipe);
        double portions = servings != null ? servings : facts.recipe().servings();
        InventoryService.Consumption c = app.cooking().cooked(facts, portions);
        boolean ru = context.russian();
        List<TakenView> rows = c.taken().stream().map(t -> new TakenView(t.food().id(), t.food().displayName(ru),
                Fmt.round(t.wantedGrams(), 1), Fmt.round(t.takenGrams(), 1), Fmt.round(t.missingGrams(), 1))).toList();
        if (json.enabled()) {
            context.printJson(rows);
            return;
        }
        context.out().println(context.text("cli.cooked.done", recipe, QuantityParser.format(portions)));
        for (TakenView t : rows) {
            String line = t.missingGrams() > 0.5
                    ? context.text("cli.cooked.partial", t.name(), Fmt.num(t.takenGrams(), 0), Fmt.num(t.missingGrams(), 0))
                    : context.text("cli.cooked.taken", t.name(), Fmt.num(t.takenGrams(), 0));
            context.out().println("  " + line);
        }
    }
}
