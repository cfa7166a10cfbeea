package dev.fridgechef.cli.export;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.export.ExportService;
import dev.fridgechef.recipe.RecipeFacts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.EnumSet;

/** {@code fridge export recipe ID [--servings N] --pdf}: a recipe card, ingredients scaled to the servings. */
@Command(name = "recipe", mixinStandardHelpOptions = true)
public final class ExportRecipeCommand implements Runnable {
    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", descriptionKey = "export.recipe.id")
    String id;

    @Option(names = "--servings", paramLabel = "N", descriptionKey = "export.recipe.servings")
    Double servings;

    @Mixin
    ExportFormat format;

    public ExportRecipeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        format.kind(spec, context, EnumSet.of(ExportFormat.Kind.PDF));
        ExportService exports = context.app().exports();
        RecipeFacts recipe = exports.recipe(id);
        format.writePdf(context, () -> exports.recipePdf(recipe, servings, context.messages(), format.paper()), false);
    }
}
