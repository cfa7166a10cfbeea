package dev.fridgechef.supplements;

import java.util.Locale;
import java.util.Objects;

/** Authored text of the rule base in English and Russian. */
public record LocalText(String en, String ru) {
    public LocalText {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(ru, "ru");
    }

    public String in(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? ru : en;
    }
}
