package dev.fridgechef.unit;

import dev.fridgechef.text.TextNormalizer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parses unit spellings in English and Russian ("g", "grams", "гр", "ст.л.", "fl oz") to {@link Unit}. */
public final class Units {
    public static final List<Unit> STANDARD = List.of(Unit.GRAM, Unit.KILOGRAM, Unit.MILLILITRE, Unit.LITRE, Unit.PIECE,
            Unit.CUP, Unit.TABLESPOON, Unit.TEASPOON, Unit.OUNCE, Unit.POUND, Unit.FLUID_OUNCE);

    private static final Map<String, Unit> SPELLINGS = new HashMap<>();
    /** Spellings of household units that name the same measure of any food ("головки" → "head"). */
    private static final Map<String, String> HOUSEHOLD = new HashMap<>();

    static {
        spell(Unit.GRAM, "g", "gr", "gram", "grams", "gramme", "grammes", "г", "гр", "грамм", "грамма", "граммов");
        spell(Unit.KILOGRAM, "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "кг", "килограмм", "килограмма", "килограммов", "кило");
        spell(Unit.OUNCE, "oz", "ounce", "ounces", "унция", "унции", "унций");
        spell(Unit.POUND, "lb", "lbs", "pound", "pounds", "фунт", "фунта", "фунтов");
        spell(Unit.MILLILITRE, "ml", "milliliter", "milliliters", "millilitre", "millilitres", "мл", "миллилитр", "миллилитра", "миллилитров");
        spell(Unit.LITRE, "l", "liter", "liters", "litre", "litres", "л", "литр", "литра", "литров");
        spell(Unit.CUP, "cup", "cups", "c", "стакан", "стакана", "стаканов");
        spell(Unit.TABLESPOON, "tbsp", "tbs", "tbl", "tablespoon", "tablespoons", "стл", "столовая ложка", "столовые ложки", "столовых ложек", "ложка", "ложки");
        spell(Unit.TEASPOON, "tsp", "teaspoon", "teaspoons", "чл", "чайная ложка", "чайные ложки", "чайных ложек");
        spell(Unit.FLUID_OUNCE, "fl oz", "floz", "fluid ounce", "fluid ounces", "жидк. унц.", "жидкая унция", "жидкие унции", "жидких унций");
        spell(Unit.PIECE, "pcs", "pc", "piece", "pieces", "item", "items", "x", "шт", "штука", "штуки", "штук", "штучка");
    }

    static {
        household("head", "head", "heads", "головка", "головки", "головок", "кочан", "кочана", "кочанов");
        household("clove", "clove", "cloves", "зубчик", "зубчика", "зубчиков", "зубок", "зубч");
        household("bunch", "bunch", "bunches", "пучок", "пучка", "пучков");
        household("slice", "slice", "slices", "ломтик", "ломтика", "ломтиков", "ломоть", "ломтя");
        household("can", "can", "cans", "tin", "tins", "банка", "банки", "банок");
        household("pack", "pack", "packs", "package", "packages", "packet", "packets", "pkg", "пачка", "пачки", "пачек",
                "упаковка", "упаковки", "упаковок");
    }

    private static void household(String code, String... spellings) {
        for (String s : spellings) HOUSEHOLD.put(key(s), code);
    }

    private static void spell(Unit unit, String... spellings) {
        for (String s : spellings) SPELLINGS.put(key(s), unit);
    }

    private static String key(String s) {
        return TextNormalizer.normalize(s).replace(" ", "");
    }

    private Units() {
    }

    /** The standard unit with this spelling, if it is one. */
    public static Optional<Unit> standard(String text) {
        return Optional.ofNullable(SPELLINGS.get(key(text)));
    }

    /**
     * A standard unit, or else a household measure to be checked against the food's measures; the
     * common household units are folded to one English code ("головка", "heads" → "head",
     * "зубчика" → "clove", "пачка", "package" → "pack").
     */
    public static Unit parse(String text) {
        return standard(text).orElseGet(() -> Unit.household(householdCode(text)));
    }

    /** The canonical code of a household unit: "head", "clove", "bunch", "slice", "can", "pack", else the text normalised. */
    public static String householdCode(String text) {
        String code = HOUSEHOLD.get(key(text));
        return code != null ? code : TextNormalizer.normalize(text);
    }

    /** Codes of the standard units, for help and error messages. */
    public static List<String> standardCodes() {
        return STANDARD.stream().map(Unit::code).toList();
    }
}
