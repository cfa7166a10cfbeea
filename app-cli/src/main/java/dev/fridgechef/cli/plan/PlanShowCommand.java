package dev.fridgechef.cli.plan;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.ReadsOnly;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.DateSpec;
import dev.fridgechef.plan.StoredPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;

@Command(name = "show", mixinStandardHelpOptions = true)
public final class PlanShowCommand implements Runnable, ReadsOnly {
    private final CliContext context;

    @Parameters(paramLabel = "DATE", arity = "0..1", descriptionKey = "plan.show.date")
    String date;

    @Mixin
    JsonOption json;

    public PlanShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        LocalDate today = context.app().inventory().today();
        LocalDate day = date == null ? today : DateSpec.parseDate(date, today);
        StoredPlan plan = context.app().plans().covering(day).orElseThrow(() -> new UserException("error.plan.none", day));
        PlanPrinter printer = new PlanPrinter(context);
        if (json.enabled()) context.printJson(printer.view(plan));
        else printer.print(plan);
    }
}
