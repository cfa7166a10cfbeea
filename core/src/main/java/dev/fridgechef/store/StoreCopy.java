package dev.fridgechef.store;

import dev.fridgechef.i18n.UserException;
import org.jdbi.v3.core.Jdbi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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
            store.jdbi().useHandle(h -> h.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'"));
            Path copied = scratch.resolve(StoreLocation.DATABASE_NAME);
            extractDatabase(zip, StoreLocation.databaseFile(copied));
            Map<String, Long> expected = rowCounts(store.jdbi());
            try (Store copy = Store.open(copied)) {
                Map<String, Long> actual = rowCounts(copy.jdbi());
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
            deleteQuietly(scratch);
        }
    }

    private static void extractDatabase(Path zip, Path file) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(StoreLocation.H2_SUFFIX)) {
                    Files.copy((InputStream) in, file);
                    return;
                }
            }
        }
        throw new IOException("the backup has no database file");
    }

    private static Map<String, Long> rowCounts(Jdbi jdbi) {
        return jdbi.withHandle(h -> {
            Map<String, Long> counts = new TreeMap<>();
            for (String table : h.createQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")
                    .mapTo(String.class).list()) {
                counts.put(table, h.createQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"").mapTo(Long.class).one());
            }
            return counts;
        });
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) return;
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a scratch folder left behind is harmless
        }
    }
}
