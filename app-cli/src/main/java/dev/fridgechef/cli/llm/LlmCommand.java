package dev.fridgechef.cli.llm;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.GroupCommand;
import picocli.CommandLine.Command;

@Command(name = "llm", mixinStandardHelpOptions = true, subcommands = {LlmStatusCommand.class, LlmTestCommand.class})
public final class LlmCommand extends GroupCommand {
    public LlmCommand(CliContext context) {
        super(context);
    }
}
