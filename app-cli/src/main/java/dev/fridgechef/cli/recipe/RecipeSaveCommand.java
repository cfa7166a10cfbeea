package dev.fridgechef.cli.recipe;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.recipe.Recipe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code fridge recipe save ai-…}: keeps a dish an AI plan created among the person's recipes. */
@Command(name = "save", mixinStandardHelpOptions = true)
public final class RecipeSaveCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "ID", descriptionKey = "recipe.save.id")
    String id;

    public RecipeSaveCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        Recipe saved = context.app().recipes().saveAiDish(id.trim());
        context.out().println(context.text("cli.recipe.saved", saved.title(context.russian()), saved.id()));
    }
}
