package dev.fridgechef.diary;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.Nutrient;
import dev.fridgechef.i18n.UserException;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The diary of a period as CSV (one row an entry, the main nutrients) or JSON (every entry with its
 * foods and all known nutrients). Grams "served" are as logged; "eaten" has the share eaten applied.
 */
public final class DiaryExport {
    public enum Format {
        CSV, JSON;

        public static Format parse(String text) {
            return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "json" -> JSON;
                default -> throw new UserException("error.format", text);
            };
        }
    }

    static final List<Nutrient> CSV_NUTRIENTS = List.of(Nutrient.ENERGY, Nutrient.PROTEIN, Nutrient.FAT, Nutrient.CARBOHYDRATE,
            Nutrient.FIBER, Nutrient.SUGAR, Nutrient.SODIUM);

    /** One food of an exported entry. */
    public record FoodRow(String foodId, String name, Double gramsServed, Double gramsEaten, String amount) {
    }

    /** One exported entry. */
    public record EntryRow(long id, LocalDate date, LocalTime time, String meal, String kind, String name, String recipeId, String foodId,
                           Double servings, String amount, double gramsServed, double eatenPercent, double gramsEaten, boolean weightUnknown,
                           List<FoodRow> foods, Map<String, Double> nutrients) {
    }

    private final FoodDatabase foods;

    public DiaryExport(FoodDatabase foods) {
        this.foods = foods;
    }

    public List<EntryRow> rows(List<DiaryDay> days, boolean russian) {
        List<EntryRow> rows = new ArrayList<>();
        for (DiaryDay d : days) {
            for (DiaryDay.Session s : d.sessions()) {
                for (DiaryDay.Entry e : s.entries()) rows.add(row(d.date(), s.session(), e, russian));
            }
        }
        return rows;
    }

    private EntryRow row(LocalDate date, EatingSession s, DiaryDay.Entry view, boolean russian) {
        DiaryEntry e = view.entry();
        List<FoodRow> foodRows = e.portions().stream().map(p -> new FoodRow(p.foodId(), foods.byId(p.foodId()).map(f -> f.displayName(russian))
                .orElse(p.foodId()), p.grams(), p.weighed() ? round(p.grams() * e.eatenShare()) : null, p.amount())).toList();
        String name = e.kind() == EntryKind.FOOD ? foods.byId(e.foodId()).map(f -> f.displayName(russian)).orElse(e.label()) : e.label();
        return new EntryRow(e.id(), date, s.time(), s.meal().key(), e.kind().key(), name, e.recipeId(), e.foodId(), e.servings(), e.amount(),
                round(e.servedGrams()), e.eatenPercent(), round(e.servedGrams() * e.eatenShare()), !e.unweighed().isEmpty(), foodRows,
                view.nutrients().asMap());
    }

    public void writeJson(List<EntryRow> rows, LocalDate from, LocalDate to, ObjectMapper json, Writer out) throws IOException {
        json.writeValue(out, Map.of("format", "fridgechef-diary", "version", 1, "from", from.toString(), "to", to.toString(), "entries", rows));
    }

    public void writeCsv(List<EntryRow> rows, Writer out) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (String c : List.of("id", "date", "time", "meal", "kind", "name", "recipe_id", "food_id", "servings", "amount", "grams_served",
                "eaten_percent", "grams_eaten", "weight_unknown")) {
            schema.addColumn(c);
        }
        for (Nutrient n : CSV_NUTRIENTS) schema.addColumn(n.key() + "_" + unitName(n));
        List<List<String>> lines = new ArrayList<>();
        for (EntryRow r : rows) {
            List<String> line = new ArrayList<>(List.of(Long.toString(r.id()), r.date().toString(), r.time().toString(), r.meal(), r.kind(),
                    r.name(), text(r.recipeId()), text(r.foodId()), r.servings() == null ? "" : number(r.servings()), text(r.amount()),
                    number(r.gramsServed()), number(r.eatenPercent()), number(r.gramsEaten()), Boolean.toString(r.weightUnknown())));
            for (Nutrient n : CSV_NUTRIENTS) {
                Double v = r.nutrients().get(n.key());
                line.add(v == null ? "" : number(Math.round(v * 10) / 10.0));
            }
            lines.add(line);
        }
        mapper.writer(schema.build()).writeValue(out, lines);
    }

    private static String unitName(Nutrient n) {
        return n.unit().equals("µg") ? "ug" : n.unit();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String number(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
