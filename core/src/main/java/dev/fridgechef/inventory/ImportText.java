package dev.fridgechef.inventory;

import dev.fridgechef.i18n.UserException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The text of an import file, read with care: at most {@link #MAX_BYTES} (so that {@code /dev/zero}
 * or a huge file is refused instead of read for ever), never a binary file, and in its encoding:
 * UTF-8 (with or without the byte-order mark Excel writes), UTF-16 with a byte-order mark, or, for a
 * file that is not valid UTF-8, windows-1251 (Cyrillic) or windows-1252 (Latin-1, accented Latin
 * letters) when the bytes say clearly which; otherwise the person is asked to save it as UTF-8.
 */
final class ImportText {
    /** The largest import file read: 20 MB. */
    static final int MAX_BYTES = 20 * 1024 * 1024;
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The file's text (without a byte-order mark) and the encoding it was read in. */
    record Decoded(String text, Charset charset) {
    }

    private ImportText() {
    }

    static Decoded read(Path file) {
        if (Files.isDirectory(file)) throw new UserException("error.file.directory", file);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new UserException("error.file.missing", file);
        } catch (AccessDeniedException e) {
            throw new UserException("error.file.denied", file);
        } catch (IOException e) {
            throw new UserException("error.file.read", file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        if (bytes.length > MAX_BYTES) throw new UserException("error.file.large", file, MAX_BYTES / (1024 * 1024));
        Decoded decoded = decode(bytes, file);
        if (decoded.text().isBlank()) throw new UserException("error.file.empty", file);
        return decoded;
    }

    static Decoded decode(byte[] bytes, Path file) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return new Decoded(utf8(bytes, 3, file), StandardCharsets.UTF_8);
        if (startsWith(bytes, 0xFF, 0xFE)) return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        if (startsWith(bytes, 0xFE, 0xFF)) return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        if (isBinary(bytes)) throw new UserException("error.file.binary", file);
        try {
            return new Decoded(strictUtf8(bytes, 0), StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            Charset guess = EightBitGuess.of(bytes);
            if (guess == null) throw new UserException("error.file.encoding", file);
            return new Decoded(new String(bytes, guess), guess);
        }
    }

    /** NUL bytes, or more than 1 % control bytes other than tab, line breaks and form feed: not text. */
    private static boolean isBinary(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            if (b == 0) return true;
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') controls++;
        }
        return controls > Math.max(8, bytes.length / 100);
    }

    private static String utf8(byte[] bytes, int offset, Path file) {
        try {
            return strictUtf8(bytes, offset);
        } catch (CharacterCodingException e) {
            throw new UserException("error.file.encoding", file);
        }
    }

    private static String strictUtf8(byte[] bytes, int offset) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
