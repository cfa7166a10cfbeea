package dev.fridgechef.cli.export;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.export.ExportService;
import dev.fridgechef.plan.StoredPlan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.EnumSet;

/** {@code fridge export shopping [ID] --pdf}: the plan's shopping list by shop section with tick boxes. */
@Command(name = "shopping", mixinStandardHelpOptions = true)
public final class ExportShoppingCommand implements Runnable {
    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..1", descriptionKey = "export.plan.id")
    Long id;

    @Mixin
    ExportFormat format;

    public ExportShoppingCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        format.kind(spec, context, EnumSet.of(ExportFormat.Kind.PDF));
        ExportService exports = context.app().exports();
        StoredPlan plan = exports.plan(id);
        format.writePdf(context, () -> exports.shoppingPdf(plan, context.messages(), format.paper()), false);
    }
}
