package dev.fridgechef.store;

import dev.fridgechef.i18n.UserException;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The store file exists but cannot be used as it is (empty, damaged, written by a newer version).
 * The message names the newest backup and the command that restores it; nothing was changed.
 */
public final class StoreDamagedException extends UserException {
    StoreDamagedException(String key, Object... args) {
        super(key, args);
    }

    static StoreDamagedException of(Path path, String reason) {
        Path file = StoreLocation.databaseFile(path.toAbsolutePath());
        Optional<Backups.Backup> newest = Backups.of(path, java.time.Clock.systemDefaultZone()).newestGood();
        return newest.map(b -> new StoreDamagedException("error.store.damaged.backup", file, reason, b.label(), b.file()))
                .orElseGet(() -> new StoreDamagedException("error.store.damaged", file, reason));
    }

    /** An error met while opening an existing store, as the person should read it. */
    static RuntimeException translate(Path path, Exception e) {
        if (e instanceof UserException u) return u;
        if (path == null) return e instanceof RuntimeException r ? r : new IllegalStateException(e);
        return of(path, reason(e));
    }

    /** H2's message without its error code and SQL, e.g. "File corrupted while reading record ...". */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getMessage() != null) {
                String m = s.getMessage();
                int code = m.lastIndexOf(" [");
                if (code > 0) m = m.substring(0, code);
                int sql = m.indexOf("; SQL statement:");
                if (sql > 0) m = m.substring(0, sql);
                int hint = m.indexOf(". Possible solution");
                if (hint > 0) m = m.substring(0, hint);
                return m.lines().findFirst().orElse(m).trim();
            }
        }
        return String.valueOf(e.getMessage());
    }
}
