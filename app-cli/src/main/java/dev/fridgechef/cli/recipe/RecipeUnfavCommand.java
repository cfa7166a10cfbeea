package dev.fridgechef.cli.recipe;

import dev.fridgechef.cli.CliContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code fridge recipe unfav ID}: a recipe is no longer a favourite (if it was not, nothing changes). */
@Command(name = "unfav", mixinStandardHelpOptions = true)
public final class RecipeUnfavCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "ID", descriptionKey = "recipe.fav.id")
    String id;

    public RecipeUnfavCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        boolean removed = context.app().folders().unfavourite(id);
        context.out().println(context.text(removed ? "cli.recipe.fav.removed" : "cli.recipe.fav.not", id.trim()));
    }
}
