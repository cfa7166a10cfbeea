package dev.fridgechef.food;

import dev.fridgechef.Lazy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The SR21 food table (7,413 foods) with curated English/Russian aliases, loaded once from the
 * resources {@code fridgechef/food/sr21.tsv.gz} (see {@link dev.fridgechef.food.sr21.Sr21Converter})
 * and {@code fridgechef/food/aliases.tsv}, plus the foods SR21 lacks ({@code extra-foods.tsv}, ids
 * "FC001"…, values from typical labels) and authored household weights where SR21 has none
 * ({@code piece-weights.tsv}: a head of garlic, a bunch of dill, a pack of pelmeni). Immutable and
 * safe to share between threads.
 */
public final class FoodDatabase {
    static final String FOODS_RESOURCE = "fridgechef/food/sr21.tsv.gz";
    static final String ALIASES_RESOURCE = "fridgechef/food/aliases.tsv";
    static final String EXTRA_FOODS_RESOURCE = "fridgechef/food/extra-foods.tsv";
    static final String PIECE_WEIGHTS_RESOURCE = "fridgechef/food/piece-weights.tsv";

    private final Map<String, Food> foods;
    private final List<FoodAlias> aliases;
    private final Lazy<FoodSearch> search;

    private FoodDatabase(Map<String, Food> foods, List<FoodAlias> aliases) {
        this.foods = Collections.unmodifiableMap(foods);
        this.aliases = List.copyOf(aliases);
        this.search = new Lazy<>(() -> new FoodSearch(this.foods.values(), this.aliases));
    }

    public static FoodDatabase load() {
        ClassLoader loader = FoodDatabase.class.getClassLoader();
        try (InputStream foodsIn = open(loader, FOODS_RESOURCE); InputStream aliasesIn = open(loader, ALIASES_RESOURCE);
             InputStream extraIn = open(loader, EXTRA_FOODS_RESOURCE); InputStream weightsIn = open(loader, PIECE_WEIGHTS_RESOURCE)) {
            Map<String, Food> foods = readFoods(foodsIn);
            ExtraFoods.read(extraIn, foods);
            ExtraFoods.readWeights(weightsIn, foods);
            List<FoodAlias> aliases = FoodAlias.read(aliasesIn, foods.keySet());
            for (FoodAlias a : aliases) {
                foods.computeIfPresent(a.foodId(), (id, f) -> f.withNames(new LocalizedNames(a.english().get(0), a.russian().get(0))));
            }
            return new FoodDatabase(foods, aliases);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the food database", e);
        }
    }

    private static InputStream open(ClassLoader loader, String name) throws IOException {
        InputStream in = loader.getResourceAsStream(name);
        if (in == null) throw new IOException("missing resource " + name);
        return in;
    }

    /**
     * Reads the table's rows: "N" (the nutrient columns), "G" (a food group), "F" (a food with its
     * values per 100 g) and "M" (a household measure). The fields of a food row are read in place,
     * without splitting the line into strings: this runs at the start of most commands.
     */
    private static Map<String, Food> readFoods(InputStream in) throws IOException {
        Map<String, FoodGroup> groups = new HashMap<>();
        Map<String, List<HouseholdMeasure>> measures = new HashMap<>();
        List<String> foodRows = new ArrayList<>(8000);
        int nutrientCount = Nutrient.values().length;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("F\t")) {
                    foodRows.add(line);
                    continue;
                }
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "N" -> {
                        if (f.length - 1 != nutrientCount) throw new IOException("food resource has " + (f.length - 1) + " nutrients, code expects " + nutrientCount);
                    }
                    case "G" -> groups.put(f[1], new FoodGroup(f[1], f[2]));
                    case "M" -> measures.computeIfAbsent(f[1], k -> new ArrayList<>())
                            .add(new HouseholdMeasure(decimal(f[2]), f[3], decimal(f[4])));
                    default -> throw new IOException("unexpected record in food resource: " + f[0]);
                }
            }
        }
        Map<String, Food> foods = new LinkedHashMap<>(foodRows.size() * 2);
        int[] tabs = new int[6 + nutrientCount];
        for (String row : foodRows) {
            int fields = tabPositions(row, tabs);
            if (fields != 6 + nutrientCount) throw new IOException("food row with " + fields + " fields: " + row);
            double[] values = new double[nutrientCount];
            for (int i = 0; i < nutrientCount; i++) {
                int from = tabs[5 + i] + 1;
                int to = 6 + i < tabs.length - 1 ? tabs[6 + i] : row.length();
                values[i] = from == to ? Double.NaN : decimal(row, from, to);
            }
            String id = row.substring(tabs[0] + 1, tabs[1]);
            foods.put(id, new Food(id, groups.get(row.substring(tabs[1] + 1, tabs[2])), row.substring(tabs[2] + 1, tabs[3]),
                    row.substring(tabs[3] + 1, tabs[4]), row.charAt(tabs[4] + 1) == '1' && tabs[5] == tabs[4] + 2, Nutrients.of(values),
                    measures.getOrDefault(id, List.of()), LocalizedNames.NONE));
        }
        return foods;
    }

    /** Fills {@code tabs} with the positions of the row's tabs (as many as fit) and returns the number of fields. */
    private static int tabPositions(String row, int[] tabs) {
        int count = 0;
        for (int i = row.indexOf('\t'); i >= 0; i = row.indexOf('\t', i + 1)) {
            if (count < tabs.length) tabs[count] = i;
            count++;
        }
        return count + 1;
    }

    /** Powers of ten a double holds exactly. */
    private static final double[] EXACT_TENS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * {@link Double#parseDouble} for the plain decimals of the resource ("123.45"), a few times faster
     * (the table is on the start-up path of most commands) and equal to it: digits and scale both
     * fit a double exactly, so one division rounds correctly. Anything else goes to parseDouble.
     */
    static double decimal(String v) {
        return decimal(v, 0, v.length());
    }

    /** {@link #decimal(String)} of {@code v.substring(from, to)}, without making that string. */
    static double decimal(String v, int from, int to) {
        long digits = 0;
        int significant = 0;
        int scale = -1;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c == '.' && scale < 0) {
                scale = 0;
            } else if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                if (digits != 0) significant++;
                if (scale >= 0) scale++;
            } else {
                return Double.parseDouble(v.substring(from, to));
            }
        }
        if (from == to || (to - from == 1 && scale == 0) || significant > 15 || scale >= EXACT_TENS.length) {
            return Double.parseDouble(v.substring(from, to));
        }
        return scale <= 0 ? digits : digits / EXACT_TENS[scale];
    }

    public Optional<Food> byId(String id) {
        return Optional.ofNullable(id == null ? null : foods.get(id.trim()));
    }

    public Collection<Food> all() {
        return foods.values();
    }

    public int size() {
        return foods.size();
    }

    /** Whether this food comes from Fridge Chef's own table (extra-foods.tsv) rather than SR21. */
    public static boolean isExtra(String id) {
        return id != null && ExtraFoods.isExtraId(id);
    }

    public List<FoodAlias> aliases() {
        return aliases;
    }

    /** The name index, built on first use: commands that only read stock by id never pay for it. */
    public FoodSearch search() {
        return search.get();
    }
}
