package dev.fridgechef.food;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Readers for the two authored tables beside SR21.
 *
 * <p>{@code extra-foods.tsv}: foods SR21 (2008) does not have — frozen pelmeni, halloumi, whey
 * protein, oat milk … — with ids "FC" + three digits (SR21's NDB numbers are five digits, so the
 * two can never collide), an SR21 food group, an SR21-style English description (the diet and
 * allergen rules read it, as they read SR21's), display names, household measures, the source of
 * the figures, and nutrients per 100 g in columns named by {@link Nutrient#key()}. An empty cell
 * or a nutrient without a column is unknown (NaN), never zero.
 *
 * <p>{@code piece-weights.tsv}: {@code food id, unit, grams, source} — the weight of one piece,
 * head, clove, bunch, slice, can or pack of a food where SR21 has no such measure. They are added
 * to the food's measures as authored measures; SR21's own measure of the same name always wins.
 */
final class ExtraFoods {
    private static final String ID_PATTERN = "FC\\d{3}";

    private ExtraFoods() {
    }

    static boolean isExtraId(String id) {
        return id.matches(ID_PATTERN);
    }

    static void read(InputStream in, Map<String, Food> foods) throws IOException {
        Map<String, FoodGroup> groups = new HashMap<>();
        for (Food f : foods.values()) groups.putIfAbsent(f.group().code(), f.group());
        List<String> header = null;
        int lineNo = 0;
        for (String line : lines(in)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (header == null) {
                header = Arrays.asList(f);
                if (!header.subList(0, 7).equals(List.of("id", "group", "description", "name_en", "name_ru", "measures", "source"))) {
                    throw new IOException("extra-foods.tsv: unexpected header " + header);
                }
                for (String col : header.subList(7, header.size())) nutrient(col);
                continue;
            }
            String where = "extra-foods.tsv line " + lineNo + ": ";
            if (f.length != header.size()) throw new IOException(where + "expected " + header.size() + " fields, found " + f.length);
            String id = f[0].trim();
            if (!isExtraId(id)) throw new IOException(where + "id must be FC and three digits: " + id);
            if (foods.containsKey(id)) throw new IOException(where + "duplicate id " + id);
            FoodGroup group = groups.get(f[1].trim());
            if (group == null) throw new IOException(where + "unknown food group " + f[1]);
            if (f[6].isBlank()) throw new IOException(where + "source is required");
            double[] values = new double[Nutrient.values().length];
            Arrays.fill(values, Double.NaN);
            for (int c = 7; c < f.length; c++) {
                String v = f[c].trim();
                if (!v.isEmpty()) values[nutrient(header.get(c)).ordinal()] = Double.parseDouble(v);
            }
            if (Double.isNaN(values[Nutrient.ENERGY.ordinal()])) throw new IOException(where + "energy is required");
            List<HouseholdMeasure> measures = new ArrayList<>();
            for (String m : f[5].split(";")) {
                if (m.isBlank()) continue;
                String[] kv = m.split("=");
                if (kv.length != 2) throw new IOException(where + "measure must be unit=grams: " + m);
                measures.add(new HouseholdMeasure(1, kv[0].trim(), Double.parseDouble(kv[1].trim()), f[6].trim()));
            }
            foods.put(id, new Food(id, group, f[2].trim(), "", false, Nutrients.of(values), measures,
                    new LocalizedNames(f[3].trim(), f[4].trim())));
        }
        if (header == null) throw new IOException("extra-foods.tsv: no header row");
    }

    static void readWeights(InputStream in, Map<String, Food> foods) throws IOException {
        int lineNo = 0;
        for (String line : lines(in)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            String where = "piece-weights.tsv line " + lineNo + ": ";
            if (f.length != 4) throw new IOException(where + "expected 4 tab-separated fields");
            String id = f[0].trim();
            Food food = foods.get(id);
            if (food == null) throw new IOException(where + "unknown food " + id);
            double grams = Double.parseDouble(f[2].trim());
            if (!(grams > 0)) throw new IOException(where + "grams must be positive");
            if (f[3].isBlank()) throw new IOException(where + "source is required");
            List<HouseholdMeasure> measures = new ArrayList<>(food.measures());
            measures.add(new HouseholdMeasure(1, f[1].trim(), grams, f[3].trim()));
            foods.put(id, new Food(food.id(), food.group(), food.description(), food.commonName(), food.branded(),
                    food.per100g(), measures, food.names()));
        }
    }

    private static Nutrient nutrient(String key) throws IOException {
        try {
            return Nutrient.valueOf(key.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException("extra-foods.tsv: unknown nutrient column " + key);
        }
    }

    private static List<String> lines(InputStream in) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }
}
