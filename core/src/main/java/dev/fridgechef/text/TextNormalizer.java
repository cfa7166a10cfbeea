package dev.fridgechef.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Folds names for matching in English and Russian: lower case, "ё" as "е", punctuation as spaces
 * (but "%" kept, it matters in "milk 2%"), and a light stemmer so that "eggs"/"egg" and
 * "грудка"/"грудку"/"грудки" compare equal.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null) return "";
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        StringBuilder out = new StringBuilder(lower.length());
        boolean space = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean keep = Character.isLetterOrDigit(c) || c == '%' || (c == '.' && i > 0 && i + 1 < lower.length()
                    && Character.isDigit(lower.charAt(i - 1)) && Character.isDigit(lower.charAt(i + 1)));
            if (keep) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') out.setLength(end - 1);
        return out.toString();
    }

    public static List<String> tokens(String text) {
        String n = normalize(text);
        if (n.isEmpty()) return List.of();
        return List.of(n.split(" "));
    }

    public static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        for (String t : tokens(text)) out.add(stem(t));
        return out;
    }

    /** A deliberately small stemmer: plural/case endings only, never shorter than three letters. */
    public static String stem(String token) {
        if (token.isEmpty()) return token;
        if (isCyrillic(token.charAt(0))) return stemRussian(token);
        return stemEnglish(token);
    }

    private static boolean isCyrillic(char c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
    }

    private static String stemEnglish(String t) {
        int n = t.length();
        if (n > 4 && t.endsWith("ies")) return t.substring(0, n - 3) + "y";
        if (n > 4 && (t.endsWith("oes") || t.endsWith("ches") || t.endsWith("shes") || t.endsWith("xes") || t.endsWith("sses"))) {
            return t.substring(0, n - 2);
        }
        if (n > 3 && t.endsWith("s") && !t.endsWith("ss") && !t.endsWith("us")) return t.substring(0, n - 1);
        return t;
    }

    private static final String[] RUSSIAN_ENDINGS = {
        "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "иях", "ах", "ях", "ов", "ев", "ей", "ой", "ий", "ый",
        "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ом", "ем", "ам", "ям", "их", "ых",
        "а", "я", "ы", "и", "у", "ю", "е", "о", "ь", "й"
    };

    private static String stemRussian(String t) {
        return cutEnding(t, RUSSIAN_ENDINGS);
    }

    /** {@code word} without the first of {@code endings} it ends with that leaves at least three letters. */
    static String cutEnding(String word, String[] endings) {
        for (String ending : endings) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 3) return word.substring(0, word.length() - ending.length());
        }
        return word;
    }
}
