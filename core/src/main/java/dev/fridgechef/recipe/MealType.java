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
