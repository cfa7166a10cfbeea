package dev.fridgechef.profile;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.text.TextNormalizer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Health conditions and states the person may record; supplement advice checks them. */
public enum Condition {
    PREGNANCY(List.of("pregnant", "беременность", "беременна")),
    BREASTFEEDING(List.of("lactation", "nursing", "кормление-грудью", "грудное-вскармливание", "лактация")),
    PLANNING_PREGNANCY(List.of("trying-to-conceive", "ttc", "планирование-беременности")),
    HYPERTENSION(List.of("high-blood-pressure", "гипертония", "гипертензия", "давление")),
    KIDNEY_DISEASE(List.of("ckd", "renal-disease", "kidney", "болезнь-почек", "почки")),
    KIDNEY_STONES(List.of("kidney-stone", "почечные-камни", "мочекаменная-болезнь")),
    LIVER_DISEASE(List.of("liver", "болезнь-печени", "печень")),
    DIABETES(List.of("диабет")),
    HEART_DISEASE(List.of("arrhythmia", "heart", "болезнь-сердца", "аритмия")),
    ANXIETY_INSOMNIA(List.of("anxiety", "insomnia", "тревожность", "бессонница")),
    HAEMOCHROMATOSIS(List.of("hemochromatosis", "iron-overload", "гемохроматоз")),
    BLEEDING_DISORDER(List.of("bleeding", "haemophilia", "hemophilia", "нарушение-свертываемости", "гемофилия")),
    IRON_DEFICIENCY(List.of("anaemia", "anemia", "iron-deficiency-anaemia", "дефицит-железа", "анемия"));

    private final List<String> synonyms;

    Condition(List<String> synonyms) {
        this.synonyms = synonyms.stream().map(s -> TextNormalizer.normalize(s).replace(' ', '-')).toList();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Condition parse(String text) {
        String t = TextNormalizer.normalize(text).replace(' ', '-');
        for (Condition c : values()) {
            if (c.key().equals(t) || c.synonyms.contains(t)) return c;
        }
        throw new UserException("error.profile.condition", text, String.join(", ", Arrays.stream(values()).map(Condition::key).toList()));
    }
}
