package dev.fridgechef;

import dev.fridgechef.i18n.UserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files written whole or not at all, with the permissions they should have, and the one rule for exports. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aPersonalFileIsTheOwnersAloneAndAnyOtherHasTheUsualPermissionsOfANewFile() throws Exception {
        Path probe = Files.createFile(dir.resolve("probe")); // rw-rw-rw- less this process's umask
        AtomicFiles.write(dir.resolve("shared.txt"), bytes("a recipe"), false);
        AtomicFiles.write(dir.resolve("personal.txt"), bytes("a diary"), true);

        assertThat(Files.getPosixFilePermissions(dir.resolve("personal.txt"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        var usual = Files.getPosixFilePermissions(probe);
        usual.retainAll(PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(Files.getPosixFilePermissions(dir.resolve("shared.txt"))).isEqualTo(usual);
    }

    @Test
    void anExportGoesIntoAFolderThatExistsAndNeverOverAFolder() throws Exception {
        Path typo = dir.resolve("reprots/plan.pdf");
        assertThatThrownBy(() -> AtomicFiles.writeExport(typo, bytes("%PDF"), false))
                .isInstanceOf(UserException.class).hasMessageContaining("no such folder");
        assertThat(dir.resolve("reprots")).doesNotExist();

        Files.createDirectory(dir.resolve("plan.pdf"));
        assertThatThrownBy(() -> AtomicFiles.writeExport(dir.resolve("plan.pdf"), bytes("%PDF"), false))
                .isInstanceOf(UserException.class).hasMessageContaining("it is a folder");

        Path file = dir.resolve("shopping.pdf");
        AtomicFiles.writeExport(file, bytes("old"), false);
        AtomicFiles.writeExport(file, bytes("new"), false);
        assertThat(Files.readString(file)).isEqualTo("new");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).doesNotContain("shopping.pdf.tmp").noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
