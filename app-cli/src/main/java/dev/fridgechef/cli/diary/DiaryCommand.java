package dev.fridgechef.cli.diary;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.ReadsOnly;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.diary.DiaryDay;
import dev.fridgechef.inventory.DateSpec;
import dev.fridgechef.profile.Targets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/** {@code fridge diary [DATE|--week|--month] [--json]}: what was eaten, with nutrition per entry, session and day against the targets. */
@Command(name = "diary", mixinStandardHelpOptions = true,
        subcommands = {DiaryEditCommand.class, DiaryRemoveCommand.class, DiaryUndoCommand.class, DiaryHistoryCommand.class,
                DiaryExportCommand.class})
public final class DiaryCommand implements Runnable, ReadsOnly {
    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DATE", arity = "0..1", descriptionKey = "diary.date")
    String date;

    @Option(names = "--week", descriptionKey = "diary.week")
    boolean week;

    @Option(names = "--month", descriptionKey = "diary.month")
    boolean month;

    @Mixin
    JsonOption json;

    public DiaryCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        if (week && month) throw new CommandLine.ParameterException(spec.commandLine(), context.text("cli.diary.period.conflict"));
        var diary = context.app().diary();
        LocalDate today = diary.now().toLocalDate();
        LocalDate day = date == null ? today : parseDay(date, today);
        Optional<Targets> targets = diary.targets();
        DiaryTables tables = new DiaryTables(context);
        if (!week && !month) {
            DiaryDay d = diary.day(day);
            if (json.enabled()) context.printJson(tables.dayJson(d, targets));
            else tables.printDay(d, targets);
            return;
        }
        LocalDate from = week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
        LocalDate end = week ? from.plusDays(6) : day.with(TemporalAdjusters.lastDayOfMonth());
        LocalDate to = end.isAfter(today) && !from.isAfter(today) ? today : end;
        List<DiaryDay> days = diary.days(from, to);
        if (json.enabled()) context.printJson(tables.periodJson(from, to, days, targets));
        else tables.printPeriod(from, to, days, targets);
    }

    /** A day as people type it: "yesterday", "вчера", or what DateSpec reads ("2026-11-25", "today"). */
    public static LocalDate parseDay(String text, LocalDate today) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("yesterday") || t.equals("вчера")) return today.minusDays(1);
        return DateSpec.parseDate(text, today);
    }
}
