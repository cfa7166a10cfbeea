package dev.fridgechef.cli.plan;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.inventory.DateSpec;
import dev.fridgechef.plan.PlanOptions;
import dev.fridgechef.plan.StoredPlan;
import dev.fridgechef.recipe.MealType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

@Command(name = "plan", mixinStandardHelpOptions = true, subcommands = {PlanShowCommand.class, PlanListCommand.class, PlanSaveCommand.class})
public final class PlanCommand implements Runnable {
    private final CliContext context;

    @Option(names = "--days", paramLabel = "N", defaultValue = "3", descriptionKey = "plan.days")
    int days;

    @Option(names = "--meals", paramLabel = "MEAL,...", defaultValue = "breakfast,lunch,dinner,snack", descriptionKey = "plan.meals")
    String meals;

    @Option(names = "--start", paramLabel = "DATE", descriptionKey = "plan.start")
    String start;

    @Option(names = "--fresh", descriptionKey = "plan.fresh")
    boolean fresh;

    @Option(names = "--shop", paramLabel = "none|few|any", defaultValue = "few", descriptionKey = "plan.shop")
    String shop;

    @Option(names = "--max-buy", paramLabel = "N", defaultValue = "-1", descriptionKey = "plan.maxbuy")
    int maxBuy;

    @Option(names = "--people", paramLabel = "N", defaultValue = "0", descriptionKey = "plan.people")
    int people;

    @Option(names = "--ai", descriptionKey = "plan.ai")
    boolean ai;

    @Option(names = "--async", descriptionKey = "plan.async")
    boolean async;

    @Option(names = "--wish", paramLabel = "TEXT", descriptionKey = "plan.wish")
    String wish;

    @Mixin
    JsonOption json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    public PlanCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        List<MealType> mealTypes = Arrays.stream(meals.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(MealType::parse).distinct().sorted().toList();
        if (mealTypes.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), context.text("cli.plan.nomeals"));
        }
        LocalDate today = context.app().inventory().today();
        LocalDate from = start == null ? today : DateSpec.parseDate(start, today);
        if (maxBuy < -1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), context.text("cli.plan.maxbuy"));
        if (wish != null && !ai) throw new picocli.CommandLine.ParameterException(spec.commandLine(), context.text("cli.plan.wish.ai"));
        PlanOptions asked = new PlanOptions(from, days, mealTypes, fresh, dev.fridgechef.plan.ShopMode.parse(shop), maxBuy, people,
                wish == null ? null : dev.fridgechef.text.SafeText.clean(wish));
        // without --meals the meals are the default set: the diary may leave out a meal the person skips
        PlanOptions options = spec.commandLine().getParseResult().hasMatchedOption("--meals") ? asked : asked.withDefaultMeals();
        if (async) {
            if (!ai) throw new picocli.CommandLine.ParameterException(spec.commandLine(), context.text("cli.plan.async.ai"));
            var job = context.aiApp().jobRunner("cli").submitAiPlan(options);
            BackgroundWorker.start(context);
            if (json.enabled()) context.printJson(job);
            else context.out().println(context.text("cli.jobs.submitted", job.id()));
            return;
        }
        if (ai) dev.fridgechef.llm.HttpWarmUp.start(); // beside reading the store and building the prompt
        StoredPlan plan = ai ? dev.fridgechef.cli.llm.StderrProgress.showing(context, () -> context.aiApp().planWithAi(options))
                : context.app().plans().plan(options);
        PlanPrinter printer = new PlanPrinter(context);
        if (json.enabled()) context.printJson(printer.view(plan));
        else printer.print(plan);
    }
}
