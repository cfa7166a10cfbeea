package dev.fridgechef.diary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** What a diary entry names: a library recipe (with servings), one food (with an amount), or a dish of several foods. */
public enum EntryKind {
    RECIPE, FOOD, DISH;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static EntryKind of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
