package dev.fridgechef.cli.export;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.export.ExportService;
import dev.fridgechef.export.MealClock;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.plan.StoredPlan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumSet;

/** {@code fridge export plan [ID] --pdf|--ics|--md}: the plan covering today (else the newest, or plan ID) to print, add to a calendar or share. */
@Command(name = "plan", mixinStandardHelpOptions = true)
public final class ExportPlanCommand implements Runnable {
    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..1", descriptionKey = "export.plan.id")
    Long id;

    @Mixin
    ExportFormat format;

    @Option(names = "--times", paramLabel = "MEAL=HH:MM,…", descriptionKey = "export.plan.times")
    String times;

    @Option(names = "--zone", paramLabel = "ZONE", descriptionKey = "export.plan.zone")
    String zone;

    public ExportPlanCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        ExportFormat.Kind kind = format.kind(spec, context, EnumSet.allOf(ExportFormat.Kind.class));
        if (kind != ExportFormat.Kind.ICS && (times != null || zone != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), context.text("cli.export.times.ics"));
        }
        MealClock clock = MealClock.parse(times);
        ZoneId zoneId = zone(zone);
        ExportService exports = context.app().exports();
        StoredPlan plan = exports.plan(id);
        if (kind == ExportFormat.Kind.ICS && times == null) {
            clock = exports.usualMealTimes();
            context.err().println(clock.isEmpty() ? context.text("cli.export.times.none")
                    : context.text("cli.export.times.usual", clock.describe(context.messages())));
        }
        MealClock mealTimes = clock;
        switch (kind) {
            case PDF -> format.writePdf(context, () -> exports.planPdf(plan, context.messages(), format.paper()), false);
            case ICS -> format.writeText(context, exports.planCalendar(plan, mealTimes, zoneId, context.messages()));
            case MD -> format.writeText(context, exports.planMarkdown(plan, context.messages()));
        }
    }

    /** The zone meal times are in: {@code name}, else the system's. */
    static ZoneId zone(String name) {
        if (name == null) return ZoneId.systemDefault();
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            throw new UserException("error.export.zone", name);
        }
    }
}
