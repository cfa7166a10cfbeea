package dev.fridgechef.store;

import dev.fridgechef.i18n.UserException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A process's turn on one store: an operating-system lock on the file {@code <store>.turn} beside
 * it, taken before the database is opened and given back once it is closed. Waiting for a turn
 * costs a system call every few milliseconds, where waiting by trying to open the database costs
 * the database engine's work each time (and so CPU the process whose turn it is needs). Threads of
 * one process share its turn. Where the file cannot be made (a read-only folder) there is no turn
 * file and processes wait by retrying the database itself.
 * <p>The turn is an exclusive lock on the file's first byte; a process waiting for it holds a shared
 * lock on the second byte meanwhile, so the process whose turn it is can tell whether anyone waits
 * ({@link #othersWaiting}) and needs to stand aside only then.
 */
final class Turn {
    private static final Map<Path, Turn> TURNS = new HashMap<>();
    /**
     * How long a process that just gave its turn back waits before taking it again: longer than a
     * waiting process sleeps between tries, so a process busy with unit after unit cannot take
     * every turn and starve the others.
     */
    private static final long COURTESY_NANOS = 12_000_000;
    private static final long TURN_BYTE = 0;
    private static final long WAITING_BYTE = 1;

    private final Path file;
    private FileChannel channel;
    private FileLock lock;
    private int holders;
    private long givenAt;

    private Turn(Path file) {
        this.file = file;
    }

    static Turn of(Path databasePath) {
        Path file = databasePath.toAbsolutePath().normalize().resolveSibling(databasePath.getFileName() + ".turn");
        synchronized (TURNS) {
            return TURNS.computeIfAbsent(file, Turn::new);
        }
    }

    /** Takes the turn, waiting up to {@code timeout} for other processes; joins it when this process has it. */
    synchronized void take(Duration timeout) {
        if (holders > 0) {
            holders++;
            return;
        }
        long courtesy = givenAt + COURTESY_NANOS - System.nanoTime();
        if (givenAt != 0 && courtesy > 0) {
            try {
                Thread.sleep(courtesy / 1_000_000 + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException | SecurityException e) {
            holders++; // no turn file here: the database's own lock decides
            return;
        }
        StoreFiles.ownerOnly(file);
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean warmed = false;
        FileLock waiting = null;
        try {
            while ((lock = channel.tryLock(TURN_BYTE, 1, false)) == null) {
                if (!warmed) {
                    waiting = channel.tryLock(WAITING_BYTE, 1, true);
                    StoreConnections.warmUp(); // while another process has its turn
                    warmed = true;
                }
                if (System.nanoTime() > deadline) throw new UserException("error.store.busy", timeout.toSeconds());
                Thread.sleep(ThreadLocalRandom.current().nextLong(1, 6));
            }
        } catch (IOException e) {
            closeChannel(); // not lockable (some network file systems): the database's own lock decides
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeChannel();
            throw new UserException("error.store.busy", timeout.toSeconds());
        } catch (RuntimeException e) {
            closeChannel();
            throw e;
        }
        release(waiting);
        holders++;
    }

    /**
     * Whether another process waits for the turn (or this cannot be told: no turn file, or a lock the
     * file system refuses), so the holder should let go and stand aside.
     */
    synchronized boolean othersWaiting() {
        if (channel == null || lock == null) return true;
        try {
            FileLock probe = channel.tryLock(WAITING_BYTE, 1, false);
            if (probe == null) return true;
            probe.release();
            return false;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    private static void release(FileLock lock) {
        try {
            if (lock != null && lock.isValid()) lock.release();
        } catch (IOException e) {
            // closing the channel releases it either way
        }
    }

    /** Gives the turn back when the last of this process's holders is done. */
    synchronized void give() {
        if (holders == 0) return;
        if (--holders > 0) return;
        closeChannel();
        givenAt = System.nanoTime();
    }

    private void closeChannel() {
        try {
            if (lock != null) lock.release();
            if (channel != null) channel.close();
        } catch (IOException e) {
            // closing the channel releases the lock either way
        }
        lock = null;
        channel = null;
    }
}
