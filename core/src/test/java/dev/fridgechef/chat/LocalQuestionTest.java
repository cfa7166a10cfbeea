package dev.fridgechef.chat;

import dev.fridgechef.recipe.MealType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link LocalQuestion} against the labelled questions in text/local-questions.tsv (English and
 * Russian): prints precision and recall per language. A question the app answers itself that was
 * not one of its kinds would get an answer to something not asked, so no question may get a wrong
 * kind; recall is how many requests are answered without a model call.
 */
class LocalQuestionTest {
    record Labelled(String label, String language, String question) {
    }

    static List<Labelled> labelled() throws IOException {
        List<Labelled> out = new ArrayList<>();
        try (InputStream in = LocalQuestionTest.class.getClassLoader().getResourceAsStream("text/local-questions.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                out.add(new Labelled(f[0], f[1], f[2]));
            }
        }
        return out;
    }

    private static String kind(String question) {
        return LocalQuestion.of(question).map(m -> m.kind().name().toLowerCase(Locale.ROOT)).orElse("none");
    }

    @Test
    void noQuestionGetsAKindItIsNotAndMostLocalOnesAreRecognised() throws IOException {
        List<Labelled> all = labelled();
        for (String language : List.of("en", "ru")) {
            List<Labelled> set = all.stream().filter(l -> l.language().equals(language)).toList();
            List<String> wrong = set.stream().filter(l -> !kind(l.question()).equals("none") && !kind(l.question()).equals(l.label()))
                    .map(l -> l.question() + " -> " + kind(l.question())).toList();
            long local = set.stream().filter(l -> !l.label().equals("none")).count();
            long found = set.stream().filter(l -> !l.label().equals("none") && kind(l.question()).equals(l.label())).count();
            long claimed = set.stream().filter(l -> !kind(l.question()).equals("none")).count();
            System.out.printf("LocalQuestion %s: %d local, %d for the model; precision %.2f, recall %.2f%n", language, local,
                    set.size() - local, claimed == 0 ? 1 : (double) found / claimed, (double) found / local);
            assertThat(wrong).as(language + ": questions given a kind they are not").isEmpty();
            assertThat((double) found / local).as(language + ": recall").isGreaterThanOrEqualTo(0.85);
        }
        assertThat(all.stream().filter(l -> l.label().equals("none")).count()).as("questions for the model in the set").isGreaterThanOrEqualTo(60);
    }

    @Test
    void generalQuestionsOfTheirOwnSetAreNeverLocal() throws IOException {
        List<String> general = GeneralQuestionTest.labelled().stream().filter(GeneralQuestionTest.Labelled::general)
                .map(GeneralQuestionTest.Labelled::question).toList();
        assertThat(general).isNotEmpty().allSatisfy(q -> assertThat(LocalQuestion.of(q)).as(q).isEmpty());
    }

    @Test
    void theMealIsReadFromTheQuestionAndTomorrowFromAPlanQuestion() {
        assertThat(LocalQuestion.of("What can I take to work for lunch tomorrow?")).get().extracting(LocalQuestion.Match::meal).isEqualTo(MealType.LUNCH);
        assertThat(LocalQuestion.of("What should I cook tonight?")).get().extracting(LocalQuestion.Match::meal).isEqualTo(MealType.DINNER);
        assertThat(LocalQuestion.of("Что можно сделать на завтрак?")).get().extracting(LocalQuestion.Match::meal).isEqualTo(MealType.BREAKFAST);
        assertThat(LocalQuestion.of("What can I cook now?")).get().extracting(LocalQuestion.Match::meal).isNull();
        assertThat(LocalQuestion.of("Is there enough protein in tomorrow's plan?")).get().extracting(LocalQuestion.Match::tomorrow).isEqualTo(true);
        assertThat(LocalQuestion.of("Хватает ли белка в плане на сегодня?")).get().extracting(LocalQuestion.Match::tomorrow).isEqualTo(false);
    }

    @Test
    void aNumberALongQuestionOrNothingIsNeverLocal() {
        assertThat(LocalQuestion.of(null)).isEmpty();
        assertThat(LocalQuestion.of("   ")).isEmpty();
        assertThat(LocalQuestion.of("What can I cook for 2 tonight?")).isEmpty();
        assertThat(LocalQuestion.of("What can I cook now " + "from my fridge ".repeat(5) + "?")).isEmpty();
    }
}
