package dev.fridgechef.cli.recipe;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.recipe.RecipeFacts;
import dev.fridgechef.recipe.RecipeJsonLd;
import dev.fridgechef.recipe.RecipeLibrary;
import dev.fridgechef.recipe.RecipeMarkdown;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code fridge recipe export ID... [--all] [--json-ld | --md] [-o FILE]}: recipes as schema.org JSON-LD
 * (the default; what {@code fridge recipe import}, Mealie and Tandoor read) or Markdown to share, in the
 * language of {@code --lang}, to standard output or a file written whole.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class RecipeExportCommand implements Runnable {
    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..*", descriptionKey = "recipe.export.id")
    List<String> ids = new ArrayList<>();

    @Option(names = "--all", descriptionKey = "recipe.export.all")
    boolean all;

    @Option(names = "--json-ld", descriptionKey = "recipe.export.jsonld")
    boolean jsonLd;

    @Option(names = "--md", descriptionKey = "recipe.export.md")
    boolean markdown;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "recipe.export.output")
    Path output;

    public RecipeExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        if (jsonLd && markdown) throw new CommandLine.ParameterException(spec.commandLine(), context.text("cli.recipe.export.format"));
        if (all == !ids.isEmpty()) throw new CommandLine.ParameterException(spec.commandLine(), context.text("cli.recipe.export.which"));
        List<RecipeFacts> recipes = recipes();
        String text;
        if (markdown) {
            text = new RecipeMarkdown(context.messages()).recipes(recipes);
        } else {
            try {
                text = context.outputJson().writeValueAsString(new RecipeJsonLd(context.app().json()).document(recipes, context.russian())) + "\n";
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        if (context.writeOut(output, text, false)) context.err().println(context.text("cli.recipe.exported", recipes.size(), output));
    }

    /** The recipes named, in the order named (each once), or the whole library with --all. */
    private List<RecipeFacts> recipes() {
        RecipeLibrary library = context.app().recipes().libraryWithAiDishes();
        if (all) return List.copyOf(context.app().recipes().library().all());
        List<RecipeFacts> out = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            out.add(library.byId(id.trim()).orElseThrow(() -> new UserException("error.recipe.unknown", id.trim())));
        }
        return out;
    }
}
