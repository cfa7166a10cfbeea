package dev.fridgechef.i18n;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A household measure of the food database ("1 cup, chopped", "0.5 chicken, bone removed") as a
 * reader of either language sees it: as it is in English; in Russian its measure word with the
 * form the amount asks for and the sizes and notes the table knows ("1 стакан, измельч.",
 * "0,5 курицы, без костей"), the rest (brand names, "(yield from 1 lb ready-to-cook chicken)")
 * left out, and a measure the table cannot name is a serving without an amount ("порция"), for the
 * grams beside it to tell.
 */
public final class MeasureNames {
    private static final Map<String, String[]> NOUNS = new HashMap<>();
    private static final Map<String, String> SIZES = new HashMap<>();
    private static final Map<String, String> NOTES = new HashMap<>();
    /** The longest phrase the table holds, in words. */
    private static final int LONGEST = 4;

    static {
        try (var in = MeasureNames.class.getResourceAsStream("/fridgechef/i18n/measures_ru.tsv");
             var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> {
                String[] f = l.split("\t");
                switch (f[0]) {
                    case "noun" -> NOUNS.put(f[1], f[2].split("\\|"));
                    case "size" -> SIZES.put(f[1], f[2]);
                    case "note" -> NOTES.put(f[1], f[2]);
                    default -> throw new IllegalStateException("measures_ru.tsv: unknown kind in " + l);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MeasureNames() {
    }

    /** "1 cup, chopped" / "1 стакан, измельч."; in Russian "порция" when the measure has no Russian name. */
    public static String label(double amount, String description, boolean russian) {
        if (!russian) return Quantities.amount(amount, false) + " " + description;
        String name = russianName(amount, description);
        return name == null ? form(NOUNS.get("serving"), 1) : Quantities.amount(amount, true) + " " + name;
    }

    /** The measure word in the amount's form with its sizes and notes; null when the description starts with no known word. */
    private static String russianName(double amount, String description) {
        String[] segments = description.toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)?", " ").split(",");
        List<String> head = words(segments[0]);
        Set<String> qualifiers = new LinkedHashSet<>();
        int i = 0;
        String[] noun = null;
        while (i < head.size() && noun == null) {
            int size = longestMatch(head, i, SIZES);
            int word = longestMatch(head, i, NOUNS);
            if (word > 0) {
                noun = NOUNS.get(phrase(head, i, word));
                i += word;
            } else if (size > 0) {
                qualifiers.add(SIZES.get(phrase(head, i, size)));
                i += size;
            } else {
                break;
            }
        }
        if (noun == null && qualifiers.isEmpty()) return null;
        qualify(head.subList(i, head.size()), qualifiers);
        for (int s = 1; s < segments.length; s++) {
            String whole = segments[s].strip();
            String known = NOTES.containsKey(whole) ? NOTES.get(whole) : SIZES.get(whole);
            if (known != null) qualifiers.add(known);
            else qualify(words(whole), qualifiers);
        }
        String name = noun == null ? form(NOUNS.get("piece"), amount) : form(noun, amount);
        return qualifiers.isEmpty() ? name : name + ", " + String.join(", ", qualifiers);
    }

    /**
     * Adds the sizes and notes found among {@code words}, the longest phrase first; other words are
     * skipped, and so is a count with its word ("serving 2 slices" is not a serving in slices).
     */
    private static void qualify(List<String> words, Set<String> qualifiers) {
        int i = 0;
        while (i < words.size()) {
            if (words.get(i).matches("[\\d./-]+")) {
                i += 2;
                continue;
            }
            int note = longestMatch(words, i, NOTES);
            int size = longestMatch(words, i, SIZES);
            if (note >= size && note > 0) qualifiers.add(NOTES.get(phrase(words, i, note)));
            else if (size > 0) qualifiers.add(SIZES.get(phrase(words, i, size)));
            i += Math.max(1, Math.max(note, size));
        }
    }

    /** How many words from {@code start} make the longest phrase {@code table} holds; 0 when none. */
    private static int longestMatch(List<String> words, int start, Map<String, ?> table) {
        for (int n = Math.min(LONGEST, words.size() - start); n > 0; n--) {
            if (table.containsKey(phrase(words, start, n))) return n;
        }
        return 0;
    }

    private static String phrase(List<String> words, int start, int count) {
        return String.join(" ", words.subList(start, start + count));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.strip().split("\\s+")) if (!w.isEmpty()) words.add(w);
        return words;
    }

    private static String form(String[] forms, double amount) {
        return forms.length == 1 ? forms[0] : forms[Quantities.pluralForm(amount)];
    }
}
