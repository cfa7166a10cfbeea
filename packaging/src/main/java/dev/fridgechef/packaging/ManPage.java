package dev.fridgechef.packaging;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A man page in troff (the man(7) macros) written from picocli's model of a command: the root's
 * synopsis, description and options, then one section per subcommand, depth first, with its
 * synopsis, description, arguments and options. Hidden commands and options are left out.
 */
public final class ManPage {
    private final String version;
    private final LocalDate date;
    private final Locale locale;

    public ManPage(String version, LocalDate date, Locale locale) {
        this.version = version;
        this.date = date;
        this.locale = locale;
    }

    public String render(CommandLine root) {
        CommandSpec spec = root.getCommandSpec();
        String name = spec.name();
        boolean russian = locale.getLanguage().equals("ru");
        StringBuilder out = new StringBuilder();
        out.append(".TH ").append(quoted(name.toUpperCase(Locale.ROOT))).append(" 1 ").append(quoted(date.toString()))
                .append(' ').append(quoted("Fridge Chef " + version)).append(' ').append(quoted("Fridge Chef")).append('\n');
        out.append(".SH ").append(russian ? "ИМЯ" : "NAME").append('\n');
        out.append(text(name)).append(" \\- ").append(text(firstLine(description(spec)))).append('\n');
        out.append(".SH ").append(russian ? "ОБЗОР" : "SYNOPSIS").append('\n');
        synopsis(out, spec);
        out.append(".SH ").append(russian ? "ОПИСАНИЕ" : "DESCRIPTION").append('\n');
        paragraphs(out, description(spec));
        options(out, spec, russian ? "ПАРАМЕТРЫ" : "OPTIONS");
        out.append(".SH ").append(russian ? "КОМАНДЫ" : "COMMANDS").append('\n');
        for (CommandLine sub : distinct(root)) subcommand(out, sub, russian);
        out.append(".SH ").append(russian ? "ОКРУЖЕНИЕ" : "ENVIRONMENT").append('\n');
        environment(out, russian);
        return out.toString();
    }

    private void subcommand(StringBuilder out, CommandLine command, boolean russian) {
        CommandSpec spec = command.getCommandSpec();
        if (spec.usageMessage().hidden()) return;
        out.append(".SS ").append(quoted(spec.qualifiedName())).append('\n');
        synopsis(out, spec);
        if (spec.aliases().length > 0) {
            out.append(".PP\n").append(russian ? "Другое имя: " : "Alias: ")
                    .append(Arrays.stream(spec.aliases()).map(a -> "\\fB" + text(a) + "\\fR").collect(Collectors.joining(", "))).append('\n');
        }
        paragraphs(out, description(spec));
        List<PositionalParamSpec> parameters = spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
        for (PositionalParamSpec p : parameters) {
            out.append(".TP\n").append("\\fI").append(text(p.paramLabel())).append("\\fR\n");
            paragraph(out, String.join(" ", p.description()));
        }
        options(out, spec, null);
        for (CommandLine sub : distinct(command)) subcommand(out, sub, russian);
    }

    /** The subcommands once each: picocli also lists a command under each of its aliases. */
    private static List<CommandLine> distinct(CommandLine command) {
        return command.getSubcommands().entrySet().stream()
                .filter(e -> e.getKey().equals(e.getValue().getCommandSpec().name())).map(Map.Entry::getValue).toList();
    }

    private static void synopsis(StringBuilder out, CommandSpec spec) {
        String synopsis = new CommandLine.Help(spec, new CommandLine.Help.ColorScheme.Builder(CommandLine.Help.Ansi.OFF).build())
                .synopsis(0).strip().replaceAll("\\s+", " ");
        out.append(".PP\n.B ").append(text(synopsis)).append('\n');
    }

    /**
     * The command's visible options, under a section {@code heading} when it is not null; a
     * subcommand's own only (the root lists --db, --lang, --help and the like once).
     */
    private static void options(StringBuilder out, CommandSpec spec, String heading) {
        boolean root = spec.parent() == null;
        List<OptionSpec> options = spec.options().stream().filter(o -> !o.hidden())
                .filter(o -> root || !(o.inherited() || o.usageHelp() || o.versionHelp())).toList();
        if (options.isEmpty()) return;
        if (heading != null) out.append(".SH ").append(heading).append('\n');
        for (OptionSpec option : options) {
            String names = Arrays.stream(option.names()).map(n -> "\\fB" + text(n) + "\\fR").collect(Collectors.joining(", "));
            out.append(".TP\n").append(names);
            if (option.arity().max() > 0) out.append(" \\fI").append(text(option.paramLabel())).append("\\fR");
            out.append('\n');
            paragraph(out, String.join(" ", option.description()));
        }
    }

    private static void environment(StringBuilder out, boolean russian) {
        String[][] variables = russian ? new String[][] {
                {"FRIDGECHEF_HOME", "Папка хранилища (по умолчанию \u2014 папка данных пользователя)."},
                {"FRIDGECHEF_LANG", "Язык сообщений: en или ru (иначе берётся из LC_ALL, LC_MESSAGES, LANG)."},
                {"FRIDGECHEF_DEBUG", "Печатать отладочные сообщения и трассировку ошибок."},
        } : new String[][] {
                {"FRIDGECHEF_HOME", "Folder of the store (default: the user data folder)."},
                {"FRIDGECHEF_LANG", "Language of messages: en or ru (otherwise from LC_ALL, LC_MESSAGES, LANG)."},
                {"FRIDGECHEF_DEBUG", "Print debugging messages and the stack trace of an error."},
        };
        for (String[] variable : variables) {
            out.append(".TP\n\\fB").append(variable[0]).append("\\fR\n");
            paragraph(out, variable[1]);
        }
    }

    private static String description(CommandSpec spec) {
        return String.join("\n", spec.usageMessage().description());
    }

    private static String firstLine(String text) {
        String line = format(text).lines().findFirst().orElse("");
        return line.strip();
    }

    private static void paragraphs(StringBuilder out, String text) {
        for (String line : format(text).split("\n")) {
            if (line.isBlank()) continue;
            out.append(".PP\n");
            paragraph(out, line);
        }
    }

    private static void paragraph(StringBuilder out, String text) {
        String joined = format(text).strip().replaceAll("\\s*\n\\s*", " ");
        if (!joined.isEmpty()) out.append(text(joined)).append('\n');
    }

    /** picocli's help texts go through String.format: %n is a line break, %% a percent sign. */
    private static String format(String text) {
        return text.replace("%n", "\n").replace("%%", "%");
    }

    /** Text for a troff line: backslashes and hyphens escaped, a leading dot or quote made literal. */
    static String text(String raw) {
        String escaped = raw.replace("\\", "\\e").replace("-", "\\-");
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }

    private static String quoted(String raw) {
        return '"' + text(raw).replace("\"", "\\(dq") + '"';
    }
}
