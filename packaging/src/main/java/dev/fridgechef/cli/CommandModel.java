package dev.fridgechef.cli;

import dev.fridgechef.i18n.Messages;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code fridge} command's whole model (every subcommand, help texts in one language), for the
 * man page and the completion script. It sits in the CLI's package because the model is built by
 * {@link FridgeCommand}'s package-private factory, the one the command itself uses.
 */
public final class CommandModel {
    private CommandModel() {
    }

    /** The model with the help texts in {@code locale}; it opens no store and reads no food database. */
    public static CommandLine of(Locale locale) {
        PrintWriter sink = new PrintWriter(new StringWriter());
        Messages messages = Messages.forLocale(locale, FridgeCommand.CLI_MESSAGES);
        CliContext context = new CliContext(sink, sink, Map.of(), Clock.systemUTC(), () -> {
            throw new IllegalStateException("the command model needs no food database");
        }, messages);
        return FridgeCommand.commandLine(context);
    }
}
