package dev.fridgechef.store;

import dev.fridgechef.i18n.UserException;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Copies an open store to another folder (the desktop app's "Move data"). H2's {@code BACKUP TO}
 * writes a transactionally consistent copy while the store stays in use; the database file is taken
 * out of that zip into a scratch folder, opened there and checked (every table has as many rows as
 * the original), and only then moved into place as {@code fridgechef.mv.db}. The original file is
 * never touched, and a folder that already has a store is never overwritten.
 */
public final class StoreCopy {
    private StoreCopy() {
    }

    /** Whether {@code folder} already holds a store (the caller may offer to use it as it is). */
    public static boolean hasStore(Path folder) {
        return Files.isRegularFile(StoreLocation.databaseFile(folder.resolve(StoreLocation.DATABASE_NAME)));
    }

    /** Copies the store into {@code folder} and returns the new database path (without ".mv.db"). */
    public static Path copy(Store store, Path folder) {
        Path target = folder.toAbsolutePath().resolve(StoreLocation.DATABASE_NAME);
        if (hasStore(folder)) throw new UserException("error.store.move.exists", StoreLocation.databaseFile(target));
        Path scratch = null;
        try {
            Files.createDirectories(folder);
            scratch = Files.createTempDirectory(folder, ".fridgechef-moving-");
            Path zip = scratch.resolve("backup.zip");
            Backups.write(store, zip);
            Path copied = scratch.resolve(StoreLocation.DATABASE_NAME);
            Backups.extract(zip, StoreLocation.databaseFile(copied));
            Map<String, Long> expected = rowCounts(store);
            try (Store copy = Store.open(copied, StoreOptions.DEFAULT.withoutBackups())) {
                Map<String, Long> actual = rowCounts(copy);
                if (!actual.equals(expected)) throw new IOException("the copy differs from the original: " + actual + " vs " + expected);
            }
            try {
                Files.move(StoreLocation.databaseFile(copied), StoreLocation.databaseFile(target), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(StoreLocation.databaseFile(copied), StoreLocation.databaseFile(target));
            }
            return target;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserException u) throw u;
            throw new UserException("error.store.move", folder, e.getMessage());
        } finally {
            Backups.deleteTree(scratch);
        }
    }

    /** Rows per table, every row read (see {@link StoreCheck}); a table that does not read fails the copy. */
    private static Map<String, Long> rowCounts(Store store) throws IOException {
        StoreCheck.Result result = StoreCheck.check(store);
        if (result.problem().isPresent()) throw new IOException(result.problem().get());
        return result.rows();
    }
}
