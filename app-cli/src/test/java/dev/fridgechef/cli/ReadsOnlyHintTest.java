package dev.fridgechef.cli;

import dev.fridgechef.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher's guess of which commands the resident process answers (scripts/resident.sh,
 * fc_reads_only) agrees with the commands marked {@link ReadsOnly}, for every command and alias.
 */
@DisabledOnOs(OS.WINDOWS)
class ReadsOnlyHintTest {
    private static final Path SCRIPT = Path.of("../scripts/resident.sh").toAbsolutePath().normalize();

    @Test
    void everyCommandIsGuessedAsItIsMarked() throws Exception {
        CliContext context = new CliContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(),
                CliRunner.CLOCK, CliRunner::foods, Messages.forLocale(Locale.ENGLISH, FridgeCommand.CLI_MESSAGES));
        Map<List<String>, Boolean> marked = new LinkedHashMap<>();
        collect(FridgeCommand.commandLine(context), List.of(), marked);
        assertThat(marked).hasSizeGreaterThan(60);
        for (Map.Entry<List<String>, Boolean> command : marked.entrySet()) {
            assertThat(guess(command.getKey())).as("fridge %s", String.join(" ", command.getKey())).isEqualTo(command.getValue());
        }
    }

    @Test
    void optionsAndTheirValuesDoNotConfuseTheGuess() throws Exception {
        assertThat(guess(List.of("--db", "plan", "--lang", "ru", "list", "--json"))).isTrue();
        assertThat(guess(List.of("--db=x", "diary", "2026-10-01", "--month"))).isTrue();
        assertThat(guess(List.of("food", "search", "--limit", "5", "milk"))).isTrue();
        assertThat(guess(List.of("--db", "list", "plan", "--days", "3"))).isFalse();
        assertThat(guess(List.of("list", "--help"))).isFalse();
        assertThat(guess(List.of("--version"))).isFalse();
        assertThat(guess(List.of())).isFalse();
    }

    private static void collect(CommandLine command, List<String> path, Map<List<String>, Boolean> marked) {
        if (!path.isEmpty()) marked.put(path, command.getCommand() instanceof ReadsOnly);
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            List<String> longer = new ArrayList<>(path);
            longer.add(sub.getKey());
            collect(sub.getValue(), longer, marked);
        }
    }

    private static boolean guess(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", ". \"$0\"; fc_reads_only \"$@\"", SCRIPT.toString()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        int code = p.waitFor();
        assertThat(output).as("the script's output").isEmpty();
        return code == 0;
    }
}
