package dev.fridgechef.cli.export;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.AtomicFiles;
import dev.fridgechef.export.Paper;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The options every {@code fridge export KIND} shares: the format (--pdf, --ics or --md; PDF when
 * none is given), the file (-o; a PDF needs one, text may go to the standard output) and the paper.
 * A file is written whole or not at all, replacing an older one as the stock export does.
 */
public final class ExportFormat {
    enum Kind { PDF, ICS, MD }

    @Option(names = "--pdf", descriptionKey = "export.kind.pdf")
    boolean pdf;

    @Option(names = "--ics", descriptionKey = "export.kind.ics")
    boolean ics;

    @Option(names = "--md", descriptionKey = "export.kind.md")
    boolean md;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "export.kind.output")
    Path output;

    @Option(names = "--paper", paramLabel = "a4|letter", descriptionKey = "export.kind.paper")
    String paper;

    /** The format asked for, refused with a clear message when it is more than one or not one {@code allowed} for this kind. */
    Kind kind(CommandLine.Model.CommandSpec spec, CliContext context, Set<Kind> allowed) {
        Set<Kind> asked = EnumSet.noneOf(Kind.class);
        if (pdf) asked.add(Kind.PDF);
        if (ics) asked.add(Kind.ICS);
        if (md) asked.add(Kind.MD);
        String names = allowed.stream().map(k -> "--" + k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        if (asked.size() > 1) throw new CommandLine.ParameterException(spec.commandLine(), context.text("cli.export.kind.one", names));
        Kind kind = asked.isEmpty() ? Kind.PDF : asked.iterator().next();
        if (!allowed.contains(kind)) {
            throw new CommandLine.ParameterException(spec.commandLine(), context.text("cli.export.kind.unsupported", spec.name(), names));
        }
        if (kind == Kind.PDF && output == null) throw new CommandLine.ParameterException(spec.commandLine(), context.text("cli.export.pdf.output"));
        if (kind != Kind.PDF && paper != null) throw new CommandLine.ParameterException(spec.commandLine(), context.text("cli.export.paper.pdf"));
        return kind;
    }

    Paper paper() {
        return paper == null ? Paper.A4 : Paper.parse(paper);
    }

    /** A PDF made by {@code render} into the -o file; {@code personal}: readable by the owner only. */
    void writePdf(CliContext context, Supplier<byte[]> render, boolean personal) {
        Paper size = paper(); // a bad paper name is refused before any work
        byte[] pdf = render.get();
        AtomicFiles.writeExport(output, pdf, personal);
        context.err().println(context.text("cli.export.kind.done", output, pdf.length / 1024 + 1, size.name()));
    }

    /** Text to the -o file, or to the standard output without one. */
    void writeText(CliContext context, String text) {
        if (output == null) {
            context.out().print(text);
            context.out().flush();
            return;
        }
        AtomicFiles.writeExport(output, text.getBytes(StandardCharsets.UTF_8), false);
        context.err().println(context.text("cli.export.kind.written", output));
    }
}
