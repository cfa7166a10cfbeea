package dev.fridgechef.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Text from a model never carries control, bidi or invisible characters to a terminal or a label; ordinary text is untouched. */
class ModelTextPropertyTest {
    /** Characters that must never come through. */
    private static final String FORBIDDEN = "\u0000\u0007\u0008\u000b\u000c\r\u001b\u007f\u0080\u0085\u009b\u009f"
            + "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u200b\u2060\u2063\ufeff\u180e\ufff9\ufffb"
            + "\uDB40\uDC41" // U+E0041, TAG LATIN CAPITAL LETTER A
            + "\uDFFF\uD800"; // surrogates on their own (a low one before a high one is no pair)
    private static final String ORDINARY = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
            + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
            + "0123456789 .,;:!?-–—«»\"'()%/+*=\n\t°½·…№";

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.strings().withChars(ORDINARY + FORBIDDEN).withCharRange('\u0000', '\u00ff')
                .withCharRange('\u2000', '\u206f').withCharRange('\ud800', '\udfff').ofMaxLength(200);
    }

    @Provide
    Arbitrary<String> ordinary() {
        return Arbitraries.strings().withChars(ORDINARY).ofMaxLength(200);
    }

    @Property
    void nothingForbiddenComesThrough(@ForAll("hostile") String text) {
        assertClean(SafeText.fromModel(text));
    }

    @Property
    void ordinaryRussianAndEnglishTextIsKeptAsItIs(@ForAll("ordinary") String text) {
        assertThat(SafeText.fromModel(text)).isEqualTo(text);
    }

    @Property
    void streamedInAnyPiecesItIsTheSameAsCleanedWhole(@ForAll("hostile") String text, @ForAll("cuts") List<Integer> cuts) {
        StringBuilder shown = new StringBuilder();
        var stream = SafeText.fromModelStream(shown::append);
        int from = 0;
        for (int cut : cuts.stream().map(c -> Math.min(c, text.length())).sorted().toList()) {
            stream.accept(text.substring(from, Math.max(from, cut)));
            from = Math.max(from, cut);
        }
        stream.accept(text.substring(from));
        assertClean(shown.toString());
        assertThat(shown.toString()).isEqualTo(SafeText.fromModel(text));
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 200).list().ofMaxSize(8);
    }

    @Test
    void theCharactersOfTheReportAreRemoved() {
        assertThat(SafeText.fromModel("Овсянка\u009b[2J с ягодами\u202e")).isEqualTo("Овсянка[2J с ягодами");
        assertThat(SafeText.fromModel("line 1\r\nline 2\tend")).isEqualTo("line 1\nline 2\tend");
        assertThat(SafeText.fromModel("tag\uDB40\uDC41\uDB40\uDC42 emoji 🍓 👨\u200D🍳")).isEqualTo("tag emoji 🍓 👨\u200D🍳");
    }

    @Test
    void aPairSplitBetweenPiecesIsKeptWhole() {
        List<String> pieces = new ArrayList<>();
        var stream = SafeText.fromModelStream(pieces::add);
        stream.accept("ягоды \uD83C");
        stream.accept("\uDF53!");
        assertThat(String.join("", pieces)).isEqualTo("ягоды 🍓!");
    }

    private static void assertClean(String out) {
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertThat(i + 1 < out.length() && Character.isLowSurrogate(out.charAt(i + 1))).as("a whole pair at %d", i).isTrue();
                int cp = out.codePointAt(i);
                assertThat(cp >= 0xE0000 && cp <= 0xE007F).as("tag character U+%X", cp).isFalse();
                i++;
                continue;
            }
            assertThat(Character.isLowSurrogate(c)).as("lone low surrogate at %d", i).isFalse();
            assertThat(c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f))).as("control U+%04X", (int) c).isTrue();
            assertThat("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u200b\u2060\u2061\u2062\u2063\u2064\ufeff\u180e\ufff9\ufffa\ufffb")
                    .as("U+%04X", (int) c).doesNotContain(String.valueOf(c));
        }
    }
}
