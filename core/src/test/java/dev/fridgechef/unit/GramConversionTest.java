package dev.fridgechef.unit;

import dev.fridgechef.TestFoods;
import dev.fridgechef.food.Food;
import dev.fridgechef.food.FoodDatabase;
import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GramConversionTest {
    private final FoodDatabase foods = TestFoods.get();
    private final Food egg = foods.byId("01123").orElseThrow();
    private final Food milk = foods.byId("01077").orElseThrow();

    private static double grams(OptionalDouble g) {
        assertThat(g).isPresent();
        return g.getAsDouble();
    }

    @Test
    void massUnitsNeedNoFood() {
        assertThat(grams(GramConversion.toGrams(null, 1.5, Unit.KILOGRAM))).isEqualTo(1500);
        assertThat(grams(GramConversion.toGrams(null, 1, Unit.POUND))).isCloseTo(453.59, within(0.01));
        assertThat(grams(GramConversion.toGrams(null, 2, Unit.OUNCE))).isCloseTo(56.70, within(0.01));
    }

    @Test
    void volumesUseTheFoodsDensityFromItsCupMeasure() {
        // SR21: 1 cup of whole milk weighs 244 g
        assertThat(grams(GramConversion.toGrams(milk, 1, Unit.CUP))).isCloseTo(244, within(0.01));
        assertThat(grams(GramConversion.toGrams(milk, 1, Unit.LITRE))).isCloseTo(244 / 236.588 * 1000, within(0.1));
        assertThat(grams(GramConversion.toGrams(milk, 1, Unit.TABLESPOON))).isCloseTo(244 / 16.0, within(0.05));
    }

    @Test
    void piecesAndNamedMeasuresUseHouseholdWeights() {
        assertThat(grams(GramConversion.toGrams(egg, 6, Unit.PIECE))).isCloseTo(6 * 44, within(0.01));
        assertThat(grams(GramConversion.toGrams(egg, 2, Unit.household("large")))).isCloseTo(100, within(0.01));
        assertThat(grams(GramConversion.toGrams(egg, 1, Unit.household("large egg")))).isCloseTo(50, within(0.01));
        assertThat(grams(GramConversion.toGrams(egg, 1, Unit.household("extra large")))).isCloseTo(56, within(0.01));
    }

    @Test
    void noConversionIsAnHonestUnknown() {
        assertThat(GramConversion.toGrams(null, 1, Unit.PIECE)).isEmpty();
        assertThat(GramConversion.toGrams(null, 1, Unit.LITRE)).isEmpty();
        assertThat(GramConversion.toGrams(egg, 1, Unit.household("bucket"))).isEmpty();
        Food withoutVolume = foods.all().stream().filter(f -> GramConversion.gramsPerMl(f).isEmpty()).findFirst().orElseThrow();
        assertThat(GramConversion.toGrams(withoutVolume, 1, Unit.LITRE)).isEmpty();
    }
}
