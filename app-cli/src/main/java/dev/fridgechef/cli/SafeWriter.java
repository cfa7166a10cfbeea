package dev.fridgechef.cli;

import dev.fridgechef.text.SafeText;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What every command prints goes through here: control characters (ESC, BEL, C0, DEL, C1) and
 * bidirectional controls are dropped (see {@link SafeText}), so a name, note, recipe, file name or
 * model answer can neither drive the terminal nor show other text than it holds. Tabs and line
 * breaks pass. Help and usage texts, which are the program's own, are printed beside it.
 */
final class SafeWriter extends FilterWriter {
    private SafeWriter(Writer out) {
        super(out);
    }

    static PrintWriter wrap(PrintWriter out) {
        return new PrintWriter(new SafeWriter(out), true);
    }

    @Override
    public void write(int c) throws IOException {
        if (!SafeText.isUnsafe((char) c)) out.write(c);
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (SafeText.isUnsafe(buffer[i])) {
                out.write(buffer, start, i - start);
                start = i + 1;
            }
        }
        out.write(buffer, start, end - start);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }
}
