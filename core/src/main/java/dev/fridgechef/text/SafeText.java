package dev.fridgechef.text;

/**
 * Text that came from a person or a file, made safe to keep and to print. Control characters (C0
 * such as ESC and BEL, DEL, C1) would let a name write terminal escapes; bidirectional overrides,
 * isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) would let it show
 * different text from what it holds. Both are removed; tabs and line breaks become spaces in
 * {@link #clean} (names and notes are one line) and stay in {@link #printable}.
 */
public final class SafeText {
    private SafeText() {
    }

    /** For names and notes on input: unsafe characters removed, tabs and line breaks as spaces. */
    public static String clean(String text) {
        return filter(text, false);
    }

    /** For output: unsafe characters removed, tabs and line breaks kept. */
    public static String printable(String text) {
        return filter(text, true);
    }

    private static String filter(String text, boolean keepLayout) {
        if (text == null || isSafe(text)) return text;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLayout(c)) out.append(keepLayout ? c : ' ');
            else if (!isUnsafe(c)) out.append(c);
        }
        return out.toString();
    }

    private static boolean isSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c) || isLayout(c)) return false;
        }
        return true;
    }

    private static boolean isLayout(char c) {
        return c == '\t' || c == '\n' || c == '\r';
    }

    /** A control character (other than tab and line breaks) or a bidirectional control. */
    public static boolean isUnsafe(char c) {
        if (isLayout(c)) return false;
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
