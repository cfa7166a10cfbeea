package dev.fridgechef.cli.inventory;

import dev.fridgechef.i18n.Quantities;
import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.Fmt;
import dev.fridgechef.cli.TextTable;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.inventory.StockEntry;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/** Prints stock items as a table with weight and nutrition, followed by totals. */
public final class StockPrinter {
    private final CliContext context;

    public StockPrinter(CliContext context) {
        this.context = context;
    }

    public void print(List<StockEntry> stock, LocalDate today) {
        PrintWriter out = context.out();
        if (stock.isEmpty()) {
            out.println(context.text("cli.list.empty"));
            return;
        }
        TableBuilder table = new TableBuilder(context);
        double kcal = 0;
        double protein = 0;
        double fat = 0;
        double carbs = 0;
        int unweighed = 0;
        int unresolved = 0;
        for (StockEntry e : stock) {
            ItemView v = ItemView.of(e, today, context.russian());
            table.add(v);
            if (v.nutrients() != null) {
                kcal += orZero(v.nutrient(Nutrient.ENERGY));
                protein += orZero(v.nutrient(Nutrient.PROTEIN));
                fat += orZero(v.nutrient(Nutrient.FAT));
                carbs += orZero(v.nutrient(Nutrient.CARBOHYDRATE));
            }
            if (e.food() == null) unresolved++;
            else if (e.grams() == null) unweighed++;
        }
        table.print(out);
        out.println();
        out.println(context.text("cli.list.total", stock.size(), Math.round(kcal), Math.round(protein), Math.round(fat), Math.round(carbs)));
        if (unresolved > 0) out.println(context.text("cli.list.unresolved", unresolved));
        if (unweighed > 0) out.println(context.text("cli.list.unweighed", unweighed));
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    /** One line describing an item, for add/edit/use messages. */
    public String describe(StockEntry e) {
        var i = e.item();
        String expiry = i.expiresOn() == null ? context.text("cli.item.noexpiry") : context.text("cli.item.expires", i.expiresOn().toString());
        String food = e.food() == null ? context.text("cli.item.unresolved") : e.food().displayName(context.russian()) + " [" + e.food().id() + "]";
        String weight = e.grams() == null ? "" : ", " + context.grams(e.grams());
        String kcal = e.nutrients() == null ? "" : ", " + context.num(e.nutrients().getOrZero(Nutrient.ENERGY), 0) + " " + context.text("unit.kcal");
        return context.text("cli.item.line", i.id(), i.name(), Quantities.amount(i.quantity(), context.russian()),
                Quantities.unit(i.unit(), i.quantity(), context.russian()),
                context.text("location." + i.location().key()), expiry, food + weight + kcal);
    }

    private static final class TableBuilder {
        private final CliContext context;
        private final TextTable table;

        TableBuilder(CliContext context) {
            this.context = context;
            this.table = new TextTable(List.of(
                    context.text("cli.col.id"), context.text("cli.col.name"), context.text("cli.col.quantity"),
                    context.text("cli.col.grams"), context.text("cli.col.location"), context.text("cli.col.expires"),
                    context.text("cli.col.kcal"), context.text("cli.col.protein"), context.text("cli.col.food")),
                    true, false, true, true, false, false, true, true, false);
        }

        void add(ItemView v) {
            String expires = v.expires() == null ? "-" : v.expires() + " (" + daysText(v.daysLeft()) + ")";
            table.row(Long.toString(v.id()), v.name() + (v.opened() ? " *" : ""), context.quantity(v.quantity(), v.unit()),
                    v.grams() == null ? "-" : Long.toString(Math.round(v.grams())),
                    context.text("location." + v.location()), expires,
                    context.num(v.nutrient(Nutrient.ENERGY), 0), context.num(v.nutrient(Nutrient.PROTEIN), 1),
                    v.food() == null ? context.text("cli.item.unresolved.short") : v.food());
        }

        private String daysText(long days) {
            if (days < 0) return context.text("cli.days.expired", -days);
            if (days == 0) return context.text("cli.days.today");
            return context.text("cli.days.left", days);
        }

        void print(PrintWriter out) {
            table.print(out);
        }
    }
}
