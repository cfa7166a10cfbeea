package dev.fridgechef.inventory;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.text.TextNormalizer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and periods as people type them: "2026-12-01", "01.12.2026", "+3d", "+2w", "+1m", "today",
 * "tomorrow", "завтра"; periods "3d", "1w", "3д". Impossible dates ("2026-02-30") are refused.
 */
public final class DateSpec {
    private static final Pattern RELATIVE = Pattern.compile("\\+?\\s*(\\d{1,4})\\s*([a-zа-я]*)");
    private static final Pattern ISO_TEXT = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final Pattern DOTTED_TEXT = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{4}");
    private static final Pattern SINGLE_DIGIT = Pattern.compile("-(\\d)(?=-|$)");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private DateSpec() {
    }

    public static LocalDate parseDate(String text, LocalDate today) {
        String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        switch (t) {
            case "today", "сегодня" -> {
                return today;
            }
            case "tomorrow", "завтра" -> {
                return today.plusDays(1);
            }
            default -> {
            }
        }
        if (ISO_TEXT.matcher(t).matches()) return strict(text, SINGLE_DIGIT.matcher(t).replaceAll("-0$1"), ISO);
        if (DOTTED_TEXT.matcher(t).matches()) return strict(text, t, DOTTED);
        if (t.startsWith("+") && !t.contains("-")) return today.plusDays(parsePeriodDays(t.substring(1)));
        throw new UserException("error.date", text);
    }

    private static LocalDate strict(String original, String text, DateTimeFormatter format) {
        try {
            return LocalDate.parse(text, format);
        } catch (DateTimeParseException e) {
            throw new UserException("error.date.impossible", original);
        }
    }

    /** A period in days: "3", "3d", "2w", "1m" (30 days), and the Russian "3д", "2н", "1м". */
    public static int parsePeriodDays(String text) {
        String t = TextNormalizer.normalize(text == null ? "" : text.replace("+", ""));
        Matcher m = RELATIVE.matcher(t);
        if (!m.matches()) throw new UserException("error.period", text);
        int n = Integer.parseInt(m.group(1));
        int factor = switch (m.group(2)) {
            case "", "d", "day", "days", "д", "дн", "день", "дня", "дней" -> 1;
            case "w", "week", "weeks", "н", "нед", "неделя", "недели", "недель" -> 7;
            case "m", "month", "months", "м", "мес", "месяц", "месяца", "месяцев" -> 30;
            default -> throw new UserException("error.period", text);
        };
        return n * factor;
    }
}
