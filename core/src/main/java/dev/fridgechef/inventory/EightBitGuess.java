package dev.fridgechef.inventory;

import java.nio.charset.Charset;

/**
 * Which 8-bit encoding a file that is not UTF-8 is in, when the bytes make it plain. In Latin text
 * (windows-1252, ISO-8859-1) an accented letter sits inside a word of plain ASCII letters ("crème",
 * "Müller"); in Cyrillic text (windows-1251) whole words are made of bytes above 127, all of them
 * Cyrillic letters in that code page. Anything in between is left undecided.
 */
final class EightBitGuess {
    private static final double LATIN = 0.6;
    private static final double CYRILLIC = 0.2;

    private EightBitGuess() {
    }

    /** windows-1252, windows-1251, or null when the bytes do not say clearly. */
    static Charset of(byte[] bytes) {
        int high = 0;
        int besideAscii = 0;
        int cyrillic = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) continue;
            high++;
            if (asciiLetterAt(bytes, i - 1) || asciiLetterAt(bytes, i + 1)) besideAscii++;
            if (b >= 0xC0 || b == 0xA8 || b == 0xB8) cyrillic++; // А–я, Ё, ё in windows-1251
        }
        if (high == 0) return null;
        double latin = (double) besideAscii / high;
        if (latin >= LATIN) return ImportText.WINDOWS_1252;
        if (latin <= CYRILLIC && cyrillic >= 0.95 * high) return ImportText.WINDOWS_1251;
        return null;
    }

    private static boolean asciiLetterAt(byte[] bytes, int i) {
        if (i < 0 || i >= bytes.length) return false;
        int b = bytes[i];
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }
}
