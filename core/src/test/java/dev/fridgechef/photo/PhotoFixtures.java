package dev.fridgechef.photo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The committed test photos: a drawn plate of chicken, rice and tomatoes (640 × 480 JPEG, 320 × 240 PNG with a transparent corner). */
final class PhotoFixtures {
    static final String JPEG = "photo/plate.jpg";
    static final String PNG = "photo/plate.png";

    private PhotoFixtures() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = PhotoFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resource copied into {@code dir} as {@code name}. */
    static Path copy(String resource, Path dir, String name) {
        try {
            return Files.write(dir.resolve(name), bytes(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
