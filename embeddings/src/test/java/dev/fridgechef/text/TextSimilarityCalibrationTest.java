package dev.fridgechef.text;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thresholds of {@link TextSimilarity} against the labelled pairs in text/paraphrases.tsv (chat
 * questions and plan wishes, English and Russian): prints precision and recall per language at the
 * chosen thresholds (for Russian with the content-word rule of {@link RussianWords}, and that rule
 * alone) and the best single cosine threshold of the set, and holds the figures they were chosen for.
 * {@code new TextSimilarity()} finds this module's model on the class path, as the server does.
 */
class TextSimilarityCalibrationTest {
    record Pair(boolean same, String language, String a, String b, double score, boolean said, boolean sameWords) {
    }

    static final List<Pair> pairs = new ArrayList<>();

    @BeforeAll
    static void score() throws IOException {
        TextSimilarity similarity = new TextSimilarity();
        try (InputStream in = TextSimilarityCalibrationTest.class.getClassLoader().getResourceAsStream("text/paraphrases.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                pairs.add(new Pair(f[0].equals("same"), f[1], f[2], f[3], similarity.similarity(f[2], f[3]), similarity.same(f[2], f[3]),
                        RussianWords.content(f[2]).equals(RussianWords.content(f[3]))));
            }
        }
    }

    record Figures(int truePositives, int falsePositives, int falseNegatives) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    /** The decisions of {@link TextSimilarity#same}. */
    static Figures said(String language) {
        return figures(language, Pair::said);
    }

    /** Cosine alone at {@code threshold}, without the opposite-sides rule. */
    static Figures at(double threshold, String language) {
        return figures(language, p -> p.score() >= threshold);
    }

    static Figures figures(String language, java.util.function.Predicate<Pair> decision) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Pair p : pairs) {
            if (language != null && !p.language().equals(language)) continue;
            boolean said = decision.test(p);
            if (said && p.same()) tp++;
            if (said && !p.same()) fp++;
            if (!said && p.same()) fn++;
        }
        return new Figures(tp, fp, fn);
    }

    @Test
    void theThresholdKeepsPrecisionWithUsefulRecall() {
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(40);
        assertThat(pairs.stream().map(Pair::language).distinct()).containsExactlyInAnyOrder("en", "ru");
        pairs.stream().sorted(java.util.Comparator.comparingDouble(Pair::score))
                .forEach(p -> System.out.printf(Locale.ROOT, "%.3f %-5s %-5s %s | %s | %s%n", p.score(), p.same() ? "same" : "other",
                        p.said() ? "said" : "-", p.language(), p.a(), p.b()));
        for (String language : new String[] {null, "en", "ru"}) {
            Figures f = said(language);
            Figures cosine = at(TextSimilarity.THRESHOLD, language);
            System.out.printf(Locale.ROOT, "%s, threshold %.2f / same content words and %.2f (Cyrillic) with opposite sides: precision %.2f, recall %.2f "
                            + "(%d true, %d false positives, %d missed); cosine >= %.2f alone: precision %.2f, recall %.2f%n",
                    language == null ? "all" : language, TextSimilarity.THRESHOLD, TextSimilarity.THRESHOLD_CYRILLIC, f.precision(), f.recall(),
                    f.truePositives(), f.falsePositives(), f.falseNegatives(), TextSimilarity.THRESHOLD, cosine.precision(), cosine.recall());
        }
        Figures words = figures("ru", Pair::sameWords);
        System.out.printf(Locale.ROOT, "ru, same content words alone: precision %.2f, recall %.2f (%d true, %d false positives, %d missed)%n",
                words.precision(), words.recall(), words.truePositives(), words.falsePositives(), words.falseNegatives());
        double best = 0;
        double bestF1 = -1;
        for (int t = 50; t <= 99; t++) {
            Figures f = at(t / 100.0, null);
            double f1 = f.precision() + f.recall() == 0 ? 0 : 2 * f.precision() * f.recall() / (f.precision() + f.recall());
            if (f1 > bestF1) {
                bestF1 = f1;
                best = t / 100.0;
            }
        }
        System.out.printf(Locale.ROOT, "cosine alone, one threshold for both languages: best F1 %.2f at %.2f%n", bestF1, best);
        assertThat(said("en").precision()).isEqualTo(1.0);
        assertThat(said("ru").precision()).isEqualTo(1.0);
        assertThat(said("en").recall()).isGreaterThanOrEqualTo(0.9);
        assertThat(said("ru").recall()).isGreaterThanOrEqualTo(0.85);
    }
}
