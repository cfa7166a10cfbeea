package dev.fridgechef.i18n;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Alphabetical order of names for the reader's language: Cyrillic order in Russian ("ё" beside "е"),
 * letter case ignored, and the same order in the CLI and the app.
 */
public final class NameOrder {
    private NameOrder() {
    }

    public static Comparator<String> of(boolean russian) {
        Collator collator = Collator.getInstance(russian ? Messages.RUSSIAN : Locale.ENGLISH);
        collator.setStrength(Collator.SECONDARY);
        return collator::compare;
    }

    /** Orders things by a name read from each. */
    public static <T> Comparator<T> by(java.util.function.Function<T, String> name, boolean russian) {
        return Comparator.comparing(name, of(russian));
    }
}
