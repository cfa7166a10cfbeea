package dev.fridgechef.diary;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.DateSpec;
import dev.fridgechef.recipe.MealType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When something was eaten, as people type it: "08:30", "8:30", "yesterday 19:00", "вчера 19:00",
 * "2026-11-25 08:30", "2026-11-25T08:30", or a day alone ("yesterday", "2026-11-25"); and the meal a
 * time of day stands for when none is given.
 */
public final class MealTimes {
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
    private static final Pattern DAY_AND_CLOCK = Pattern.compile("(.+?)[\\sTt]+(\\d{1,2}[:.]\\d{2})");

    private MealTimes() {
    }

    /** The moment {@code text} names, with {@code now} giving today; a day alone keeps the time of {@code now}. */
    public static LocalDateTime parse(String text, LocalDateTime now) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (CLOCK.matcher(t).matches()) return now.toLocalDate().atTime(clock(t, text));
        Matcher m = DAY_AND_CLOCK.matcher(t);
        if (m.matches()) return day(m.group(1).trim(), text, now.toLocalDate()).atTime(clock(m.group(2), text));
        return day(t, text, now.toLocalDate()).atTime(now.toLocalTime());
    }

    private static LocalDate day(String t, String original, LocalDate today) {
        return switch (t) {
            case "yesterday", "вчера" -> today.minusDays(1);
            default -> {
                try {
                    yield DateSpec.parseDate(t, today);
                } catch (UserException e) {
                    throw new UserException("error.diary.at", original);
                }
            }
        };
    }

    private static LocalTime clock(String t, String original) {
        Matcher m = CLOCK.matcher(t);
        if (!m.matches()) throw new UserException("error.diary.at", original);
        try {
            return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new UserException("error.diary.at", original);
        }
    }

    /**
     * The moment an entry is logged at, kept to the minute: {@code at} when given, else {@code now},
     * moved to the meal's usual time when a meal is given that {@code now} does not fit.
     */
    public static LocalDateTime moment(LocalDateTime at, MealType meal, LocalDateTime now) {
        if (at != null) return at.truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime minute = now.truncatedTo(ChronoUnit.MINUTES);
        return meal == null ? minute : minute.toLocalDate().atTime(timeFor(meal, minute.toLocalTime()));
    }

    /** Breakfast from 5:00, lunch from 11:00, a snack from 16:00, dinner from 18:00, a snack after 23:00. */
    public static MealType mealAt(LocalTime time) {
        int h = time.getHour();
        if (h >= 5 && h < 11) return MealType.BREAKFAST;
        if (h >= 11 && h < 16) return MealType.LUNCH;
        if (h >= 18 && h < 23) return MealType.DINNER;
        return MealType.SNACK;
    }

    /** The time to log a meal at when only its type is given: now when now fits it, else its usual time. */
    public static LocalTime timeFor(MealType meal, LocalTime now) {
        if (mealAt(now) == meal || meal == MealType.SNACK) return now;
        return switch (meal) {
            case BREAKFAST -> LocalTime.of(8, 0);
            case LUNCH -> LocalTime.of(13, 0);
            case DINNER -> LocalTime.of(19, 0);
            case SNACK -> now;
        };
    }
}
