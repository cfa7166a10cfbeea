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
 * Dates and periods as people type them: "2026-12-01", "01.12.2026", "+3d", "+2w", "+1m", "+1y",
 * "today", "tomorrow", "завтра"; the plus may be left out when a unit is given ("3d", "1y", "2м").
 * In a date, "m" and "y" are calendar months and years ("+1m" from 31 January is the last day of
 * February); as a period in days a month counts 30 days and a year 365. Periods "3d", "1w", "3д".
 * Impossible dates ("2026-02-30") are refused.
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
        if ((t.startsWith("+") && !t.contains("-")) || t.matches("\\d{1,4}\\s*\\p{L}+")) {
            Matcher m = RELATIVE.matcher(TextNormalizer.normalize(t.replace("+", "")));
            if (m.matches()) {
                int n = Integer.parseInt(m.group(1));
                return switch (unitOf(m.group(2), text)) {
                    case DAY -> today.plusDays(n);
                    case WEEK -> today.plusWeeks(n);
                    case MONTH -> today.plusMonths(n);
                    case YEAR -> today.plusYears(n);
                };
            }
        }
        throw new UserException("error.date", text);
    }

    private static LocalDate strict(String original, String text, DateTimeFormatter format) {
        try {
            return LocalDate.parse(text, format);
        } catch (DateTimeParseException e) {
            throw new UserException("error.date.impossible", original);
        }
    }

    private enum Step { DAY, WEEK, MONTH, YEAR }

    private static Step unitOf(String unit, String original) {
        return switch (unit) {
            case "", "d", "day", "days", "д", "дн", "день", "дня", "дней" -> Step.DAY;
            case "w", "wk", "week", "weeks", "н", "нед", "неделя", "недели", "недель" -> Step.WEEK;
            case "m", "mo", "mon", "month", "months", "м", "мес", "месяц", "месяца", "месяцев" -> Step.MONTH;
            case "y", "yr", "yrs", "year", "years", "г", "год", "года", "лет" -> Step.YEAR;
            default -> throw new UserException("error.period", original);
        };
    }

    /** A period in days: "3", "3d", "2w", "1m" (30 days), "1y" (365 days), and the Russian "3д", "2н", "1м", "1г". */
    public static int parsePeriodDays(String text) {
        String t = TextNormalizer.normalize(text == null ? "" : text.replace("+", ""));
        Matcher m = RELATIVE.matcher(t);
        if (!m.matches()) throw new UserException("error.period", text);
        int n = Integer.parseInt(m.group(1));
        int factor = switch (unitOf(m.group(2), text)) {
            case DAY -> 1;
            case WEEK -> 7;
            case MONTH -> 30;
            case YEAR -> 365;
        };
        return n * factor;
    }
}
