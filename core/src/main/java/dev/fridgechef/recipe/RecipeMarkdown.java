package dev.fridgechef.recipe;

import dev.fridgechef.food.Nutrient;
import dev.fridgechef.i18n.Messages;

import java.util.Collection;
import java.util.Locale;

/**
 * A recipe as Markdown to share: title, servings and time, the ingredients as a cook measures them,
 * the steps, and nutrition per serving computed from the food database.
 */
public final class RecipeMarkdown {
    private final Messages messages;
    private final boolean russian;

    public RecipeMarkdown(Messages messages) {
        this.messages = messages;
        this.russian = messages.isRussian();
    }

    public String recipes(Collection<RecipeFacts> recipes) {
        StringBuilder out = new StringBuilder();
        for (RecipeFacts f : recipes) {
            if (!out.isEmpty()) out.append("\n---\n\n");
            out.append(recipe(f));
        }
        return out.toString();
    }

    public String recipe(RecipeFacts facts) {
        Recipe r = facts.recipe();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(r.title(russian))).append("\n\n");
        md.append(messages.format("recipe.md.meta", r.servings(), r.activeMinutes(), r.totalMinutes())).append("\n\n");
        md.append("## ").append(messages.format("recipe.md.ingredients")).append("\n\n");
        for (Recipe.Ingredient ing : r.ingredients()) md.append("- ").append(escape(RecipeLines.ingredient(ing, russian))).append('\n');
        md.append("\n## ").append(messages.format("recipe.md.steps")).append("\n\n");
        var steps = RecipeLines.steps(r, russian);
        for (int i = 0; i < steps.size(); i++) md.append(i + 1).append(". ").append(escape(steps.get(i))).append('\n');
        var n = facts.perServing();
        md.append("\n## ").append(messages.format("recipe.md.nutrition")).append("\n\n");
        md.append(messages.format("recipe.md.nutrition.line", Math.round(n.getOrZero(Nutrient.ENERGY)), one(n.getOrZero(Nutrient.PROTEIN)),
                one(n.getOrZero(Nutrient.FAT)), one(n.getOrZero(Nutrient.CARBOHYDRATE)), one(n.getOrZero(Nutrient.FIBER)))).append('\n');
        return md.toString();
    }

    private static String one(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Markdown's own characters in recipe text are written as text, not markup. */
    static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
