package dev.fridgechef.photo;

import dev.fridgechef.TestFoods;
import dev.fridgechef.food.Food;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** How the names a vision model gives become database foods: the food by its alias, the state by the table's cooked twin. */
class PhotoFoodsTest {
    private static PhotoFoods foods;

    @BeforeAll
    static void load() {
        foods = new PhotoFoods(TestFoods.get());
    }

    @ParameterizedTest
    @CsvSource({
            "tomato raw, 11529",              // the alias's food, raw as it is
            "chicken breast, 05062",
            "chicken breast roasted, 05064",  // the raw alias food's cooked twin
            "grilled chicken breast, 05064",  // grilled: the table says roasted
            "pasta cooked, 20100",            // "Macaroni, dry" → "Macaroni, cooked, enriched"
            "broccoli steamed, 11091",        // steamed: the table says boiled; not "Broccoli raab"
            "buckwheat cooked, 20010",
            "salmon fillet baked, 15237",     // no alias for the whole name: "salmon" is tried
            "coffee brewed, 14209",           // already the form eaten
            "olive oil, 04053"})
    void namesMapToTheFoodInTheStateSaid(String name, String id) {
        assertThat(foods.match(name, "")).map(Food::id).contains(id);
    }

    @Test
    void cookedRiceIsNeverTheRawGrain() {
        Food rice = foods.match("rice white cooked", "").orElseThrow();
        assertThat(rice.description()).startsWith("Rice, white").contains("cooked").doesNotContain("raw");
        assertThat(rice.per100g().getOrZero(dev.fridgechef.food.Nutrient.ENERGY)).isLessThan(200);
    }

    @Test
    void anIdIsTakenOnlyWhenItIsADatabaseFoodOfThatName() {
        assertThat(foods.match("tomato raw", "11529")).map(Food::id).contains("11529");
        assertThat(foods.match("tomato", "11527")).map(Food::id).contains("11527"); // green tomatoes: a tomato, so taken
        assertThat(foods.match("chicken breast", "16098")).map(Food::id).contains("05062"); // peanut butter's id: not taken
        assertThat(foods.match("chicken breast", "99999")).map(Food::id).contains("05062"); // no such food
        assertThat(foods.match("chicken breast", "5062")).map(Food::id).contains("05062"); // the leading zero a model drops
    }

    @Test
    void whatNoFoodMatchesStaysUnmatched() {
        assertThat(foods.match("zorblax nebula paste", "77777")).isEqualTo(Optional.empty());
        assertThat(foods.match("", "")).isEmpty();
    }
}
