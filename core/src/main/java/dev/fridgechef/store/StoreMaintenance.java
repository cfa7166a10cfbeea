package dev.fridgechef.store;

import dev.fridgechef.AtomicFiles;
import dev.fridgechef.i18n.UserException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Restoring a backup and compacting the file: the operations that replace or rewrite the whole store. */
public final class StoreMaintenance {
    public record Restored(Backups.Backup from, Optional<Backups.Backup> previousSavedAs) {
    }

    public record Compacted(long bytesBefore, long bytesAfter) {
    }

    private StoreMaintenance() {
    }

    /**
     * Replaces the store with a backup. The backup is checked first; the store as it is (even a
     * damaged one) is saved as a backup before it is replaced; other processes wait meanwhile.
     * The store must not be open in this process.
     */
    public static Restored restore(Path databasePath, Backups.Backup backup, Clock clock, Duration busyTimeout) {
        Backups backups = Backups.of(databasePath, clock);
        Optional<String> problem = backups.verify(backup.file());
        if (problem.isPresent()) throw new UserException("error.store.backup.bad", backup.file(), problem.get());
        Path file = StoreLocation.databaseFile(databasePath.toAbsolutePath());
        Turn turn = Turn.of(databasePath);
        turn.take(busyTimeout);
        try {
            Files.createDirectories(file.getParent());
            Path incoming = Files.createTempFile(file.getParent(), ".restoring-", ".mv.db");
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
                 FileLock ignored = waitForTurn(channel, busyTimeout)) {
                Optional<Backups.Backup> saved = channel.size() > 0 ? Optional.of(backups.takeRaw(Backups.Kind.BEFORE_RESTORE)) : Optional.empty();
                Backups.extract(backup.file(), incoming);
                StoreFiles.ownerOnly(incoming);
                AtomicFiles.move(incoming, file);
                return new Restored(backup, saved);
            } finally {
                Files.deleteIfExists(incoming);
            }
        } catch (IOException e) {
            throw new UserException("error.store.restore", file, e.getMessage());
        } finally {
            turn.give();
        }
    }

    /** The same operating-system lock H2 takes on the file: while it is held, no process has the store open. */
    private static FileLock waitForTurn(FileChannel channel, Duration busyTimeout) throws IOException {
        long deadline = System.nanoTime() + busyTimeout.toNanos();
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) return lock;
            if (System.nanoTime() > deadline) throw new UserException("error.store.busy", busyTimeout.toSeconds());
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the store", e);
            }
        }
    }

    /** Rewrites the file without its free space; no other work may run in this process meanwhile. */
    public static Compacted compact(Store store) {
        Path file = StoreLocation.databaseFile(store.path());
        try {
            long before = Files.size(file);
            store.connections().releaseKeeper();
            try (Connection c = store.dataSource().getConnection(); Statement st = c.createStatement()) {
                st.execute("SHUTDOWN COMPACT");
            }
            return new Compacted(before, Files.size(file));
        } catch (IOException | SQLException e) {
            throw new UserException("error.store.compact", file, e.getMessage());
        }
    }
}
