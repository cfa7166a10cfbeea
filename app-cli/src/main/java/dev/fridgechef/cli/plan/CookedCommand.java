package dev.fridgechef.cli.plan;

import dev.fridgechef.i18n.Quantities;
import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.Fmt;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.DateSpec;
import dev.fridgechef.plan.PlannedCooking;
import dev.fridgechef.recipe.MealType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.util.List;

/** {@code fridge cooked RECIPE} or {@code fridge cooked --planned MEAL}: the stock taken and the planned meal marked, in one step. */
@Command(name = "cooked", mixinStandardHelpOptions = true)
public final class CookedCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "RECIPE", arity = "0..1", descriptionKey = "cooked.recipe")
    String recipe;

    @Option(names = "--planned", paramLabel = "MEAL", descriptionKey = "cooked.planned")
    String planned;

    @Option(names = "--day", paramLabel = "DATE", descriptionKey = "cooked.day")
    String day;

    @Option(names = "--servings", paramLabel = "X", descriptionKey = "cooked.servings")
    Double servings;

    @Mixin
    JsonOption json;

    /** Per food: grams the recipe wanted, grams taken from stock. */
    record TakenView(String foodId, String name, double wantedGrams, double takenGrams, double missingGrams) {
    }

    record CookedView(String title, double servings, String markedMeal, LocalDate markedDay, List<TakenView> taken) {
    }

    public CookedCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        if ((recipe == null) == (planned == null)) throw new UserException("error.cooked.what");
        var app = context.app();
        PlannedCooking.Result result;
        if (planned != null) {
            LocalDate today = app.inventory().today();
            LocalDate date = day == null ? today : DateSpec.parseDate(day, today);
            result = app.plannedCooking().cookPlanned(app.plans().covering(date)
                    .orElseThrow(() -> new UserException("error.plan.none", date)).id(), date, MealType.parse(planned), servings);
        } else {
            result = app.plannedCooking().cookRecipe(recipe, servings);
        }
        boolean ru = context.russian();
        List<TakenView> rows = result.consumption().taken().stream().map(t -> new TakenView(t.food().id(), t.food().displayName(ru),
                Fmt.round(t.wantedGrams(), 1), Fmt.round(t.takenGrams(), 1), Fmt.round(t.missingGrams(), 1))).toList();
        String title = ru ? result.titleRu() : result.titleEn();
        if (json.enabled()) {
            context.printJson(new CookedView(title, result.servings(), result.marked().map(s -> s.meal().key()).orElse(null),
                    result.marked().map(PlannedCooking.Slot::day).orElse(null), rows));
            return;
        }
        long short_ = rows.stream().filter(t -> t.missingGrams() > 0.5).count();
        context.out().println(short_ == 0
                ? context.text("cli.cooked.done", title, Quantities.amount(result.servings(), context.russian()))
                : context.text("cli.cooked.short", title, Quantities.amount(result.servings(), context.russian()), short_, rows.size()));
        for (TakenView t : rows) {
            String line = t.missingGrams() > 0.5
                    ? context.text("cli.cooked.partial", t.name(), context.num(t.takenGrams(), 0), context.num(t.missingGrams(), 0))
                    : context.text("cli.cooked.taken", t.name(), context.num(t.takenGrams(), 0));
            context.out().println("  " + line);
        }
        result.marked().ifPresent(s -> context.out().println(context.text("cli.cooked.marked", context.text("meal." + s.meal().key()), s.day())));
    }
}
