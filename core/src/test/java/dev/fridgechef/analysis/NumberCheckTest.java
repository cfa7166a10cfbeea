package dev.fridgechef.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NumberCheckTest {
    private final NumberCheck check = new NumberCheck(List.of(1842.4, 0.234, 8.765, 1.11, 18.0, 1.5, 3.0, 100.0),
            List.of("Soup no. 7", "Milk, 7% fat"));

    @Test
    void numbersRoundedToTheirShownPrecisionMatchInEnglishAndRussianWriting() {
        assertThat(check.wrongNumbers("You ate 1,842 kcal, or 1842.4 kcal to be exact, 1842 in all.")).isEmpty();
        assertThat(check.wrongNumbers("Вы съели 1 842 ккал, точнее 1842,4 ккал (1\u00A0842 и 1\u202F842).")).isEmpty();
        assertThat(check.wrongNumbers("Iron: 8.8 mg, about 9 mg, 8.77 mg; железо 8,8 мг.")).isEmpty();
        assertThat(check.wrongNumbers("That is 23 % of it, 23.4 percent, 23 процента.")).isEmpty();
        assertThat(check.wrongNumbers("Half a portion: 1,5 servings or 1.5.")).isEmpty();
    }

    @Test
    void aNumberThatIsNoFigureIsNamed() {
        assertThat(check.wrongNumbers("You ate 2,000 kcal and 8.7 mg of iron, 24 % of it.")).containsExactly("2,000", "8.7", "24");
        assertThat(check.wrongNumbers("Железо: 9,2 мг.")).containsExactly("9,2");
        assertThat(check.wrongNumbers("Drink 7 % milk.")).containsExactly("7");
    }

    @Test
    void digitsInNamesAndListMarkersAreNotFigures() {
        assertThat(check.wrongNumbers("Vitamin B12 was 1.1 µg; omega-3 and B6 are fine.")).isEmpty();
        assertThat(check.wrongNumbers("1. Eat 18 mg of iron.\n2) Have 100 g of liver.")).isEmpty();
        assertThat(check.wrongNumbers("Your milk, 7% fat gave 23 %, and soup No. 7 too.")).isEmpty();
    }

    @Test
    void aCommaBeforeThreeDigitsMayBeAThousandsSeparatorOrADecimalComma() {
        NumberCheck small = new NumberCheck(List.of(1.842));
        assertThat(small.passes("1,842 mg")).isTrue();
        assertThat(small.passes("1 842 mg")).isFalse();
        assertThat(check.passes("1,842 kcal")).isTrue();
    }

    @Test
    void numbersWrittenWithASpaceMayAlsoBeTwoNumbers() {
        assertThat(check.wrongNumbers("Take 3 100 g portions.")).isEmpty(); // 3 and 100 are figures, 3100 is not
        assertThat(check.wrongNumbers("Take 4 100 g portions.")).containsExactly("4 100");
    }
}
