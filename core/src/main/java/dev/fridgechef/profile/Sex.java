package dev.fridgechef.profile;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.text.TextNormalizer;

public enum Sex {
    MALE, FEMALE;

    public static Sex parse(String text) {
        return switch (TextNormalizer.normalize(text)) {
            case "male", "m", "man", "м", "муж", "мужской", "мужчина" -> MALE;
            case "female", "f", "woman", "ж", "жен", "женский", "женщина" -> FEMALE;
            default -> throw new UserException("error.profile.sex", text);
        };
    }
}
