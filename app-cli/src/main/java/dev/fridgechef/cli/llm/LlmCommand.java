package dev.fridgechef.cli.llm;

import dev.fridgechef.cli.CliContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

@Command(name = "llm", mixinStandardHelpOptions = true, subcommands = {LlmStatusCommand.class, LlmTestCommand.class})
public final class LlmCommand implements Runnable {
    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    public LlmCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        spec.commandLine().usage(context.out());
    }
}
