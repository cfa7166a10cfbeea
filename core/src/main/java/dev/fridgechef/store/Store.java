package dev.fridgechef.store;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
    static final String MIGRATIONS = "fridgechef/db/migration";
    /** The highest migration version; raise it with every new {@code V<n>__*.sql} (a test checks). */
    static final int SCHEMA_VERSION = 8;

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
            if (!isCurrent(pool)) {
                Flyway.configure()
                        .dataSource(pool)
                        .loggers("slf4j")
                        .locations("classpath:" + MIGRATIONS)
                        .load()
                        .migrate();
            }
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return new Store(path, pool);
    }

    /**
     * Whether the schema is already at {@link #SCHEMA_VERSION} with every migration applied. Flyway
     * itself costs a third of a second to start, which every CLI call would pay; it runs only when
     * there is something to do.
     */
    private static boolean isCurrent(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", "flyway_schema_history", null)) {
                if (!tables.next()) return false;
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FILTER (WHERE NOT \"success\"), "
                    + "MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
                rs.next();
                return rs.getInt(1) == 0 && rs.getInt(2) == SCHEMA_VERSION;
            }
        } catch (SQLException e) {
            return false; // let Flyway look and report
        }
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
