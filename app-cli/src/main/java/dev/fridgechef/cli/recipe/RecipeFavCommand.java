package dev.fridgechef.cli.recipe;

import dev.fridgechef.cli.CliContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code fridge recipe fav ID}: marks a recipe a favourite (again: nothing changes). */
@Command(name = "fav", mixinStandardHelpOptions = true)
public final class RecipeFavCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "ID", descriptionKey = "recipe.fav.id")
    String id;

    public RecipeFavCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        boolean added = context.app().folders().favourite(id);
        context.out().println(context.text(added ? "cli.recipe.fav.added" : "cli.recipe.fav.already", id.trim()));
    }
}
