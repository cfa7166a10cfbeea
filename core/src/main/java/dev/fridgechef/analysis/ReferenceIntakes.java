package dev.fridgechef.analysis;

import dev.fridgechef.food.Nutrient;
import dev.fridgechef.profile.Sex;
import dev.fridgechef.profile.Targets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The reference for each nutrient for one person and day: the profile's targets for energy,
 * macronutrients and fibre; the US DRIs (RDA or AI, and the UL) by sex and age band from the
 * resource {@value #RESOURCE} for micronutrients; the sodium CDRR; saturated fat under 10 % and
 * sugars under 10 % of the day's energy (WHO counts free sugars only, the database has total sugars,
 * so that one is a guide, not judged).
 */
public final class ReferenceIntakes {
    static final String RESOURCE = "fridgechef/analysis/reference-intakes.tsv";
    static final double FIBER_PER_1000_KCAL = 14;
    static final double SATURATED_FAT_SHARE = 0.10;
    static final double SUGAR_SHARE = 0.10;

    private record Row(Nutrient nutrient, Sex sex, int from, int to, Reference.Kind kind, double amount, Double upper) {
        boolean appliesTo(Sex s, int age) {
            return (sex == null || sex == s) && age >= from && age <= to;
        }
    }

    private final List<Row> rows;

    private ReferenceIntakes(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static ReferenceIntakes load() {
        try (InputStream in = ReferenceIntakes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IOException("missing resource " + RESOURCE);
            return new ReferenceIntakes(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reference intakes", e);
        }
    }

    private static List<Row> read(InputStream in) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 7) throw new IOException("reference intakes: expected 7 fields in: " + line);
                rows.add(new Row(Nutrient.valueOf(f[0].toUpperCase(java.util.Locale.ROOT)), f[1].equals("*") ? null : f[1].equals("M") ? Sex.MALE : Sex.FEMALE,
                        Integer.parseInt(f[2]), Integer.parseInt(f[3]), Reference.Kind.valueOf(f[4]), Double.parseDouble(f[5]),
                        f[6].equals("-") ? null : Double.parseDouble(f[6])));
            }
        }
        return rows;
    }

    /**
     * The references for one meal that usually takes {@code share} of the day: the profile's targets
     * for energy, macronutrients and fibre times the share ({@code targets} null: fibre only, by
     * the meal's own energy, as a day without targets is judged). Vitamins, minerals and limits are
     * not judged per meal: they are the day's.
     */
    public Map<Nutrient, Reference> forMeal(Targets targets, double share, double mealEnergyKcal) {
        Map<Nutrient, Reference> out = new EnumMap<>(Nutrient.class);
        if (targets != null) {
            out.put(Nutrient.ENERGY, Reference.target(Nutrient.ENERGY, share * targets.energy(), "analysis.basis.meal"));
            out.put(Nutrient.PROTEIN, Reference.target(Nutrient.PROTEIN, share * targets.protein(), "analysis.basis.meal"));
            out.put(Nutrient.FAT, Reference.target(Nutrient.FAT, share * targets.fat(), "analysis.basis.meal"));
            out.put(Nutrient.CARBOHYDRATE, Reference.target(Nutrient.CARBOHYDRATE, share * targets.carbohydrate(), "analysis.basis.meal"));
            out.put(Nutrient.FIBER, Reference.intake(Nutrient.FIBER, Reference.Kind.AI, share * targets.fiber(), null, "analysis.basis.meal"));
        } else if (mealEnergyKcal > 0) {
            out.put(Nutrient.FIBER, Reference.intake(Nutrient.FIBER, Reference.Kind.AI, FIBER_PER_1000_KCAL * mealEnergyKcal / 1000, null,
                    "analysis.basis.fiber.day"));
        }
        return out;
    }

    /**
     * The references for a person of {@code sex} and {@code age} (either may be null: then only the
     * rows for both sexes, or none, apply) with {@code targets} (null when the profile is incomplete)
     * on a day of {@code dayEnergyKcal}.
     */
    public Map<Nutrient, Reference> forPerson(Sex sex, Integer age, Targets targets, double dayEnergyKcal) {
        Map<Nutrient, Reference> out = new EnumMap<>(Nutrient.class);
        if (targets != null) {
            out.put(Nutrient.ENERGY, Reference.target(Nutrient.ENERGY, targets.energy(), "analysis.basis.target"));
            out.put(Nutrient.PROTEIN, Reference.target(Nutrient.PROTEIN, targets.protein(), "analysis.basis.target"));
            out.put(Nutrient.FAT, Reference.target(Nutrient.FAT, targets.fat(), "analysis.basis.target"));
            out.put(Nutrient.CARBOHYDRATE, Reference.target(Nutrient.CARBOHYDRATE, targets.carbohydrate(), "analysis.basis.target"));
            out.put(Nutrient.FIBER, Reference.intake(Nutrient.FIBER, Reference.Kind.AI, targets.fiber(), null, "analysis.basis.fiber"));
        } else if (dayEnergyKcal > 0) {
            out.put(Nutrient.FIBER, Reference.intake(Nutrient.FIBER, Reference.Kind.AI, FIBER_PER_1000_KCAL * dayEnergyKcal / 1000, null,
                    "analysis.basis.fiber.day"));
        }
        if (dayEnergyKcal > 0) {
            out.put(Nutrient.SATURATED_FAT, Reference.limit(Nutrient.SATURATED_FAT, SATURATED_FAT_SHARE * dayEnergyKcal / 9,
                    "analysis.basis.saturated_fat"));
            out.put(Nutrient.SUGAR, Reference.guide(Nutrient.SUGAR, SUGAR_SHARE * dayEnergyKcal / 4, "analysis.basis.sugar"));
        }
        if (age == null) return out;
        for (Row row : rows) {
            if (!row.appliesTo(sex, age)) continue;
            out.put(row.nutrient(), switch (row.kind()) {
                case LIMIT -> Reference.limit(row.nutrient(), row.amount(), "analysis.basis.cdrr");
                case RDA, AI -> Reference.intake(row.nutrient(), row.kind(), row.amount(), row.upper(), "analysis.basis." + row.kind().key());
                case TARGET, GUIDE -> throw new IllegalStateException("not a kind of the reference table: " + row.kind());
            });
        }
        return out;
    }
}
