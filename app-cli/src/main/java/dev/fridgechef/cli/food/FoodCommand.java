package dev.fridgechef.cli.food;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.GroupCommand;
import picocli.CommandLine.Command;

@Command(name = "food", mixinStandardHelpOptions = true, subcommands = {FoodSearchCommand.class, FoodShowCommand.class})
public final class FoodCommand extends GroupCommand {
    public FoodCommand(CliContext context) {
        super(context);
    }
}
