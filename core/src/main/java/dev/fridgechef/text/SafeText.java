package dev.fridgechef.text;

/**
 * Text that came from a person or a file, made safe to keep and to print. Control characters (C0
 * such as ESC and BEL, DEL, C1) would let a name write terminal escapes; bidirectional overrides,
 * isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) would let it show
 * different text from what it holds. Both are removed; tabs and line breaks become spaces in
 * {@link #clean} (names and notes are one line) and stay in {@link #printable}. Text a language model
 * wrote goes through {@link #fromModel} (or {@link #fromModelStream} as it streams) before it reaches
 * a terminal, a label or the store.
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

    /** A model's answer without the Markdown code fence some models wrap JSON in (```json ... ```). */
    public static String withoutCodeFence(String text) {
        String t = text.trim();
        if (t.startsWith("```")) {
            t = t.replaceFirst("^```[a-zA-Z]*\\s*", "");
            int end = t.lastIndexOf("```");
            if (end >= 0) t = t.substring(0, end);
        }
        return t;
    }

    /**
     * For text a model wrote: what {@link #printable} removes, and also carriage returns (which let a
     * line overwrite itself on a terminal), zero-width and invisible characters (U+200B, U+2060–U+2064,
     * U+FEFF, U+180E, U+FFF9–U+FFFB), Unicode tag characters (U+E0000–U+E007F, invisible text that can
     * smuggle words) and broken surrogates. Line breaks and tabs stay; ZWJ/ZWNJ stay (emoji, scripts).
     */
    public static String fromModel(String text) {
        if (text == null) return null;
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(SafeText::keptFromModel).forEach(out::appendCodePoint);
        return out.length() == text.length() ? text : out.toString();
    }

    /** Model or user text for one line (a title, a name, a step): {@link #fromModel}, spaces collapsed, at most {@code max} characters. */
    public static String fromModelLine(String text, int max) {
        String t = text == null ? "" : fromModel(text).replaceAll("\\s+", " ").trim();
        return t.length() > max ? t.substring(0, max) : t;
    }

    /**
     * {@link #fromModel} for text that arrives in pieces: {@code sink} gets each piece cleaned (empty
     * pieces are not passed on); a surrogate pair split between two pieces is kept whole.
     */
    public static java.util.function.Consumer<String> fromModelStream(java.util.function.Consumer<String> sink) {
        return new java.util.function.Consumer<>() {
            private String pending = "";

            @Override
            public void accept(String piece) {
                String text = pending + (piece == null ? "" : piece);
                pending = "";
                if (!text.isEmpty() && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
                    pending = text.substring(text.length() - 1);
                    text = text.substring(0, text.length() - 1);
                }
                String clean = fromModel(text);
                if (!clean.isEmpty()) sink.accept(clean);
            }
        };
    }

    /** Whether a code point of a model's text may be shown. */
    static boolean keptFromModel(int cp) {
        if (cp == '\n' || cp == '\t') return true;
        if (cp <= 0xFFFF && isUnsafe((char) cp)) return false;
        return cp != '\r' && cp != 0x200B && !(cp >= 0x2060 && cp <= 0x2064) && cp != 0xFEFF && cp != 0x180E
                && !(cp >= 0xFFF9 && cp <= 0xFFFB) && !(cp >= 0xE0000 && cp <= 0xE007F)
                && !(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
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
