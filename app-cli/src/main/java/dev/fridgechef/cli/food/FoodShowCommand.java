package dev.fridgechef.cli.food;

import dev.fridgechef.i18n.MeasureNames;
import dev.fridgechef.i18n.Quantities;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.ReadsOnly;
import dev.fridgechef.cli.Fmt;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.cli.TextTable;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.HouseholdMeasure;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.unit.QuantityParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Command(name = "show", mixinStandardHelpOptions = true)
public final class FoodShowCommand implements Runnable, ReadsOnly {
    private final CliContext context;

    @Parameters(paramLabel = "ID", descriptionKey = "food.show.id")
    String id;

    @Mixin
    JsonOption json;

    /** A food as printed with --json: nutrients per 100 g ("per_100g") and per household measure. */
    record FoodView(String id, String name, String description, String group, @JsonProperty("per_100g") Map<String, Double> per100g,
                    List<MeasureView> measures) {
    }

    record MeasureView(String measure, double grams, Map<String, Double> nutrients) {
    }

    public FoodShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        Food food = context.foods().byId(id.length() == 4 ? "0" + id : id)
                .orElseThrow(() -> new UserException("error.food.unknown", id));
        List<MeasureView> measures = new ArrayList<>();
        for (HouseholdMeasure m : food.measures()) {
            measures.add(new MeasureView(QuantityParser.format(m.amount()) + " " + m.description(), m.grams(),
                    food.per100g().scaled(m.grams() / 100).asMap()));
        }
        if (json.enabled()) {
            context.printJson(new FoodView(food.id(), food.displayName(context.russian()), food.description(), food.group().name(),
                    food.per100g().asMap(), measures));
            return;
        }
        var out = context.out();
        out.println(food.id() + "  " + food.displayName(context.russian()));
        if (!food.displayName(context.russian()).equals(food.description())) out.println(food.description());
        String groupKey = "foodgroup." + food.group().code();
        out.println(context.text("cli.food.group", context.messages().has(groupKey) ? context.text(groupKey) : food.group().name()));
        out.println();
        List<String> headers = new ArrayList<>(List.of(context.text("cli.col.nutrient"), context.text("cli.col.per100")));
        List<HouseholdMeasure> shown = food.measures().stream().limit(3).toList();
        for (HouseholdMeasure m : shown) headers.add(MeasureNames.label(m.amount(), m.description(), context.russian()) + " (" + context.grams(m.grams()) + ")");
        boolean[] right = new boolean[headers.size()];
        java.util.Arrays.fill(right, true);
        right[0] = false;
        TextTable table = new TextTable(headers, right);
        for (Nutrient n : Nutrient.values()) {
            if (!food.per100g().isKnown(n)) continue;
            List<String> cells = new ArrayList<>();
            cells.add(context.text("nutrient." + n.key()) + ", " + Quantities.unit(n.unit(), 5, context.russian()));
            cells.add(context.num(food.per100g().get(n), decimals(n)));
            for (HouseholdMeasure m : shown) cells.add(context.num(food.per100g().get(n) * m.grams() / 100, decimals(n)));
            table.row(cells.toArray(String[]::new));
        }
        table.print(out);
        if (food.measures().size() > shown.size()) {
            out.println();
            out.println(context.text("cli.food.measures"));
            for (HouseholdMeasure m : food.measures()) {
                out.println("  " + MeasureNames.label(m.amount(), m.description(), context.russian()) + " = " + context.num(m.grams(), 1)
                        + " " + Quantities.unit("g", m.grams(), context.russian()));
            }
        }
    }

    private static int decimals(Nutrient n) {
        return n == Nutrient.ENERGY ? 0 : 2;
    }
}
