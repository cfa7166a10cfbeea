package dev.fridgechef.profile;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.text.TextNormalizer;

import java.util.Locale;

public enum Goal {
    LOSE, MAINTAIN, GAIN;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Goal parse(String text) {
        return switch (TextNormalizer.normalize(text)) {
            case "lose", "loss", "cut", "похудеть", "снизить", "сбросить" -> LOSE;
            case "maintain", "keep", "поддерживать", "сохранить", "удержать" -> MAINTAIN;
            case "gain", "bulk", "набрать", "набор" -> GAIN;
            default -> throw new UserException("error.profile.goal", text);
        };
    }
}
