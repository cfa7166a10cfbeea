package dev.fridgechef.photo;

import dev.fridgechef.i18n.Messages;
import dev.fridgechef.i18n.UserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotoInputTest {
    @TempDir
    Path dir;

    @Test
    void aJpegIsReEncodedAsAJpegAndHashedByTheOriginalBytes() throws Exception {
        Path file = PhotoFixtures.copy(PhotoFixtures.JPEG, dir, "dish.jpg");
        PhotoInput photo = PhotoInput.read(file);
        assertThat(photo.format()).isEqualTo("jpeg");
        assertThat(photo.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        assertThat(photo.width()).isEqualTo(640);
        assertThat(photo.height()).isEqualTo(480);
        BufferedImage sent = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
        assertThat(sent.getWidth()).isEqualTo(640);
        // the plate's middle is still white and the tomato still red after re-encoding
        assertThat(new Color(sent.getRGB(320, 120)).getRed()).isGreaterThan(240);
        assertThat(new Color(sent.getRGB(370, 300)).getRed()).isGreaterThan(180);
        assertThat(new Color(sent.getRGB(370, 300)).getGreen()).isLessThan(90);
    }

    @Test
    void theTypeComesFromTheContentNotTheName() {
        Path png = PhotoFixtures.copy(PhotoFixtures.PNG, dir, "named-like-a.jpg");
        PhotoInput photo = PhotoInput.read(png);
        assertThat(photo.format()).isEqualTo("png");
        assertThat(photo.jpeg()).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
        assertThat(photo.width()).isEqualTo(320);
    }

    @Test
    void transparencyIsLaidOnWhite() throws Exception {
        PhotoInput photo = PhotoInput.read(PhotoFixtures.copy(PhotoFixtures.PNG, dir, "plate.png"));
        BufferedImage sent = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
        Color corner = new Color(sent.getRGB(5, 5));
        assertThat(corner.getRed()).isGreaterThan(240);
        assertThat(corner.getGreen()).isGreaterThan(240);
        assertThat(corner.getBlue()).isGreaterThan(240);
    }

    @Test
    void exifAndGpsNeverLeaveTheMachine() {
        byte[] plain = PhotoFixtures.bytes(PhotoFixtures.JPEG);
        byte[] exif = ("Exif\0\0MM\0*\0\0\0\bGPSLatitude=55.7558N;GPSLongitude=37.6173E;Make=PhoneCam").getBytes(StandardCharsets.ISO_8859_1);
        byte[] tagged = new byte[plain.length + 4 + exif.length];
        tagged[0] = (byte) 0xFF;
        tagged[1] = (byte) 0xD8;
        tagged[2] = (byte) 0xFF;
        tagged[3] = (byte) 0xE1;
        int length = exif.length + 2;
        byte[] header = {(byte) (length >> 8), (byte) length};
        System.arraycopy(header, 0, tagged, 4, 2);
        System.arraycopy(exif, 0, tagged, 6, exif.length);
        System.arraycopy(plain, 2, tagged, 6 + exif.length, plain.length - 2);
        assertThat(new String(tagged, StandardCharsets.ISO_8859_1)).contains("GPSLatitude");

        PhotoInput photo = PhotoInput.of(tagged, "tagged.jpg");
        String sent = new String(photo.jpeg(), StandardCharsets.ISO_8859_1);
        assertThat(sent).doesNotContain("Exif").doesNotContain("GPS").doesNotContain("PhoneCam");
        assertThat(photo.sha256()).isNotEqualTo(PhotoInput.of(plain, "plain.jpg").sha256());
    }

    @Test
    void aBigPhotoIsScaledDownToTheLongSide() throws Exception {
        BufferedImage big = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = big.createGraphics();
        g.setColor(new Color(200, 40, 30));
        g.fillRect(0, 0, 4000, 3000);
        g.dispose();
        Path file = dir.resolve("big.png");
        ImageIO.write(big, "png", file.toFile());
        PhotoInput photo = PhotoInput.read(file);
        assertThat(photo.width()).isEqualTo(PhotoInput.MAX_SIDE);
        assertThat(photo.height()).isEqualTo(768);
        BufferedImage sent = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
        assertThat(sent.getWidth()).isEqualTo(1024);
        assertThat(new Color(sent.getRGB(500, 300)).getRed()).isGreaterThan(180);
    }

    @Test
    void aTextFileNamedJpgIsRefusedAsNotAnImage() throws Exception {
        Path file = Files.writeString(dir.resolve("dish.jpg"), "chicken 150 g, rice 200 g\n");
        assertThatThrownBy(() -> PhotoInput.read(file)).isInstanceOfSatisfying(UserException.class, e -> {
            assertThat(e.key()).isEqualTo("error.photo.not_image");
            assertThat(e.getMessage()).contains("dish.jpg").contains("JPEG, PNG").contains("Nothing was recorded");
            assertThat(e.localizedMessage(Messages.forLocale(Messages.RUSSIAN))).contains("не изображение");
        });
    }

    @Test
    void aFileAboveTheLimitIsRefusedWithoutReadingIt() throws Exception {
        Path file = dir.resolve("huge.jpg");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.write(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
            f.setLength(PhotoInput.MAX_BYTES + 1); // sparse: no 20 MB written
        }
        assertThatThrownBy(() -> PhotoInput.read(file)).isInstanceOfSatisfying(UserException.class, e -> {
            assertThat(e.key()).isEqualTo("error.photo.too_large");
            assertThat(e.getMessage()).contains("20.0 MB").contains("up to 20 MB");
        });
    }

    @Test
    void webpAndHeicAreNamedAndRefusedWhenNothingHereDecodesThem() {
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        byte[] heic = "\0\0\0\u0018ftypheic\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(PhotoInput.sniff(webp)).isEqualTo("webp");
        assertThat(PhotoInput.sniff(heic)).isEqualTo("heic");
        assertThatThrownBy(() -> PhotoInput.of(heic, "IMG_0001.HEIC")).isInstanceOfSatisfying(UserException.class, e -> {
            assertThat(e.key()).isEqualTo("error.photo.unsupported");
            assertThat(e.getMessage()).contains("HEIC image").contains("Save it as JPEG");
        });
        if (!PhotoInput.supportedFormats().contains("webp")) {
            assertThatThrownBy(() -> PhotoInput.of(webp, "dish.webp")).isInstanceOfSatisfying(UserException.class,
                    e -> assertThat(e.getMessage()).contains("WEBP image").contains("JPEG, PNG"));
        }
    }

    @Test
    void aBrokenJpegIsRefusedAsDamaged() {
        byte[] plain = PhotoFixtures.bytes(PhotoFixtures.JPEG);
        byte[] cut = java.util.Arrays.copyOf(plain, 200);
        assertThatThrownBy(() -> PhotoInput.of(cut, "cut.jpg")).isInstanceOfSatisfying(UserException.class,
                e -> assertThat(e.key()).isEqualTo("error.photo.damaged"));
    }

    @Test
    void aMissingFileIsSaidSo() {
        assertThatThrownBy(() -> PhotoInput.read(dir.resolve("nope.jpg"))).isInstanceOfSatisfying(UserException.class,
                e -> assertThat(e.key()).isEqualTo("error.photo.missing"));
    }

    /** The fixture with an APP1 EXIF segment holding {@code tiff} right after the start marker. */
    private static byte[] withExif(byte[] tiff) {
        byte[] plain = PhotoFixtures.bytes(PhotoFixtures.JPEG);
        byte[] exif = new byte[6 + tiff.length];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exif, 0, 6);
        System.arraycopy(tiff, 0, exif, 6, tiff.length);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write(exif.length + 2);
        out.writeBytes(exif);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A big-endian TIFF header with one entry: Orientation = {@code value}. */
    private static byte[] orientation(int value) {
        return new byte[]{'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) value, 0, 0, 0, 0, 0, 0};
    }

    @Test
    void aPhotoTakenSidewaysIsTurnedUprightBeforeItsMetadataIsDropped() throws Exception {
        byte[] sideways = withExif(orientation(6));
        assertThat(ExifOrientation.of(sideways)).isEqualTo(6);
        PhotoInput photo = PhotoInput.of(sideways, "IMG_0001.jpg");
        assertThat(photo.width()).isEqualTo(480);
        assertThat(photo.height()).isEqualTo(640);
        BufferedImage sent = ImageIO.read(new ByteArrayInputStream(photo.jpeg()));
        assertThat(sent.getWidth()).isEqualTo(480);
        // turned a quarter clockwise: the tomato at (370, 300) is now at (479 - 300, 370)
        Color tomato = new Color(sent.getRGB(179, 370));
        assertThat(tomato.getRed()).isGreaterThan(180);
        assertThat(tomato.getGreen()).isLessThan(90);
        assertThat(new String(photo.jpeg(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
    }

    @Test
    void everyOrientationTurnsAndMirrorsAsExifSays() {
        BufferedImage src = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        src.setRGB(0, 0, 0xFF0000); // the top-left corner is red
        int[][] redAt = {{0, 0}, {2, 0}, {2, 1}, {0, 1}, {0, 0}, {1, 0}, {1, 2}, {0, 2}};
        for (int o = 1; o <= 8; o++) {
            BufferedImage out = ExifOrientation.apply(src, o);
            assertThat(out.getWidth()).as("orientation %d", o).isEqualTo(o >= 5 ? 2 : 3);
            assertThat(out.getRGB(redAt[o - 1][0], redAt[o - 1][1]) & 0xFFFFFF).as("orientation %d", o).isEqualTo(0xFF0000);
        }
    }

    @Test
    void malformedExifCountsAsUpright() {
        assertThat(ExifOrientation.of(withExif(new byte[]{'M', 'M', 0, 42, 0x7F, 0, 0, 0}))).isEqualTo(ExifOrientation.UPRIGHT);
        assertThat(ExifOrientation.of(withExif(new byte[]{'X', 'X'}))).isEqualTo(ExifOrientation.UPRIGHT);
        assertThat(ExifOrientation.of(PhotoFixtures.bytes(PhotoFixtures.JPEG))).isEqualTo(ExifOrientation.UPRIGHT);
    }
}
