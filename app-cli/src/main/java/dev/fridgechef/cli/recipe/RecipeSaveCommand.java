package dev.fridgechef.cli.recipe;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.folder.FolderMessages;
import dev.fridgechef.recipe.Recipe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code fridge recipe save ai-…}: keeps a dish an AI plan created among the person's recipes;
 * {@code fridge recipe save ID --folder NAME [--tag T]...}: saves any recipe into a folder.
 */
@Command(name = "save", mixinStandardHelpOptions = true)
public final class RecipeSaveCommand implements Runnable {
    private final CliContext context;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", descriptionKey = "recipe.save.id")
    String id;

    @Option(names = "--folder", paramLabel = "NAME", descriptionKey = "recipe.save.folder")
    String folder;

    @Option(names = "--tag", paramLabel = "TAG", descriptionKey = "folder.tag")
    List<String> tags = new ArrayList<>();

    public RecipeSaveCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        if (folder == null) {
            if (!tags.isEmpty()) throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), context.text("cli.folder.tag.needs.folder"));
            Recipe saved = context.app().recipes().saveAiDish(id.trim());
            context.out().println(context.text("cli.recipe.saved", saved.title(context.russian()), saved.id()));
            return;
        }
        var saved = context.app().folders().saveRecipe(id, folder, tags);
        FolderMessages.printSaved(context, saved, id.trim());
    }
}
