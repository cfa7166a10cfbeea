package dev.fridgechef.cli.food;

import dev.fridgechef.cli.CliContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

@Command(name = "food", mixinStandardHelpOptions = true, subcommands = {FoodSearchCommand.class, FoodShowCommand.class})
public final class FoodCommand implements Runnable {
    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    public FoodCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        spec.commandLine().usage(context.out());
    }
}
