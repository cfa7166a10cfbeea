package dev.fridgechef.text;

import dev.fridgechef.Lazy;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Whether two short texts a person typed ask the same thing — a chat question asked again, a plan
 * wish reworded — for the places where text really varies. The texts are embedded in-process with
 * all-MiniLM-L6-v2 and compared by cosine similarity, with thresholds calibrated on a labelled set
 * of paraphrases and non-paraphrases in English and Russian (TextSimilarityCalibrationTest):
 * <ul>
 *   <li>{@link #THRESHOLD} for Latin text. Below it the set's paraphrases start to fail;</li>
 *   <li>when either text has Cyrillic letters the model alone cannot decide: its vocabulary is
 *       English, Russian is cut into sub-word pieces and any two Russian questions of the same shape
 *       score high ("how long does rice keep" and "how long does chicken keep" 0.93, "more fish, less
 *       meat" and "more meat, less fish" 0.99). The texts must have the same content words
 *       ({@link RussianWords}: stop words dropped, crude stems, a small table of the domain's synonyms,
 *       side words joined to the word they qualify), and the cosine must still reach
 *       {@link #THRESHOLD_CYRILLIC}, below every Russian paraphrase of the set, as a guard;</li>
 *   <li>never when the texts take opposite sides (before / after, more / less, high / low, or a
 *       negation in one only: "no spicy food" and "extra spicy food" score 0.88), which sentence
 *       embeddings do not separate.</li>
 * </ul>
 * Texts equal after normalisation need no model. The model is an optional part (the module
 * fridgechef-embeddings, see {@link EmbedderProvider}); it and the ONNX runtime load on the first
 * comparison that needs them, never when this object is made. Without it, texts that differ after
 * normalisation are never the same (similarity 0): a reworded question or wish misses the caches.
 * No lexical rule stands in for the model, because the same words can ask different things ("move
 * the chicken from the freezer to the fridge" and "... from the fridge to the freezer"), and an
 * answer to another question shown as this one's is worse than a call to the model.
 */
public final class TextSimilarity {
    /** The calibrated thresholds (see the class comment): at or above, two texts ask the same thing. */
    public static final double THRESHOLD = 0.75;
    /** For Cyrillic text, together with the same content words. */
    public static final double THRESHOLD_CYRILLIC = 0.65;

    /** Words that take a side, by axis; two texts on different sides of one axis ask different things. */
    private static final java.util.Map<String, String> SIDES = sides(
            "when", "before перед до", "when", "after после",
            "amount", "more больше побольше", "amount", "less fewer меньше поменьше",
            "level", "high higher высокий высоким", "level", "low lower низкий низким малым",
            "state", "raw сырой сырая сырые сырую", "state", "cooked варенный вареный вареная вареные");
    private static final java.util.Set<String> NEGATIONS = java.util.Set.of("no", "not", "without", "avoid", "dont", "never", "без", "не",
            "ничего", "нет", "никакого", "никаких");

    /** Turns a text into a vector. */
    @FunctionalInterface
    public interface Embedder {
        float[] embed(String text);
    }

    private final Supplier<Optional<Embedder>> model;
    private final double threshold;

    /** The installed model ({@link InstalledEmbedder}), looked for and loaded on first use. */
    public TextSimilarity() {
        this(new Lazy<>(InstalledEmbedder::load), THRESHOLD);
    }

    /** {@code model}: empty when there is none, and texts are the same only when equal after normalisation. */
    public TextSimilarity(Supplier<Optional<Embedder>> model, double threshold) {
        this.model = model;
        this.threshold = threshold;
    }

    /** Cosine similarity of the two texts' embeddings; 1 for texts equal after normalisation, 0 for other texts without a model. */
    public double similarity(String a, String b) {
        String na = TextNormalizer.normalize(a);
        String nb = TextNormalizer.normalize(b);
        if (na.equals(nb)) return 1;
        if (na.isEmpty() || nb.isEmpty()) return 0;
        return model.get().map(e -> cosine(e.embed(a.strip()), e.embed(b.strip()))).orElse(0.0);
    }

    public boolean same(String a, String b) {
        if (TextNormalizer.normalize(a).equals(TextNormalizer.normalize(b))) return true;
        if (opposite(a, b)) return false;
        if (cyrillic(a) || cyrillic(b)) {
            java.util.Set<String> words = RussianWords.content(a);
            return !words.isEmpty() && words.equals(RussianWords.content(b)) && similarity(a, b) >= THRESHOLD_CYRILLIC;
        }
        return similarity(a, b) >= threshold;
    }

    private static boolean cyrillic(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /** Whether the texts take different sides of one axis, or only one of them negates. */
    static boolean opposite(String a, String b) {
        java.util.Map<String, String> sa = sidesOf(a);
        java.util.Map<String, String> sb = sidesOf(b);
        for (var e : sa.entrySet()) {
            String other = sb.get(e.getKey());
            if (other != null && !other.equals(e.getValue())) return true;
        }
        return negates(a) != negates(b);
    }

    private static java.util.Map<String, String> sidesOf(String text) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String w : words(text)) {
            String side = SIDES.get(w);
            if (side != null) out.merge(side.substring(0, side.indexOf(':')), side, (x, y) -> x.equals(y) ? x : "both");
        }
        return out;
    }

    private static boolean negates(String text) {
        return words(text).stream().anyMatch(NEGATIONS::contains);
    }

    private static List<String> words(String text) {
        String n = TextNormalizer.normalize(text.replace("'", ""));
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    private static java.util.Map<String, String> sides(String... axisAndWords) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i < axisAndWords.length; i += 2) {
            String side = axisAndWords[i] + ":" + i;
            for (String w : axisAndWords[i + 1].split(" ")) out.put(w, side);
        }
        return out;
    }

    /** The candidate that asks the same as {@code text} ({@link #same}) with the highest similarity. */
    public <T> Optional<T> closest(String text, List<T> candidates, Function<T, String> textOf) {
        T best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (T c : candidates) {
            if (!same(text, textOf.apply(c))) continue;
            double s = similarity(text, textOf.apply(c));
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }

    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) return 0;
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
