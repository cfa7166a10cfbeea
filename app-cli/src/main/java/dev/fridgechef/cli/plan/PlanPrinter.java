package dev.fridgechef.cli.plan;

import dev.fridgechef.i18n.Quantities;
import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.Fmt;
import dev.fridgechef.cli.TextTable;
import dev.fridgechef.plan.MealPlan;
import dev.fridgechef.plan.StoredPlan;

import java.io.PrintWriter;
import java.util.List;

/** Prints a plan: a table per day with totals against targets, warnings and the shopping list. */
public final class PlanPrinter {
    private final CliContext context;

    public PlanPrinter(CliContext context) {
        this.context = context;
    }

    /** The --json form of a plan (documented in the README). */
    public record PlanView(long id, boolean cached, String source, String inventoryHash, String profileHash, MealPlan plan,
                           List<String> warningTexts, List<String> notes) {
    }

    public PlanView view(StoredPlan s) {
        return new PlanView(s.id(), s.cached(), s.source(), s.inventoryHash(), s.profileHash(), s.plan(), warnings(s.plan()), s.notes());
    }

    public void print(StoredPlan stored) {
        PrintWriter out = context.out();
        MealPlan plan = stored.plan();
        boolean ru = context.russian();
        boolean synced = stored.source().startsWith(dev.fridgechef.plan.PlanSlots.SOURCE_PREFIX);
        out.println(context.text(stored.cached() && !synced ? "cli.plan.cached" : "cli.plan.made", plan.start(), plan.days(),
                context.num(plan.energyTarget(), 0), context.num(plan.proteinTarget(), 0)));
        String source = synced
                ? context.text("cli.plan.synced", stored.source().substring(dev.fridgechef.plan.PlanSlots.SOURCE_PREFIX.length()))
                : stored.aiSource().orElseGet(() -> context.text("cli.plan.offline"));
        out.println(context.text("cli.plan.source", source));
        if (plan.people() > 1 || !plan.shop().equals("few")) out.println(context.text("cli.plan.household", plan.people(), context.text("cli.plan.shop." + plan.shop())));
        String noteKey = stored.aiSource().isPresent() ? "cli.plan.ainote" : "cli.plan.note";
        for (String note : stored.notes()) {
            var leftOut = dev.fridgechef.plan.PlannerHints.SkippedMeal.fromNote(note);
            out.println("  ! " + (leftOut.isPresent() ? context.text("cli.plan.leftout", context.text("meal." + leftOut.get().meal().key()),
                    leftOut.get().days(), leftOut.get().loggedDays()) : context.text(noteKey, note)));
        }
        for (MealPlan.Day day : plan.plan()) {
            out.println();
            out.println(context.text("cli.plan.day", day.date(), day.date().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                    context.messages().locale())));
            TextTable table = new TextTable(List.of(context.text("cli.col.meal"), context.text("cli.col.recipe"),
                    context.text("cli.col.portion"), context.text("cli.col.kcal"), context.text("cli.col.protein")),
                    false, false, true, true, true);
            List<String> notes = new java.util.ArrayList<>();
            for (MealPlan.Meal m : day.meals()) {
                String title = (ru ? m.titleRu() : m.titleEn()) + " [" + m.recipeId() + "]";
                if (m.leftover()) title += " " + context.text("cli.plan.leftover", m.leftoverFrom());
                else if (m.cookServings() > m.servings() + 1e-9) title += " " + context.text("cli.plan.cook", Quantities.amount(m.cookServings(), ru));
                table.row(context.text("meal." + m.meal().key()), title,
                        Quantities.amount(m.servings(), ru), context.num(m.energy(), 0), context.num(m.protein(), 1));
                if (m.leftover()) continue;
                for (MealPlan.Substitution sub : m.substitutions()) {
                    notes.add(context.text("cli.plan.substitution", context.text("meal." + m.meal().key()),
                            ru ? sub.usedNameRu() : sub.usedNameEn(), ru ? sub.recipeNameRu() : sub.recipeNameEn(), context.num(sub.grams(), 0)));
                }
                for (MealPlan.Skipped skip : m.skipped()) {
                    notes.add(context.text("cli.plan.skipped", context.text("meal." + m.meal().key()), ru ? skip.nameRu() : skip.nameEn(),
                            context.num(skip.grams(), 0)));
                }
            }
            table.print(out);
            for (String note : notes) out.println("  ~ " + note);
            out.println(context.text("cli.plan.total", context.num(day.energy(), 0), context.num(plan.energyTarget(), 0),
                    percent(day.energy(), plan.energyTarget()), context.num(day.protein(), 0), context.num(plan.proteinTarget(), 0),
                    percent(day.protein(), plan.proteinTarget()), context.num(day.fat(), 0), context.num(day.carbohydrate(), 0)));
        }
        List<String> warnings = warnings(plan);
        if (!warnings.isEmpty()) {
            out.println();
            out.println(context.text("cli.plan.warnings"));
            for (String w : warnings) out.println("  ! " + w);
        }
        out.println();
        if (plan.shopping().isEmpty()) {
            out.println(context.text("cli.plan.noshopping"));
        } else {
            out.println(context.text("cli.plan.shopping"));
            for (MealPlan.ShoppingItem i : plan.shoppingList(ru)) {
                out.println("  [ ] " + i.name(ru) + " — " + context.quantity(i.quantity(), i.unit())
                        + context.text("cli.plan.needed", context.num(i.grams(), 0)));
            }
        }
        List<String> created = plan.plan().stream().flatMap(d -> d.meals().stream()).map(MealPlan.Meal::recipeId)
                .filter(id -> id.startsWith("ai-")).distinct().toList();
        if (!created.isEmpty()) {
            out.println();
            out.println(context.text("cli.plan.savehint", String.join(", ", created)));
        }
    }

    private List<String> warnings(MealPlan plan) {
        return plan.warnings().stream().map(w -> w.text(context.messages(), context.foods())).toList();
    }

    private static String percent(double value, double target) {
        long p = Math.round((value - target) / target * 100);
        return (p > 0 ? "+" : "") + p;
    }
}
