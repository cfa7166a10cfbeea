package dev.fridgechef.i18n;

import dev.fridgechef.unit.Units;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class QuantitiesTest {

    @Test
    void figuresTakeTheDecimalMarkOfTheLanguageAndRoundHalfUp() {
        assertThat(Quantities.number(1.8, 1, false)).isEqualTo("1.8");
        assertThat(Quantities.number(1.8, 1, true)).isEqualTo("1,8");
        assertThat(Quantities.number(2.25, 1, true)).isEqualTo("2,3");
        assertThat(Quantities.number(1666.5, 0, true)).isEqualTo("1667");
        assertThat(Quantities.number(null, 1, true)).isEqualTo("-");
        assertThat(Quantities.number(Double.NaN, 0, false)).isEqualTo("-");
        assertThat(Quantities.amount(1.5, true)).isEqualTo("1,5");
        assertThat(Quantities.amount(2.0, true)).isEqualTo("2");
        assertThat(Quantities.amount(1 / 3.0, false)).isEqualTo("0.333");
    }

    @Test
    void unitsAreRussianInRussianAndTheStoredCodesInEnglish() {
        assertThat(Quantities.quantity(500, "g", true)).isEqualTo("500 г");
        assertThat(Quantities.quantity(1.5, "kg", true)).isEqualTo("1,5 кг");
        assertThat(Quantities.quantity(5, "pcs", true)).isEqualTo("5 шт.");
        assertThat(Quantities.quantity(1, "l", true)).isEqualTo("1 л");
        assertThat(Quantities.quantity(2, "tbsp", true)).isEqualTo("2 ст. л.");
        assertThat(Quantities.quantity(1.5, "kg", false)).isEqualTo("1.5 kg");
        assertThat(Quantities.quantity(5, "pcs", false)).isEqualTo("5 pcs");
        assertThat(Quantities.grams(199.6, true)).isEqualTo("200 г");
        assertThat(Quantities.unit("µg", 5, true)).isEqualTo("мкг");
        assertThat(Quantities.grams(199.6, false)).isEqualTo("200 g");
    }

    @Test
    void storedAmountsAreShownInTheReadersLanguage() {
        assertThat(Quantities.storedAmount("2 pcs", true)).isEqualTo("2 шт.");
        assertThat(Quantities.storedAmount("1.5 cup", true)).isEqualTo("1,5 стакана");
        assertThat(Quantities.storedAmount("2 pcs", false)).isEqualTo("2 pcs");
        assertThat(Quantities.storedAmount("половина тарелки", true)).isEqualTo("половина тарелки");
        assertThat(Quantities.storedAmount(null, true)).isNull();
    }

    @Test
    void russianUnitWordsTakeThePluralTheNumberAsks() {
        assertThat(Quantities.quantity(1, "cup", true)).isEqualTo("1 стакан");
        assertThat(Quantities.quantity(3, "cup", true)).isEqualTo("3 стакана");
        assertThat(Quantities.quantity(5, "cup", true)).isEqualTo("5 стаканов");
        assertThat(Quantities.quantity(11, "head", true)).isEqualTo("11 головок");
        assertThat(Quantities.quantity(21, "clove", true)).isEqualTo("21 зубчик");
        assertThat(Quantities.quantity(1.5, "pack", true)).isEqualTo("1,5 пачки");
        assertThat(Quantities.quantity(2, "can", true)).isEqualTo("2 банки");
        assertThat(Quantities.quantity(1, "head large", true)).isEqualTo("1 головка (крупн.)");
        assertThat(Quantities.quantity(1, "head large", false)).isEqualTo("1 head large");
        assertThat(Quantities.quantity(2, "cup chopped", true)).isEqualTo("2 cup chopped");
    }

    @Test
    void everyStandardUnitHasARussianNameThatParsesBackToIt() {
        for (var unit : Units.STANDARD) {
            for (double amount : List.of(1.0, 2.0, 5.0)) {
                String ru = Quantities.unit(unit.code(), amount, true);
                assertThat(ru).as(unit.code()).matches("[а-яё. ]+");
                assertThat(Units.standard(ru.replace(". ", "").replace(".", ""))).as(ru).contains(unit);
            }
        }
    }

    @Test
    void unitNamesAgreeWithTheCoreMessages() {
        Messages ru = Messages.forLocale(Messages.RUSSIAN);
        Messages en = Messages.forLocale(Locale.ENGLISH);
        for (String code : List.of("g", "kg", "ml", "l", "pcs", "kcal")) {
            assertThat(Quantities.unit(code, 5, true)).isEqualTo(ru.get("unit." + code));
            assertThat(Quantities.unit(code, 5, false)).isEqualTo(en.get("unit." + code));
        }
    }

    @Test
    void messageArgumentsThatAreNumbersTakeTheDecimalMark() {
        Messages ru = Messages.forLocale(Messages.RUSSIAN);
        Messages en = Messages.forLocale(Locale.ENGLISH);
        assertThat(ru.format("error.quantity.positive", -1.5)).isEqualTo("Количество должно быть больше нуля, а не «-1,5».");
        assertThat(en.format("error.quantity.positive", -1.5)).isEqualTo("The quantity must be more than zero, not \"-1.5\".");
        assertThat(ru.format("error.quantity.positive", 20261)).endsWith("«20261».");
    }

    @Test
    void namesSortInTheLanguagesAlphabetIgnoringCase() {
        List<String> ru = List.of("яблоки", "Ёжевика", "ежевика", "абрикос", "Банан").stream().sorted(NameOrder.of(true)).toList();
        assertThat(ru).containsExactly("абрикос", "Банан", "ежевика", "Ёжевика", "яблоки");
        List<String> en = List.of("pears", "Apples", "bananas").stream().sorted(NameOrder.of(false)).toList();
        assertThat(en).containsExactly("Apples", "bananas", "pears");
    }
}
