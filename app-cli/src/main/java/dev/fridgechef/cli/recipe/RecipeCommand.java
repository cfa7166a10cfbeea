package dev.fridgechef.cli.recipe;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.GroupCommand;
import picocli.CommandLine.Command;

@Command(name = "recipe", mixinStandardHelpOptions = true, subcommands = {RecipeImportCommand.class, RecipeShowCommand.class, RecipeSaveCommand.class,
        RecipeExportCommand.class, RecipeFavCommand.class, RecipeUnfavCommand.class, RecipeFavsCommand.class})
public final class RecipeCommand extends GroupCommand {
    public RecipeCommand(CliContext context) {
        super(context);
    }
}
