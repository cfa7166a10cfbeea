package dev.fridgechef.recipe;

import dev.fridgechef.TestFoods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IngredientLineParserTest {
    private final IngredientLineParser parser = new IngredientLineParser(TestFoods.get());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2 cups flour|2|cup|20081|250",
            "1 large egg|1|large|01123|50",
            "200 г творога|200|g|01015|200",
            "1 1/2 tsp salt|1.5|tsp|02047|9",
            "½ cup milk|0.5|cup|01077|122",
            "3 tbsp butter, melted|3|tbsp|01001|42.6",
            "2 ст. л. сметаны|2|tbsp|01056|28.8",
            "1 кг картофеля|1|kg|11352|1000",
            "2-3 cloves garlic|2.5|clove|11215|7.5",
            "1 head garlic|1|head|11215|40",
            "1 головка чеснока|1|head|11215|40",
            "3 зубчика чеснока|3|clove|11215|9",
            "4 pcs ham|4|pcs|07029|112",
            "3 slices ham|3|slice|07029|84",
            "1 пучок укропа|1|bunch|02045|40",
            "1 пачка масла|1|pack|01001|180",
            "1 can kidney beans|1|can|16034|400",
            "1 банка нута|1|can|16058|400",
            "20 pcs pelmeni|20|pcs|FC001|240",
            "1 (14 oz) can diced tomatoes|14|oz|11531|396.9"})
    void readsAmountUnitAndFood(String line, double amount, String unit, String foodId, double grams) {
        var p = parser.parse(line).orElseThrow(() -> new AssertionError("not parsed: " + line));
        assertThat(p.amount()).isCloseTo(amount, within(1e-9));
        assertThat(p.unit()).isEqualTo(unit);
        assertThat(p.food().id()).as(p.food().description()).isEqualTo(foodId);
        assertThat(p.grams()).isCloseTo(grams, within(0.6));
    }

    @Test
    void linesWithoutAnAmountOrAKnownFoodAreNotGuessed() {
        assertThat(parser.parse("salt and pepper to taste")).isEmpty();
        assertThat(parser.parse("a handful of love")).isEmpty();
        assertThat(parser.parse("2 cups unobtainium")).isEmpty();
    }
}
