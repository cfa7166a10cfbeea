package dev.fridgechef.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded H2 database. Opened in H2's mixed mode (AUTO_SERVER): the first process to open
 * the file serves it on a loopback port and every later process (the desktop app beside the CLI)
 * connects through it, so two processes share one store without "database is locked" failures.
 * The schema is created and upgraded by the versioned Flyway migrations in
 * {@code fridgechef/db/migration}.
 */
public final class Store implements AutoCloseable {
    private final Path path;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;

    private Store(Path path, JdbcConnectionPool pool) {
        this.path = path;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    /** Opens (creating if needed) the store at {@code path}, given without H2's ".mv.db" suffix. */
    public static Store open(Path path) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder for " + path, e);
        }
        String url = "jdbc:h2:file:" + path.toAbsolutePath() + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "fridgechef", "");
        pool.setMaxConnections(8);
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .loggers("slf4j")
                    .locations("classpath:fridgechef/db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return new Store(path, pool);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
