package dev.fridgechef.unit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitsTest {
    @ParameterizedTest
    @CsvSource({"g,g", "grams,g", "G,g", "гр,g", "г,g", "kg,kg", "кг,kg", "ml,ml", "мл,ml", "l,l", "литра,l",
            "pcs,pcs", "шт,pcs", "pieces,pcs", "cup,cup", "стакан,cup", "tbsp,tbsp", "ст.л.,tbsp", "ст. л.,tbsp",
            "tsp,tsp", "ч.л.,tsp", "oz,oz", "lbs,lb", "fl oz,fl oz", "fl. oz,fl oz"})
    void readsEnglishAndRussianSpellings(String text, String code) {
        assertThat(Units.parse(text).code()).isEqualTo(code);
        assertThat(Units.parse(text).isStandard()).isTrue();
    }

    @Test
    void anythingElseIsAHouseholdMeasureToCheckAgainstTheFood() {
        Unit u = Units.parse("Large Egg");
        assertThat(u.kind()).isEqualTo(UnitKind.HOUSEHOLD);
        assertThat(u.code()).isEqualTo("large egg");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2|2", "1.5|1.5", "1,5|1.5", "1/2|0.5", "1 1/2|1.5", "0.3333|0.333", ".5|0.5"})
    void parsesQuantities(String text, double expected) {
        assertThat(QuantityParser.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"-1", "0", "abc", "1/0", "''", "1e400", "NaN", "2 kg"})
    void refusesQuantitiesThatAreNotPositiveNumbers(String text) {
        assertThatThrownBy(() -> QuantityParser.parse(text)).isInstanceOf(dev.fridgechef.i18n.UserException.class);
    }

    @Test
    void formatsWithoutTrailingZeros() {
        assertThat(QuantityParser.format(2.0)).isEqualTo("2");
        assertThat(QuantityParser.format(1.50)).isEqualTo("1.5");
    }

    @org.junit.jupiter.api.Test
    void householdUnitsFoldToOneCode() {
        for (String head : new String[] {"head", "heads", "головка", "головки", "головок", "кочан"}) {
            org.assertj.core.api.Assertions.assertThat(Units.parse(head)).isEqualTo(Unit.household("head"));
        }
        for (String clove : new String[] {"clove", "cloves", "зубчик", "зубчика", "зубчиков"}) {
            org.assertj.core.api.Assertions.assertThat(Units.parse(clove).code()).isEqualTo("clove");
        }
        org.assertj.core.api.Assertions.assertThat(Units.parse("пучок").code()).isEqualTo("bunch");
        org.assertj.core.api.Assertions.assertThat(Units.parse("ломтик").code()).isEqualTo("slice");
        org.assertj.core.api.Assertions.assertThat(Units.parse("банка").code()).isEqualTo("can");
        org.assertj.core.api.Assertions.assertThat(Units.parse("пачка").code()).isEqualTo("pack");
        org.assertj.core.api.Assertions.assertThat(Units.parse("package").code()).isEqualTo("pack");
        org.assertj.core.api.Assertions.assertThat(Units.parse("large").code()).isEqualTo("large");
    }
}
