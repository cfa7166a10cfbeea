package dev.fridgechef.cli.recipe;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.ReadsOnly;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.recipe.RecipeFacts;
import dev.fridgechef.recipe.RecipeLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.Optional;

/** {@code fridge recipe favs}: the favourite recipes, the newest first. */
@Command(name = "favs", mixinStandardHelpOptions = true)
public final class RecipeFavsCommand implements Runnable, ReadsOnly {
    private final CliContext context;

    @Mixin
    JsonOption json;

    /** A favourite as printed with --json; {@code missing} when the recipe is no longer in the library. */
    record FavouriteView(String id, String title, boolean missing) {
    }

    public RecipeFavsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        RecipeLibrary library = context.app().recipes().libraryWithAiDishes();
        List<FavouriteView> views = context.app().folders().favouriteRecipes().stream().map(id -> {
            Optional<RecipeFacts> r = library.byId(id);
            return new FavouriteView(id, r.map(f -> f.recipe().title(context.russian())).orElse(""), r.isEmpty());
        }).toList();
        if (json.enabled()) {
            context.printJson(views);
            return;
        }
        if (views.isEmpty()) {
            context.out().println(context.text("cli.recipe.favs.none"));
            return;
        }
        for (FavouriteView v : views) {
            context.out().println("★ " + (v.missing() ? context.text("cli.folder.missing") : v.title()) + " [" + v.id() + "]");
        }
    }
}
