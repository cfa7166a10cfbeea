package dev.fridgechef.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every number in a text is one of the computed figures. A number matches a figure
 * when the figure rounded to the number's shown precision gives the number ("1,842" for 1842.4,
 * "8.8" for 8.765), read as a figure or as a percentage of a share ("23 %" for 0.234). English and
 * Russian writing are both read: "1,842", "1 842" and "1842" are the same number, "8,8" and "8.8"
 * too; a comma before three digits, or a plain space between digits ("3 100 g": 3100 g, or three
 * 100 g portions), may be read either way, and either reading may match; a no-break space only
 * ever groups thousands. Digits glued to a
 * letter are part of a name ("B12", "omega-3"), a list number at the start of a line is not a
 * figure, and neither is a number inside one of the given {@code names} ("Milk, 2% milkfat", a dish
 * called "Soup no. 5") where the text writes the name whole.
 */
public final class NumberCheck {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])(?<!\\p{L}-)(?<!\\d[.,])\\d+(?:[.,\u00A0\u202F ]\\d+)*");
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^\\s*\\d{1,2}[.)]\\s");
    private static final Pattern SPACE = Pattern.compile(" ");

    /** A number as written: its value and the step of its last digit (1 for "8", 0.1 for "8.8"). */
    record Shown(double value, double step) {
        boolean matches(double figure) {
            double tolerance = step / 2 + 1e-9 * Math.max(1, Math.abs(figure));
            return Math.abs(value - figure) <= tolerance || Math.abs(value - 100 * figure) <= tolerance;
        }
    }

    private final double[] figures;
    private final List<String> names;

    public NumberCheck(Collection<Double> figures) {
        this(figures, List.of());
    }

    public NumberCheck(Collection<Double> figures, Collection<String> names) {
        this.figures = figures.stream().filter(f -> f != null && Double.isFinite(f)).mapToDouble(Double::doubleValue).map(Math::abs).toArray();
        // longest first, so that a name containing another is taken out whole
        this.names = names.stream().filter(n -> n != null && n.chars().anyMatch(Character::isDigit)).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The check for a text about {@code a}: its figures are {@link AnalysisFigures#of}. */
    public static NumberCheck forAnalysis(DayAnalysis a) {
        return new NumberCheck(AnalysisFigures.of(a), AnalysisFigures.names(a));
    }

    /** The numbers in {@code text}, as written, that match no figure; empty when the text passes. */
    public List<String> wrongNumbers(String text) {
        List<String> wrong = new ArrayList<>();
        String checked = LIST_MARKER.matcher(text).replaceAll(" ");
        for (String name : names) checked = Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(checked).replaceAll(" ");
        Matcher m = NUMBER.matcher(checked);
        while (m.find()) {
            String token = m.group();
            if (!matches(token)) wrong.add(token.strip());
        }
        return wrong;
    }

    public boolean passes(String text) {
        return wrongNumbers(text).isEmpty();
    }

    private boolean matches(String token) {
        for (Shown s : readings(token.replace(" ", "").replace("\u00A0", "").replace("\u202F", ""))) {
            if (matchesAny(s)) return true;
        }
        // "3 100 g" may be two numbers: then each must match
        String[] parts = SPACE.split(token);
        if (parts.length < 2) return false;
        for (String part : parts) {
            if (readings(part.replace("\u00A0", "").replace("\u202F", "")).stream().noneMatch(this::matchesAny)) return false;
        }
        return true;
    }

    private boolean matchesAny(Shown s) {
        for (double f : figures) {
            if (s.matches(f)) return true;
        }
        return false;
    }

    /** The ways a number without spaces may be read: English or Russian grouping and decimals. */
    static List<Shown> readings(String s) {
        List<Shown> out = new ArrayList<>();
        if (s.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) out.add(decimal(s.replace(",", "")));
        if (s.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) out.add(decimal(s.replace(".", "").replace(',', '.')));
        if (s.matches("\\d+([.,]\\d+)?")) out.add(decimal(s.replace(',', '.')));
        return out;
    }

    private static Shown decimal(String plain) {
        int dot = plain.indexOf('.');
        int decimals = dot < 0 ? 0 : plain.length() - dot - 1;
        return new Shown(Double.parseDouble(plain), Math.pow(10, -decimals));
    }
}
