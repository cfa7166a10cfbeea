package dev.fridgechef.recipe;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.text.TextNormalizer;

import java.util.Locale;

public enum MealType {
    BREAKFAST, LUNCH, DINNER, SNACK;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The usual share of the day's energy and nutrients this meal takes: breakfast 25 %, lunch 35 %,
     * dinner 30 %, a snack 10 %. The planner balances meals by it and closing a diary session judges
     * the meal against it.
     */
    public double usualShareOfDay() {
        return switch (this) {
            case BREAKFAST -> 0.25;
            case LUNCH -> 0.35;
            case DINNER -> 0.30;
            case SNACK -> 0.10;
        };
    }

    @JsonCreator
    public static MealType parse(String text) {
        return switch (TextNormalizer.normalize(text)) {
            case "breakfast", "завтрак" -> BREAKFAST;
            case "lunch", "обед" -> LUNCH;
            case "dinner", "ужин" -> DINNER;
            case "snack", "перекус" -> SNACK;
            default -> throw new UserException("error.meal", text);
        };
    }
}
