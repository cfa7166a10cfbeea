package dev.fridgechef.profile;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.text.TextNormalizer;

import java.util.Locale;

/** Physical activity, with the usual multipliers of resting energy (FAO/WHO-style PAL bands). */
public enum ActivityLevel {
    SEDENTARY(1.2), LIGHT(1.375), MODERATE(1.55), ACTIVE(1.725), VERY_ACTIVE(1.9);

    private final double factor;

    ActivityLevel(double factor) {
        this.factor = factor;
    }

    public double factor() {
        return factor;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ActivityLevel parse(String text) {
        String t = TextNormalizer.normalize(text).replace(' ', '-');
        for (ActivityLevel a : values()) if (a.key().equals(t)) return a;
        return switch (t) {
            case "сидячий", "минимальный" -> SEDENTARY;
            case "легкий", "низкий" -> LIGHT;
            case "средний", "умеренный" -> MODERATE;
            case "высокий", "активный" -> ACTIVE;
            case "очень-высокий", "очень-активный" -> VERY_ACTIVE;
            default -> throw new UserException("error.profile.activity", text);
        };
    }
}
