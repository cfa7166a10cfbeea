package dev.fridgechef.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** File permissions of the store: the person's health data is readable by its owner alone. */
final class StoreFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private StoreFiles() {
    }

    /** Takes group and other permissions off a file (rw-------) or folder (rwx------) that exists; silently where the file system has none. */
    static void ownerOnly(Path path) {
        if (!POSIX || !Files.exists(path)) return;
        try {
            Set<PosixFilePermission> current = Files.getPosixFilePermissions(path);
            Set<PosixFilePermission> wanted = PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------");
            if (!Files.isWritable(path)) wanted.remove(PosixFilePermission.OWNER_WRITE); // a read-only store stays read-only
            if (!current.equals(wanted)) Files.setPosixFilePermissions(path, wanted);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not ours to change (another owner): the store still works
        }
    }
}
