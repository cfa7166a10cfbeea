package dev.fridgechef.cli.plan;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.ReadsOnly;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.cli.TextTable;
import dev.fridgechef.plan.StoredPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.LocalDate;
import java.util.List;

@Command(name = "list", mixinStandardHelpOptions = true)
public final class PlanListCommand implements Runnable, ReadsOnly {
    private final CliContext context;

    @Mixin
    JsonOption json;

    /** One stored plan in the --json list. */
    record PlanSummary(long id, LocalDate start, int days, String source, String inventoryHash, String createdAt, int shoppingItems) {
    }

    public PlanListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        List<StoredPlan> plans = context.app().plans().list();
        List<PlanSummary> rows = plans.stream().map(p -> new PlanSummary(p.id(), p.plan().start(), p.plan().days(), p.source(),
                p.inventoryHash(), p.createdAt().withNano(0).toString(), p.plan().shopping().size())).toList();
        if (json.enabled()) {
            context.printJson(rows);
            return;
        }
        if (rows.isEmpty()) {
            context.out().println(context.text("error.plan.none", context.app().inventory().today()));
            return;
        }
        TextTable table = new TextTable(List.of(context.text("cli.col.id"), context.text("cli.col.start"), context.text("cli.col.days"),
                context.text("cli.col.made"), context.text("cli.col.shopping"), context.text("cli.col.fridge")),
                true, false, true, false, true, false);
        for (PlanSummary r : rows) {
            table.row(Long.toString(r.id()), r.start().toString(), Integer.toString(r.days()), r.createdAt().replace('T', ' '),
                    Integer.toString(r.shoppingItems()), r.inventoryHash().substring(0, 12));
        }
        table.print(context.out());
    }
}
