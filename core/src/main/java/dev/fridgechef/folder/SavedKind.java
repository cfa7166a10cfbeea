package dev.fridgechef.folder;

import java.util.Locale;

/** What a folder entry, favourite or tag names: a stored plan (by id) or a recipe (by id). */
public enum SavedKind {
    PLAN, RECIPE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SavedKind of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
