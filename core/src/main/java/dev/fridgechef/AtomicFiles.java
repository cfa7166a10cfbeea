package dev.fridgechef;

import dev.fridgechef.i18n.UserException;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes a whole file or nothing: a temporary file beside it, then a move into place. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Replaces {@code file} with {@code content}, making its folder if needed. With {@code ownerOnly} the
     * file is readable by its owner alone (rw-------) where the file system has POSIX permissions, from the
     * moment it exists; else it gets the permissions of any new file (rw-r--r-- less the umask), not the
     * owner-only ones of the temporary file it is written as.
     */
    public static void write(Path file, byte[] content, boolean ownerOnly) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path tmp = posix
                ? Files.createTempFile(folder, file.getFileName() + ".", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(ownerOnly ? "rw-------" : "rw-r--r--")))
                : Files.createTempFile(folder, file.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, content);
            move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes a file the person asked for (an export) the one way every export does: whole or not at all,
     * into a folder that must exist (a typo in a path is not made into new folders), never over a folder;
     * {@code personal}: readable by the owner only. Problems are a {@link UserException} that names the file.
     */
    public static void writeExport(Path file, byte[] content, boolean personal) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) throw new UserException("error.file.write", file, "no such folder: " + folder);
        if (Files.isDirectory(file)) throw new UserException("error.file.write", file, "it is a folder");
        try {
            write(file, content, personal);
        } catch (IOException e) {
            throw new UserException("error.file.write", file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Moves {@code from} over {@code to} atomically where the file system can, else as a plain replace. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
