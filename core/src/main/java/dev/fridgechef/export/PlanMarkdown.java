package dev.fridgechef.export;

import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.plan.StoredPlan;

import java.util.List;
import java.util.Set;

/** The plan as Markdown to share: a table of meals a day with the day's totals, the notes, and the shopping list as a task list. */
final class PlanMarkdown {
    private PlanMarkdown() {
    }

    static String render(StoredPlan stored, Set<String> ticked, PlanLines lines, Shown shown) {
        MealPlan plan = stored.plan();
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(lines.title(plan))).append("\n\n");
        md.append(escape(lines.targets(plan))).append("  \n").append(escape(lines.source(stored))).append("\n");
        for (MealPlan.Day day : plan.plan()) {
            md.append("\n## ").append(escape(shown.longDate(day.date()))).append("\n\n");
            md.append(row(shown.text("export.col.meal"), shown.text("export.col.dish"), shown.text("export.col.portion"),
                    shown.text("export.col.kcal"), shown.text("export.col.protein")));
            md.append("|---|---|--:|--:|--:|\n");
            for (MealPlan.Meal meal : day.meals()) {
                List<String> notes = lines.notes(meal);
                String dish = escape(shown.title(meal)) + (notes.isEmpty() ? "" : "<br>_" + String.join("; ", notes.stream().map(PlanMarkdown::escape).toList()) + "_");
                md.append("| ").append(escape(shown.meal(meal.meal()))).append(" | ").append(dish).append(" | ").append(escape(lines.portion(meal)))
                        .append(" | ").append(shown.num(meal.energy(), 0)).append(" | ").append(shown.num(meal.protein(), 1)).append(" |\n");
            }
            md.append(row("**" + shown.text("export.total") + "**", "", "", "**" + shown.num(day.energy(), 0) + "**",
                    "**" + shown.num(day.protein(), 1) + "**"));
            md.append("\n").append(escape(lines.dayTotals(plan, day))).append("\n");
        }
        List<String> warnings = lines.warnings(plan);
        if (!warnings.isEmpty()) {
            md.append("\n## ").append(escape(shown.text("export.plan.warnings"))).append("\n\n");
            warnings.forEach(w -> md.append("- ").append(escape(w)).append("\n"));
        }
        md.append("\n## ").append(escape(shown.text("export.shopping.title"))).append("\n\n");
        if (plan.shopping().isEmpty()) md.append(escape(shown.text("export.shopping.empty"))).append("\n");
        lines.shopping(plan).forEach((section, items) -> {
            md.append("**").append(escape(section.label(shown.messages()))).append("**\n\n");
            for (MealPlan.ShoppingItem item : items) {
                md.append(ticked.contains(item.foodId()) ? "- [x] " : "- [ ] ").append(escape(lines.shoppingLine(item))).append("\n");
            }
            md.append("\n");
        });
        return md.toString().stripTrailing() + "\n";
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    /** Text that Markdown shows as written: table pipes, emphasis and link characters escaped, line breaks as spaces. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.replace('\n', ' ').replace('\r', ' ').toCharArray()) {
            if ("\\|*_`[]<>#".indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }
}
