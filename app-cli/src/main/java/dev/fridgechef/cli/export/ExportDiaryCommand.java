package dev.fridgechef.cli.export;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.export.ExportService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.EnumSet;

/** {@code fridge export diary [DATE] [--week] --pdf}: a day of the diary with its analysis, or its week a line a day. */
@Command(name = "diary", mixinStandardHelpOptions = true)
public final class ExportDiaryCommand implements Runnable {
    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DATE", arity = "0..1", descriptionKey = "export.diary.date")
    String date;

    @Option(names = "--week", descriptionKey = "export.diary.week")
    boolean week;

    @Mixin
    ExportFormat format;

    public ExportDiaryCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        format.kind(spec, context, EnumSet.of(ExportFormat.Kind.PDF));
        ExportService exports = context.app().exports();
        LocalDate today = context.app().diary().now().toLocalDate();
        LocalDate day = date == null ? today : dev.fridgechef.cli.diary.DiaryCommand.parseDay(date, today);
        format.writePdf(context, () -> week ? exports.diaryWeekPdf(day, context.messages(), format.paper())
                : exports.diaryDayPdf(day, context.messages(), format.paper()), true);
    }
}
