package dev.fridgechef.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeTextTest {
    @Test
    void controlCharactersAreRemoved() {
        assertThat(SafeText.clean("milk\u001b[31mRED\u0007")).isEqualTo("milk[31mRED");
        assertThat(SafeText.clean("a\u0000b\u007fc\u0085d\u009be")).isEqualTo("abcde");
    }

    @Test
    void bidiControlsAreRemoved() {
        assertThat(SafeText.clean("\u202Eklim\u202C \u2066x\u2069\u200E\u200F\u061C")).isEqualTo("klim x");
    }

    @Test
    void layoutBecomesSpacesOnInputAndStaysInOutput() {
        assertThat(SafeText.clean("a\tb\nc\r")).isEqualTo("a b c ");
        assertThat(SafeText.printable("line 1\n\u001b[2Jline 2\t!")).isEqualTo("line 1\n[2Jline 2\t!");
    }

    @Test
    void ordinaryTextIsKeptAsItIs() {
        String text = "grandma's \"jam\", творог 5% 🍓 crème brûlée";
        assertThat(SafeText.clean(text)).isSameAs(text);
        assertThat(SafeText.clean(null)).isNull();
    }
}
