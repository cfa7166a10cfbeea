package dev.fridgechef.i18n;

import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.food.HouseholdMeasure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeasureNamesTest {

    @Test
    void englishIsTheDescriptionAsItIs() {
        assertThat(MeasureNames.label(0.5, "chicken, bone removed", false)).isEqualTo("0.5 chicken, bone removed");
    }

    @Test
    void russianNamesTheMeasureInTheFormOfItsAmount() {
        assertThat(MeasureNames.label(1, "cup", true)).isEqualTo("1 стакан");
        assertThat(MeasureNames.label(0.5, "cup", true)).isEqualTo("0,5 стакана");
        assertThat(MeasureNames.label(5, "oz", true)).isEqualTo("5 унций");
        assertThat(MeasureNames.label(1, "tbsp", true)).isEqualTo("1 ст. л.");
        assertThat(MeasureNames.label(2, "fl oz", true)).isEqualTo("2 жидк. унц.");
    }

    @Test
    void sizesAndNotesFollowTheMeasureAndUntranslatableWordsAreLeftOut() {
        assertThat(MeasureNames.label(0.5, "chicken, bone removed", true)).isEqualTo("0,5 курицы, без костей");
        assertThat(MeasureNames.label(1, "unit (yield from 1 lb ready-to-cook chicken)", true)).isEqualTo("1 шт.");
        assertThat(MeasureNames.label(1, "cup, chopped or diced", true)).isEqualTo("1 стакан, измельч.");
        assertThat(MeasureNames.label(1, "large (3\" dia)", true)).isEqualTo("1 шт., крупн.");
        assertThat(MeasureNames.label(1, "jar Gerber Second Food (4 oz)", true)).isEqualTo("1 баночка");
        assertThat(MeasureNames.label(3, "piece, cooked, excluding refuse (yield from 1 lb raw meat with refuse)", true))
                .isEqualTo("3 шт., пригот.");
        assertThat(MeasureNames.label(1, "pat (1\" sq, 1/3\" high)", true)).isEqualTo("1 кусочек");
        assertThat(MeasureNames.label(1, "serving 2 slices", true)).isEqualTo("1 порция");
    }

    @Test
    void aMeasureWithNoRussianNameIsAServing() {
        assertThat(MeasureNames.label(1, "individual school container", true)).isEqualTo("порция");
    }

    @Test
    void mostMeasuresOfTheFoodDatabaseHaveARussianName() {
        int all = 0;
        int named = 0;
        for (Food food : FoodDatabase.load().all()) {
            for (HouseholdMeasure m : food.measures()) {
                all++;
                String label = MeasureNames.label(m.amount(), m.description(), true);
                if (!label.equals("порция")) named++;
                assertThat(label).as(m.description()).doesNotContainPattern("[A-Za-z]");
            }
        }
        assertThat(named).as("named measures of %d", all).isGreaterThan(all * 95 / 100);
    }
}
