package dev.fridgechef.cli.recipe;

import dev.fridgechef.cli.CliContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

@Command(name = "recipe", mixinStandardHelpOptions = true, subcommands = {RecipeImportCommand.class, RecipeShowCommand.class})
public final class RecipeCommand implements Runnable {
    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    public RecipeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        spec.commandLine().usage(context.out());
    }
}
