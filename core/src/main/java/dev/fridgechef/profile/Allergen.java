package dev.fridgechef.profile;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.text.TextNormalizer;

import java.util.List;
import java.util.Locale;

/**
 * Major allergens: the 14 the EU requires to be declared (Regulation 1169/2011, Annex II) and the
 * 9 of the US (FALCPA + FASTER Act). Wheat stands apart from gluten because the US lists wheat
 * itself; tree nuts and crustaceans cover the US "tree nuts" and "crustacean shellfish".
 */
public enum Allergen {
    GLUTEN(List.of("cereals", "gluten-cereals", "глютен", "клейковина")),
    WHEAT(List.of("пшеница")),
    CRUSTACEANS(List.of("crustacean", "shellfish", "crustacean-shellfish", "ракообразные", "креветки")),
    MOLLUSCS(List.of("mollusc", "mollusks", "mollusk", "моллюски")),
    EGGS(List.of("egg", "яйца", "яйцо")),
    FISH(List.of("рыба")),
    PEANUTS(List.of("peanut", "арахис")),
    SOY(List.of("soya", "soybeans", "soybean", "соя")),
    MILK(List.of("dairy", "молоко", "молочное")),
    TREE_NUTS(List.of("nuts", "tree-nut", "орехи")),
    CELERY(List.of("сельдерей")),
    MUSTARD(List.of("горчица")),
    SESAME(List.of("кунжут")),
    SULPHITES(List.of("sulfites", "sulphite", "sulfite", "sulphur-dioxide", "сульфиты")),
    LUPIN(List.of("lupine", "люпин"));

    private final List<String> synonyms;

    Allergen(List<String> synonyms) {
        this.synonyms = synonyms;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Allergen parse(String text) {
        String t = TextNormalizer.normalize(text).replace(' ', '-');
        for (Allergen a : values()) {
            if (a.key().equals(t) || a.synonyms.contains(t)) return a;
        }
        throw new UserException("error.profile.allergen", text, String.join(", ", java.util.Arrays.stream(values()).map(Allergen::key).toList()));
    }
}
