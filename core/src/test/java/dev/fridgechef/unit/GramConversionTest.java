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

    @Test
    void householdUnitsInEnglishAndRussianUseSr21OrAuthoredWeights() {
        Food garlic = foods.byId("11215").orElseThrow();
        assertThat(grams(GramConversion.toGrams(garlic, 1, Units.parse("head")))).isEqualTo(40);
        assertThat(grams(GramConversion.toGrams(garlic, 1, Units.parse("головка")))).isEqualTo(40);
        assertThat(grams(GramConversion.toGrams(garlic, 2, Units.parse("головки")))).isEqualTo(80);
        assertThat(grams(GramConversion.toGrams(garlic, 3, Units.parse("зубчика")))).isEqualTo(9);
        assertThat(grams(GramConversion.toGrams(garlic, 3, Units.parse("cloves")))).isEqualTo(9);
        assertThat(grams(GramConversion.toGrams(garlic, 2, Unit.PIECE))).as("a piece of garlic stays a clove").isEqualTo(6);
        Food dill = foods.byId("02045").orElseThrow();
        assertThat(grams(GramConversion.toGrams(dill, 1, Units.parse("пучок")))).isEqualTo(40);
        Food butter = foods.byId("01001").orElseThrow();
        assertThat(grams(GramConversion.toGrams(butter, 1, Units.parse("пачка")))).isEqualTo(180);
        // SR21's own measure wins: its "package" of frozen peas
        Food peas = foods.byId("11312").orElseThrow();
        assertThat(grams(GramConversion.toGrams(peas, 1, Units.parse("pack")))).isEqualTo(284);
        Food beans = foods.byId("16034").orElseThrow();
        assertThat(grams(GramConversion.toGrams(beans, 1, Units.parse("банка")))).isEqualTo(400);
        Food bread = foods.byId("18069").orElseThrow();
        assertThat(grams(GramConversion.toGrams(bread, 2, Units.parse("ломтика")))).isEqualTo(50);
        assertThat(GramConversion.toGrams(egg, 1, Units.parse("head"))).isEmpty();
    }

    @Test
    void aPieceOfHamIsASliceNotAGram() {
        // SR21 lists ham's serving as "56 grams 1 serving", which once made "4 pcs ham" weigh 4 g
        Food ham = foods.byId("07029").orElseThrow();
        assertThat(grams(GramConversion.toGrams(ham, 4, Unit.PIECE))).isEqualTo(112);
        Food pelmeni = foods.byId("FC001").orElseThrow();
        assertThat(grams(GramConversion.toGrams(pelmeni, 20, Unit.PIECE))).isEqualTo(240);
    }
}
