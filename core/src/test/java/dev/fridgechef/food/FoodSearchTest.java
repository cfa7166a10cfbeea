package dev.fridgechef.food;

import dev.fridgechef.TestFoods;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FoodSearchTest {
    private final FoodSearch search = TestFoods.get().search();

    @ParameterizedTest(name = "\"{0}\" finds {1} first")
    @CsvSource(delimiter = '|', value = {
            "chicken breast|05062", "Chicken Breast |05062", "eggs|01123", "egg|01123", "milk|01077", "milk 2%|01079",
            "rice|20044", "молоко|01077", "куриная грудка|05062", "куриную грудку|05062", "гречка|20009", "творог|01015",
            "сметана|01056", "яйца|01123", "salmon|15236", "potatoes|11352", "картофель|11352", "01123|01123", "1123|01123"})
    void everydayNamesFindTheCommonFoodFirst(String query, String expectedId) {
        assertThat(search.search(query, 5)).first().extracting(m -> m.food().id()).isEqualTo(expectedId);
    }

    @Test
    void greekYogurtFindsAPlainYogurt() {
        Food top = search.search("greek yogurt", 1).get(0).food();
        assertThat(top.description()).startsWith("Yogurt, plain");
    }

    @ParameterizedTest
    @CsvSource({"chicken", "chicken thigh", "beef", "cheese", "bread", "lentils", "apple", "turkey", "broccoli", "pork chop"})
    void plainFoodsRankAboveBabyFastFoodAndBrands(String query) {
        List<FoodMatch> top = search.search(query, 3);
        assertThat(top).isNotEmpty();
        assertThat(top).allSatisfy(m -> {
            assertThat(m.food().group().code()).isNotIn(FoodGroup.BABY_FOODS, FoodGroup.FAST_FOODS, FoodGroup.MEALS_ENTREES);
            assertThat(m.food().branded()).isFalse();
        });
    }

    @Test
    void descriptionMatchesNeedEveryWordAndPreferRaw() {
        List<FoodMatch> hits = search.search("lentils pink", 3);
        assertThat(hits.get(0).food().description()).isEqualTo("Lentils, pink, raw");
        assertThat(search.search("zzzz unknown thing", 5)).isEmpty();
        assertThat(search.resolve("grandma's secret jam")).isEmpty();
    }

    @Test
    void prefixesOfWordsAreFoundWhileTyping() {
        assertThat(search.search("chick bre", 3)).extracting(m -> m.food().id()).contains("05062");
    }

    @Test
    void emptyQueryFindsNothing() {
        assertThat(search.search("  ", 5)).isEmpty();
        assertThat(search.search("eggs", 0)).isEmpty();
    }
}
