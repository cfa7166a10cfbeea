package dev.fridgechef.cli.recipe;

import dev.fridgechef.i18n.Quantities;
import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.ReadsOnly;
import dev.fridgechef.cli.Fmt;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.recipe.Recipe;
import dev.fridgechef.recipe.RecipeFacts;
import dev.fridgechef.unit.QuantityParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;

@Command(name = "show", mixinStandardHelpOptions = true)
public final class RecipeShowCommand implements Runnable, ReadsOnly {
    private final CliContext context;

    @Parameters(paramLabel = "ID", descriptionKey = "recipe.show.id")
    String id;

    @Option(names = "--servings", paramLabel = "X", descriptionKey = "recipe.show.servings")
    Double servings;

    @Mixin
    JsonOption json;

    /** A recipe as printed with --json: ingredients scaled to the servings asked for, nutrition per serving. */
    record RecipeView(String id, String title, List<String> meals, double servings, int activeMinutes, int totalMinutes, String cuisine,
                      List<IngredientView> ingredients, List<String> steps, Map<String, Double> perServing, List<String> allergens,
                      boolean vegetarian, boolean vegan) {
    }

    record IngredientView(String name, String foodId, double amount, String unit, double grams, boolean optional) {
    }

    public RecipeShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        RecipeFacts f = context.app().recipes().libraryWithAiDishes().byId(id).orElseThrow(() -> new UserException("error.recipe.unknown", id));
        Recipe r = f.recipe();
        boolean ru = context.russian();
        double wanted = servings == null ? r.servings() : servings;
        double scale = wanted / r.servings();
        List<IngredientView> ingredients = new java.util.ArrayList<>();
        for (int i = 0; i < r.ingredients().size(); i++) {
            Recipe.Ingredient ing = r.ingredients().get(i);
            ingredients.add(new IngredientView(ru ? ing.name().ru() : ing.name().en(), ing.food(), QuantityParser.round(ing.amount() * scale),
                    ing.unit(), Fmt.round(f.gramsFor(i, wanted), 1), ing.optional()));
        }
        RecipeView view = new RecipeView(r.id(), r.title(ru), r.meals().stream().map(MealType::key).sorted().toList(), wanted,
                r.activeMinutes(), r.totalMinutes(), r.cuisine(), ingredients, ru && !r.steps().ru().isEmpty() ? r.steps().ru() : r.steps().en(),
                f.perServing().asMap(), f.allergens().stream().map(a -> a.key()).sorted().toList(), f.vegetarian(), f.vegan());
        if (json.enabled()) {
            context.printJson(view);
            return;
        }
        var out = context.out();
        out.println(view.title() + " [" + view.id() + "]");
        out.println(context.text("cli.recipe.meta", Quantities.amount(wanted, context.russian()), view.activeMinutes(), view.totalMinutes(),
                cuisine(view.cuisine())));
        out.println(context.text("cli.recipe.nutrition", context.num(f.perServing().getOrZero(Nutrient.ENERGY), 0),
                context.num(f.perServing().getOrZero(Nutrient.PROTEIN), 1), context.num(f.perServing().getOrZero(Nutrient.FAT), 1),
                context.num(f.perServing().getOrZero(Nutrient.CARBOHYDRATE), 1)));
        if (!view.allergens().isEmpty()) {
            out.println(context.text("cli.recipe.allergens", String.join(", ", view.allergens().stream().map(a -> context.text("allergen." + a)).toList())));
        }
        out.println();
        for (IngredientView i : ingredients) {
            out.println("  - " + context.quantity(i.amount(), i.unit()) + "  " + i.name() + "  (" + context.grams(i.grams()) + ")"
                    + (i.optional() ? context.text("cli.recipe.optional") : ""));
        }
        out.println();
        for (int s = 0; s < view.steps().size(); s++) out.println((s + 1) + ". " + view.steps().get(s));
    }

    /** The library's cuisines in the reader's language; an imported recipe's own cuisine as written. */
    private String cuisine(String code) {
        String key = code == null ? "" : "cuisine." + code.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        return context.messages().has(key) ? context.text(key) : code;
    }
}
