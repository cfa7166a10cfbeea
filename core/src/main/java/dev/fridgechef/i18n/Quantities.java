package dev.fridgechef.i18n;

import dev.fridgechef.unit.QuantityParser;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Quantities and numbers as a reader of either language sees them: "1.5 kg", "2 cups" in English,
 * "1,5 кг", "2 стакана" in Russian (decimal comma, Russian unit names with the plural the number
 * takes). Amounts keep three decimals at most, table figures a fixed number; both round half up.
 * The store, JSON and the planner keep the English unit codes ("g", "pcs", "cup") and dot decimals.
 */
public final class Quantities {
    /** Russian unit names that do not change with the number (abbreviations). */
    private static final Map<String, String> RU_ABBREVIATIONS = Map.ofEntries(
            Map.entry("g", "г"), Map.entry("kg", "кг"), Map.entry("ml", "мл"), Map.entry("l", "л"), Map.entry("pcs", "шт."),
            Map.entry("tbsp", "ст. л."), Map.entry("tsp", "ч. л."), Map.entry("fl oz", "жидк. унц."), Map.entry("kcal", "ккал"),
            Map.entry("mg", "мг"), Map.entry("µg", "мкг"), Map.entry("kJ", "кДж"),
            Map.entry("large", "шт. (крупн.)"), Map.entry("medium", "шт. (средн.)"), Map.entry("small", "шт. (мелк.)"),
            Map.entry("piece", "шт."), Map.entry("whole", "шт."));
    /** Russian unit words in the forms for 1, 2–4 and 5 or more ("стакан", "стакана", "стаканов"). */
    private static final Map<String, String[]> RU_WORDS = Map.of(
            "cup", new String[] {"стакан", "стакана", "стаканов"},
            "oz", new String[] {"унция", "унции", "унций"},
            "lb", new String[] {"фунт", "фунта", "фунтов"},
            "head", new String[] {"головка", "головки", "головок"},
            "clove", new String[] {"зубчик", "зубчика", "зубчиков"},
            "bunch", new String[] {"пучок", "пучка", "пучков"},
            "slice", new String[] {"ломтик", "ломтика", "ломтиков"},
            "can", new String[] {"банка", "банки", "банок"},
            "pack", new String[] {"пачка", "пачки", "пачек"});

    private static final Map<String, String> RU_SIZES = Map.of("large", "крупн.", "medium", "средн.", "small", "мелк.",
            "extra large", "очень крупн.", "jumbo", "очень крупн.");

    private Quantities() {
    }

    /** A figure with a fixed number of decimals, no grouping, "-" when unknown: "1.8" / "1,8". */
    public static String number(Double value, int decimals, boolean russian) {
        if (value == null || value.isNaN() || value.isInfinite()) return "-";
        return mark(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString(), russian);
    }

    /** An amount as typed and stored, up to three decimals without trailing zeros: "1.5" / "1,5", "2". */
    public static String amount(double value, boolean russian) {
        return mark(QuantityParser.format(value), russian);
    }

    /** A unit code ("g", "cup", "head") in the reader's language, in the form the amount asks for. */
    public static String unit(String code, double amount, boolean russian) {
        if (!russian || code == null) return code;
        String abbreviation = RU_ABBREVIATIONS.get(code);
        if (abbreviation != null) return abbreviation;
        String[] forms = RU_WORDS.get(code);
        if (forms != null) return forms[pluralForm(amount)];
        return sizedMeasure(code, amount);
    }

    /** An SR21 measure stored as a unit with its size, "head large" → "головка (крупн.)"; else the code. */
    private static String sizedMeasure(String code, double amount) {
        int space = code.indexOf(' ');
        if (space < 0) return code;
        String[] forms = RU_WORDS.get(code.substring(0, space));
        String size = RU_SIZES.get(code.substring(space + 1));
        return forms == null || size == null ? code : forms[pluralForm(amount)] + " (" + size + ")";
    }

    /** "1.5 kg" / "1,5 кг", "3 cups" / "3 стакана". */
    public static String quantity(double amount, String unitCode, boolean russian) {
        return amount(amount, russian) + " " + unit(unitCode, amount, russian);
    }

    /**
     * An amount kept as text with its unit code ("2 pcs", "250 ml", "1.5 cup", as the diary stores
     * what was eaten) in the reader's language ("2 шт.", "250 мл", "1,5 стакана"); other text as it is.
     */
    public static String storedAmount(String text, boolean russian) {
        if (text == null || !russian) return text;
        java.util.regex.Matcher m = STORED_AMOUNT.matcher(text);
        return m.matches() ? quantity(Double.parseDouble(m.group(1)), m.group(2), true) : text;
    }

    private static final java.util.regex.Pattern STORED_AMOUNT = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?) ([a-z][a-z ]*)");

    /** Whole grams: "150 g" / "150 г". */
    public static String grams(double grams, boolean russian) {
        return number(grams, 0, russian) + " " + unit("g", grams, russian);
    }

    /** The decimal mark of the language: a comma in Russian. */
    public static String mark(String plainNumber, boolean russian) {
        return russian ? plainNumber.replace('.', ',') : plainNumber;
    }

    /** 0: "1, 21 стакан"; 1: "2–4, 22 стакана" and any fraction ("1,5 стакана"); 2: "5–20, 0 стаканов". */
    static int pluralForm(double amount) {
        if (amount != Math.rint(amount)) return 1;
        long n = Math.abs((long) amount);
        if (n % 10 == 1 && n % 100 != 11) return 0;
        if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) return 1;
        return 2;
    }
}
