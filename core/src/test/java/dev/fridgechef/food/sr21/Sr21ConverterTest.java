package dev.fridgechef.food.sr21;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The shipped food resource is exactly what the converter makes from the SR21 files. */
class Sr21ConverterTest {
    @TempDir
    Path dir;

    @Test
    void regeneratingTheResourceGivesTheSameBytes() throws IOException {
        Path source = Path.of("../../shared/data/usda-sr21").toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(source.resolve("ABBREV.txt")), "SR21 source files not present beside the repository");
        Path out = dir.resolve("sr21.tsv.gz");
        Sr21Converter.convert(source, out);
        try (InputStream shipped = getClass().getClassLoader().getResourceAsStream("fridgechef/food/sr21.tsv.gz")) {
            assertThat(shipped).isNotNull();
            assertThat(Files.readAllBytes(out)).isEqualTo(shipped.readAllBytes());
        }
    }
}
