package dev.fridgechef.chat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link GeneralQuestion} against the labelled questions in text/general-questions.tsv (English and
 * Russian): prints precision and recall of "general" per language. A personal question taken for a
 * general one is answered without the data it is about, so precision must be 1; recall is what
 * the answers served again on later days come from.
 */
class GeneralQuestionTest {
    record Labelled(boolean general, String language, String question) {
    }

    static List<Labelled> labelled() throws IOException {
        List<Labelled> out = new ArrayList<>();
        try (InputStream in = GeneralQuestionTest.class.getClassLoader().getResourceAsStream("text/general-questions.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                out.add(new Labelled(f[0].equals("general"), f[1], f[2]));
            }
        }
        return out;
    }

    @Test
    void noPersonalQuestionIsTakenForAGeneralOneAndMostGeneralOnesAreRecognised() throws IOException {
        List<Labelled> all = labelled();
        for (String language : List.of("en", "ru")) {
            List<Labelled> set = all.stream().filter(l -> l.language().equals(language)).toList();
            List<String> wronglyGeneral = set.stream().filter(l -> !l.general() && GeneralQuestion.general(l.question()))
                    .map(Labelled::question).toList();
            long general = set.stream().filter(Labelled::general).count();
            long found = set.stream().filter(l -> l.general() && GeneralQuestion.general(l.question())).count();
            long personal = set.size() - general;
            double precision = found + wronglyGeneral.size() == 0 ? 1 : (double) found / (found + wronglyGeneral.size());
            System.out.printf("GeneralQuestion %s: %d general, %d personal; precision %.2f, recall %.2f%n", language, general, personal, precision,
                    (double) found / general);
            assertThat(wronglyGeneral).as(language + ": personal questions taken for general ones").isEmpty();
            assertThat((double) found / general).as(language + ": recall").isGreaterThanOrEqualTo(0.8);
        }
        assertThat(all.stream().filter(l -> !l.general()).count()).as("personal questions in the set").isGreaterThanOrEqualTo(40);
    }

    @Test
    void aQuestionAboutTheFridgePlanOrDayOrWithANumberIsNeverGeneral() {
        assertThat(GeneralQuestion.general("Is oatmeal good for losing weight?")).isTrue();
        assertThat(GeneralQuestion.general("Is the oatmeal in my fridge good for losing weight?")).isFalse();
        assertThat(GeneralQuestion.general("Is oatmeal good for losing weight this week?")).isFalse();
        assertThat(GeneralQuestion.general("Is 100 g of oatmeal good for losing weight?")).isFalse();
        assertThat(GeneralQuestion.general("What is my daily protein requirement?")).isTrue();
        assertThat(GeneralQuestion.general("What is my plan?")).isFalse();
        assertThat(GeneralQuestion.general("oatmeal")).as("not a question").isFalse();
        assertThat(GeneralQuestion.general(null)).isFalse();
    }
}
