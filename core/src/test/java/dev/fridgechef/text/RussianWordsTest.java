package dev.fridgechef.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RussianWordsTest {
    @Test
    void keepsContentWordsAndDropsTheRest() {
        assertThat(RussianWords.content("Что приготовить из курицы и риса?")).containsExactlyInAnyOrder("ГОТОВИТЬ", "КУРИЦА", "рис");
        assertThat(RussianWords.content("Какое блюдо сделать из курицы с рисом?")).isEqualTo(RussianWords.content("Что приготовить из курицы и риса?"));
        assertThat(RussianWords.content("Сколько белка мне нужно в день?")).isEqualTo(RussianWords.content("Какая у меня дневная норма белка?"));
        assertThat(RussianWords.content("быстрые ужины")).isEqualTo(RussianWords.content("ужины на скорую руку"));
        assertThat(RussianWords.content("пожалуйста, что-нибудь")).isEmpty();
    }

    @Test
    void oneContentWordApartIsAnotherSet() {
        assertThat(RussianWords.content("Сколько хранится рис?")).isNotEqualTo(RussianWords.content("Сколько хранится курица?"));
        assertThat(RussianWords.content("Как хранить хлеб?")).isNotEqualTo(RussianWords.content("Сколько хранится хлеб?"));
        assertThat(RussianWords.content("Можно ли есть сырую рыбу?")).as("raw is not cheese")
                .isNotEqualTo(RussianWords.content("Можно ли есть рыбу с сыром?"));
    }

    @Test
    void sideWordsStayWithTheirWord() {
        assertThat(RussianWords.content("больше рыбы, меньше мяса")).containsExactlyInAnyOrder("БОЛЬШЕ:рыб", "МЕНЬШЕ:МЯСО");
        assertThat(RussianWords.content("больше рыбы, меньше мяса")).isNotEqualTo(RussianWords.content("больше мяса, меньше рыбы"));
        assertThat(RussianWords.content("курица вместо говядины")).isNotEqualTo(RussianWords.content("говядина вместо курицы"));
        assertThat(RussianWords.content("без сахара и соли")).containsExactlyInAnyOrder("НЕ:сахар", "НЕ:сол")
                .isEqualTo(RussianWords.content("без соли и без сахара"));
        assertThat(RussianWords.content("без сахара и соли")).isNotEqualTo(RussianWords.content("без сахара, с солью"));
        assertThat(RussianWords.content("больше рыбы и меньше мяса")).isEqualTo(RussianWords.content("больше рыбы, меньше мяса"));
        assertThat(RussianWords.content("рыбы побольше")).isEqualTo(RussianWords.content("побольше рыбы"));
        assertThat(RussianWords.content("не ем мясо")).isEqualTo(RussianWords.content("без мяса"));
    }

    @Test
    void stemsCaseAndNumberEndings() {
        assertThat(RussianWords.stem("тренировкой")).isEqualTo(RussianWords.stem("тренировки"));
        assertThat(RussianWords.stem("ужины")).isEqualTo(RussianWords.stem("ужина")).isEqualTo("ужин");
        assertThat(RussianWords.stem("рис")).isEqualTo("рис");
    }
}
