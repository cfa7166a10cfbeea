package dev.fridgechef.cli.recipe;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.recipe.JsonLdRecipeReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

@Command(name = "import", mixinStandardHelpOptions = true)
public final class RecipeImportCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "FILE", descriptionKey = "recipe.import.file")
    Path file;

    @Mixin
    JsonOption json;

    /** One imported recipe as printed with --json. */
    record ImportedView(String id, String title, int ingredients, List<String> unmapped) {
    }

    public RecipeImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        List<JsonLdRecipeReader.Imported> imported;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            imported = context.app().recipes().importJsonLd(in);
        } catch (IOException e) {
            throw new UserException("error.file.read", file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        List<ImportedView> views = imported.stream().map(i -> new ImportedView(i.recipe().id(), i.recipe().title().en(),
                i.recipe().ingredients().size(), i.unmapped())).toList();
        if (json.enabled()) {
            context.printJson(views);
            return;
        }
        for (ImportedView v : views) {
            context.out().println(context.text("cli.recipe.imported", v.title(), v.id(), v.ingredients()));
            for (String line : v.unmapped()) context.out().println(context.text("cli.recipe.unmapped", line));
        }
    }
}
