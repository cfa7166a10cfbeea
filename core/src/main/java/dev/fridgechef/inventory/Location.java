package dev.fridgechef.inventory;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.text.TextNormalizer;

import java.util.Locale;

/** Where an item is kept. */
public enum Location {
    FRIDGE("холодильник", "холодильнике"),
    FREEZER("морозилка", "морозильник", "морозилке", "морозильнике"),
    PANTRY("кладовая", "шкаф", "кладовке", "кладовой", "полка");

    private final String[] russian;

    Location(String... russian) {
        this.russian = russian;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Location parse(String text) {
        String t = TextNormalizer.normalize(text);
        for (Location l : values()) {
            if (l.key().equals(t)) return l;
            for (String r : l.russian) if (r.equals(t)) return l;
        }
        throw new UserException("error.location", text);
    }
}
