package dev.fridgechef.photo;

import java.awt.image.BufferedImage;

/**
 * A phone stores a photo as the sensor saw it and says in the EXIF "Orientation" tag how to turn it.
 * The metadata is not sent, so the turn is made to the pixels before sending. Only that one tag is
 * read; anything malformed counts as upright.
 */
final class ExifOrientation {
    static final int UPRIGHT = 1;
    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    /** The orientation (1 to 8) a JPEG's EXIF gives, else {@link #UPRIGHT}. */
    static int of(byte[] jpeg) {
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = jpeg[i + 1] & 0xFF;
            int length = u16(jpeg, i + 2, false);
            if (marker == 0xDA || marker == 0xD9 || length < 2) break; // the image data starts: no EXIF before it
            if (marker == 0xE1 && length >= 8 && i + 4 + 6 <= jpeg.length && "Exif".equals(new String(jpeg, i + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1))) {
                return fromTiff(jpeg, i + 10, Math.min(jpeg.length, i + 2 + length));
            }
            i += 2 + length;
        }
        return UPRIGHT;
    }

    private static int fromTiff(byte[] b, int start, int end) {
        if (start + 8 > end) return UPRIGHT;
        boolean little = b[start] == 'I' && b[start + 1] == 'I';
        if (!little && !(b[start] == 'M' && b[start + 1] == 'M')) return UPRIGHT;
        long ifd = u32(b, start + 4, little);
        if (ifd < 8 || start + ifd + 2 > end) return UPRIGHT;
        int at = (int) (start + ifd);
        int entries = u16(b, at, little);
        for (int e = 0; e < entries; e++) {
            int entry = at + 2 + 12 * e;
            if (entry + 12 > end) break;
            if (u16(b, entry, little) == ORIENTATION_TAG) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    private static int u16(byte[] b, int at, boolean little) {
        return little ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static long u32(byte[] b, int at, boolean little) {
        return little ? (long) u16(b, at + 2, true) << 16 | u16(b, at, true) : (long) u16(b, at, false) << 16 | u16(b, at + 2, false);
    }

    /** The image turned and mirrored as {@code orientation} says, so that it shows upright. */
    static BufferedImage apply(BufferedImage src, int orientation) {
        if (orientation <= UPRIGHT || orientation > 8) return src;
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = orientation >= 5;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; }
                }
                out.setRGB(x, y, src.getRGB(sx, sy));
            }
        }
        return out;
    }
}
