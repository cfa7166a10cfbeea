package dev.fridgechef.photo;

import dev.fridgechef.i18n.UserException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A meal photo made fit to send: its type told by its content (never by the file's name), at most
 * {@value #MAX_MEGABYTES} MB and {@value #MAX_MEGAPIXELS} megapixels, decoded, scaled down to at most
 * {@value #MAX_SIDE} px on the long side, turned upright as its EXIF orientation says, and encoded anew
 * as a baseline sRGB JPEG without metadata, so EXIF (camera, time, GPS) never leaves the machine. {@code sha256} is the hash of the original
 * file's bytes: the same photo is recognised once.
 */
public record PhotoInput(String sha256, String format, byte[] jpeg, int width, int height) {
    public static final int MAX_MEGABYTES = 20;
    public static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;
    public static final int MAX_MEGAPIXELS = 100;
    public static final int MAX_SIDE = 1024;
    static final float JPEG_QUALITY = 0.85f;

    /** The photo in {@code file}; a {@link UserException} with a clear message for anything that is not one. */
    public static PhotoInput read(Path file) {
        if (!Files.isRegularFile(file)) throw new UserException("error.photo.missing", file);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) throw new UserException("error.photo.too_large", file, megabytes(size), MAX_MEGABYTES);
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserException("error.photo.unreadable", file, e.getMessage());
        }
        return of(bytes, file.getFileName().toString());
    }

    /** The photo in {@code bytes}, {@code shownName} naming it in messages. */
    public static PhotoInput of(byte[] bytes, String shownName) {
        if (bytes.length > MAX_BYTES) throw new UserException("error.photo.too_large", shownName, megabytes(bytes.length), MAX_MEGABYTES);
        String format = sniff(bytes);
        if (format == null) throw new UserException("error.photo.not_image", shownName, supported());
        if (!readable(format)) throw new UserException("error.photo.unsupported", shownName, format.toUpperCase(Locale.ROOT), supported());
        BufferedImage decoded = decode(bytes, format, shownName);
        BufferedImage scaled = scale(decoded, MAX_SIDE);
        if (format.equals("jpeg")) scaled = ExifOrientation.apply(scaled, ExifOrientation.of(bytes));
        return new PhotoInput(dev.fridgechef.text.Sha256.hex(bytes), format, encode(scaled), scaled.getWidth(), scaled.getHeight());
    }

    /** The image types this machine decodes: JPEG and PNG always, WebP only where an ImageIO plugin reads it. */
    public static List<String> supportedFormats() {
        return readable("webp") ? List.of("jpeg", "png", "webp") : List.of("jpeg", "png");
    }

    private static String supported() {
        return String.join(", ", supportedFormats().stream().map(f -> f.toUpperCase(Locale.ROOT)).toList());
    }

    private static boolean readable(String format) {
        return switch (format) {
            case "jpeg", "png" -> true;
            case "webp" -> ImageIO.getImageReadersByFormatName("webp").hasNext();
            default -> false;
        };
    }

    /** The image type by the file's first bytes, or null when they are no image type known here. */
    static String sniff(byte[] b) {
        if (starts(b, 0xFF, 0xD8, 0xFF)) return "jpeg";
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return "png";
        if (starts(b, 'G', 'I', 'F', '8')) return "gif";
        if (starts(b, 'B', 'M')) return "bmp";
        if (starts(b, 'I', 'I', 0x2A, 0x00) || starts(b, 'M', 'M', 0x00, 0x2A)) return "tiff";
        if (starts(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') return "webp";
        if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            String brand = new String(b, 8, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("msf1")) return "heic";
            if (brand.startsWith("avi")) return "avif";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    /**
     * Decodes the first image, refusing before decoding what would not fit in memory, and reading a
     * big photo subsampled (every n-th pixel) when it is still at least twice the size sent.
     */
    private static BufferedImage decode(byte[] bytes, String format, String shownName) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) throw new UserException("error.photo.unsupported", shownName, format.toUpperCase(Locale.ROOT), supported());
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if ((long) w * h > MAX_MEGAPIXELS * 1_000_000L) throw new UserException("error.photo.too_many_pixels", shownName, w, h, MAX_MEGAPIXELS);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(w, h) / (2 * MAX_SIDE));
                if (step > 1) param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                if (image == null || image.getWidth() < 1 || image.getHeight() < 1) throw new IOException("no picture in it");
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserException u) throw u;
            throw new UserException("error.photo.damaged", shownName, format.toUpperCase(Locale.ROOT), reason(e));
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** At most {@code maxSide} on the long side, in sRGB with any transparency laid on white; halving first keeps detail. */
    static BufferedImage scale(BufferedImage source, int maxSide) {
        int w = source.getWidth();
        int h = source.getHeight();
        double factor = Math.min(1, (double) maxSide / Math.max(w, h));
        int targetW = Math.max(1, (int) Math.round(w * factor));
        int targetH = Math.max(1, (int) Math.round(h * factor));
        BufferedImage current = source;
        while (current.getWidth() / 2 >= targetW && current.getHeight() / 2 >= targetH) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current != source && current.getWidth() == targetW && current.getHeight() == targetH
                ? current : draw(current, targetW, targetH);
    }

    private static BufferedImage draw(BufferedImage source, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** A baseline JPEG with no metadata but the JFIF header. */
    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot encode a JPEG in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }


    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    /** The JPEG sent, as base64 (what every provider's wire format carries). */
    public String base64() {
        return java.util.Base64.getEncoder().encodeToString(jpeg);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhotoInput p && p.sha256.equals(sha256) && java.util.Arrays.equals(p.jpeg, jpeg);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return "PhotoInput[sha256=" + sha256 + ", format=" + format + ", " + width + "x" + height + ", " + jpeg.length + " bytes]";
    }
}
