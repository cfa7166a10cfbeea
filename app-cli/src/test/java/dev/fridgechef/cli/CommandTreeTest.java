package dev.fridgechef.cli;

import dev.fridgechef.i18n.Messages;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line is built with only the subcommand the arguments name, and whole for help and anything else. */
class CommandTreeTest {
    private static CliContext context() {
        return new CliContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(), CliRunner.CLOCK,
                CliRunner::foods, Messages.forLocale(Locale.ENGLISH, FridgeCommand.CLI_MESSAGES));
    }

    @Test
    void theSubcommandIsTheFirstWordThatIsNoOptionNorItsValue() {
        assertThat(FridgeCommand.subcommandName(new String[] {"--db", "diary", "list", "--json"})).isEqualTo("list");
        assertThat(FridgeCommand.subcommandName(new String[] {"--lang", "ru", "--verbose", "diary", "edit", "3"})).isEqualTo("diary");
        assertThat(FridgeCommand.subcommandName(new String[] {"--db=x", "plan"})).isEqualTo("plan");
        assertThat(FridgeCommand.subcommandName(new String[] {"--help"})).isNull();
    }

    @Test
    void onlyTheNamedSubcommandIsBuiltAndHelpGetsThemAll() {
        CommandLine one = FridgeCommand.commandLine(context(), new String[] {"--db", "x", "diary", "--month"});
        assertThat(one.getSubcommands()).containsOnlyKeys("diary");
        assertThat(one.getSubcommands().get("diary").getSubcommands()).containsKeys("edit", "rm", "undo", "history", "export");
        assertThat(one.getSubcommands().get("diary").getCommandSpec().findOption("--db")).as("inherited root option").isNotNull();
        for (String[] whole : new String[][] {{"--help"}, {"dairy"}, {"generate-completion"}}) {
            assertThat(new java.util.HashSet<>(FridgeCommand.commandLine(context(), whole).getSubcommands().values()))
                    .as(String.join(" ", whole)).hasSize(FridgeCommand.SUBCOMMANDS.size());
        }
        assertThat(FridgeCommand.commandLine(context(), new String[] {"ls"}).getSubcommands()).containsOnlyKeys("list", "ls");
    }
}
