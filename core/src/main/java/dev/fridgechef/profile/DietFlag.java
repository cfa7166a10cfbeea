package dev.fridgechef.profile;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.text.TextNormalizer;

import java.util.Locale;

/** Restrictions that combine with any {@link Diet}. */
public enum DietFlag {
    GLUTEN_FREE, LACTOSE_FREE, HALAL;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static DietFlag parse(String text) {
        String t = TextNormalizer.normalize(text).replace(' ', '-');
        for (DietFlag f : values()) if (f.key().equals(t)) return f;
        return switch (t) {
            case "без-глютена", "безглютеновый" -> GLUTEN_FREE;
            case "без-лактозы", "безлактозный" -> LACTOSE_FREE;
            case "халяль" -> HALAL;
            default -> throw new UserException("error.profile.flag", text);
        };
    }
}
