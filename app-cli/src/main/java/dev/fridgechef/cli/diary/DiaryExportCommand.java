package dev.fridgechef.cli.diary;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.diary.DiaryExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** {@code fridge diary export --format csv|json [--from DATE] [--to DATE] [-o FILE]}: the diary's entries with their nutrition. */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class DiaryExportCommand implements Runnable {
    private final CliContext context;

    @Option(names = "--format", paramLabel = "csv|json", descriptionKey = "diary.export.format")
    String format;

    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "diary.export.from")
    String from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "diary.export.to")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "diary.export.output")
    Path output;

    public DiaryExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        DiaryExport.Format f = format != null ? DiaryExport.Format.parse(format)
                : output != null && output.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? DiaryExport.Format.JSON
                : DiaryExport.Format.CSV;
        var diary = context.app().diary();
        LocalDate today = diary.now().toLocalDate();
        List<LocalDate> span = diary.span().orElse(List.of(today, today));
        LocalDate start = from != null ? DiaryCommand.parseDay(from, today) : span.get(0);
        LocalDate end = to != null ? DiaryCommand.parseDay(to, today) : span.get(1).isBefore(start) ? start : span.get(1);
        DiaryExport export = new DiaryExport(context.foods());
        var rows = export.rows(diary.days(start, end), context.russian());
        StringWriter text = new StringWriter();
        try {
            if (f == DiaryExport.Format.CSV) export.writeCsv(rows, text);
            else export.writeJson(rows, start, end, context.outputJson(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String content = f == DiaryExport.Format.JSON ? text + "\n" : text.toString();
        if (context.writeOut(output, content, true)) context.err().println(context.text("cli.diary.exported", rows.size(), start, end, output));
    }
}
