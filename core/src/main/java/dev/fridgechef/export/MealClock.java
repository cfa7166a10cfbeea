package dev.fridgechef.export;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.recipe.MealType;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the person has each meal, for calendar events: "breakfast=08:00,lunch=13:00,dinner=19:00"
 * (Russian meal names too), or "none". A meal without a time becomes an all-day entry of its day.
 */
public record MealClock(Map<MealType, LocalTime> times) {
    /** No times: every meal an all-day entry. */
    public static final MealClock NONE = new MealClock(Map.of());
    private static final Pattern PAIR = Pattern.compile("\\s*([^=\\s]+)\\s*=\\s*(\\d{1,2})[:.](\\d{2})\\s*");

    public MealClock {
        times = Collections.unmodifiableMap(times.isEmpty() ? new EnumMap<>(MealType.class) : new EnumMap<>(times));
    }

    public static MealClock parse(String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("none")) return NONE;
        Map<MealType, LocalTime> times = new EnumMap<>(MealType.class);
        for (String pair : text.split(",")) {
            Matcher m = PAIR.matcher(pair);
            if (!m.matches()) throw new UserException("error.export.times", text);
            MealType meal = MealType.parse(m.group(1));
            try {
                times.put(meal, LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                throw new UserException("error.export.times", text);
            }
        }
        return new MealClock(times);
    }

    public boolean isEmpty() {
        return times.isEmpty();
    }

    /** "breakfast 08:00, lunch 13:00" with the meal names of {@code messages}. */
    public String describe(dev.fridgechef.i18n.Messages messages) {
        return String.join(", ", times.entrySet().stream().map(e -> messages.get("meal." + e.getKey().key()).toLowerCase(messages.locale()) + " " + e.getValue()).toList());
    }

    public Optional<LocalTime> of(MealType meal) {
        return Optional.ofNullable(times.get(meal));
    }

    /** How long a meal's calendar event lasts. */
    static Duration length(MealType meal) {
        return switch (meal) {
            case BREAKFAST -> Duration.ofMinutes(30);
            case LUNCH, DINNER -> Duration.ofMinutes(45);
            case SNACK -> Duration.ofMinutes(15);
        };
    }
}
