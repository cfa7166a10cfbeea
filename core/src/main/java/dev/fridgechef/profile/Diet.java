package dev.fridgechef.profile;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.text.TextNormalizer;

import java.util.Locale;

/** The base diet: which animal foods are eaten at all. */
public enum Diet {
    OMNIVORE, PESCATARIAN, VEGETARIAN, VEGAN;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Diet parse(String text) {
        return switch (TextNormalizer.normalize(text)) {
            case "omnivore", "any", "all", "всеядный", "обычный", "любой" -> OMNIVORE;
            case "pescatarian", "pescetarian", "пескетарианец", "пескетарианский" -> PESCATARIAN;
            case "vegetarian", "вегетарианец", "вегетарианский", "вегетарианская" -> VEGETARIAN;
            case "vegan", "веган", "веганский", "веганская" -> VEGAN;
            default -> throw new UserException("error.profile.diet", text);
        };
    }
}
