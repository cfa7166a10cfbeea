package dev.fridgechef.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The server's PostgreSQL: the embedded one in the data folder, or an external one given by URL;
 * migrated by Flyway on open, reached through a small connection pool and JDBI. All state shared by
 * the instances lives here.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String MIGRATIONS = "classpath:fridgechef/server/db/migration";

    private final Optional<EmbeddedPostgres> embedded;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(Optional<EmbeddedPostgres> embedded, HikariDataSource dataSource) {
        this.embedded = embedded;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
    }

    /** Starts the embedded PostgreSQL in {@code dataFolder}, then opens it. */
    public static Database embedded(Path dataFolder) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.start(dataFolder);
        try {
            return open(Optional.of(postgres), postgres.jdbcUrl(), postgres.user(), postgres.password());
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    /** An external PostgreSQL. */
    public static Database external(String url, String user, String password) {
        return open(Optional.empty(), url, user, password);
    }

    private static Database open(Optional<EmbeddedPostgres> embedded, String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setPoolName("fridgechef-server");
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            long started = System.nanoTime();
            Flyway.configure().dataSource(dataSource).loggers("slf4j").locations(MIGRATIONS).table("server_schema_history")
                    .load().migrate();
            LOG.info("database_migrated ms={}", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(embedded, dataSource);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** How to reach the embedded server, when this is one (a second instance can share it). */
    public Optional<Target> embeddedTarget() {
        return embedded.map(e -> new Target(e.jdbcUrl(), e.user(), e.password()));
    }

    public record Target(String url, String user, String password) {
    }

    /** Whether the database answers now (the readiness check). */
    public boolean reachable() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        dataSource.close();
        if (embedded.isPresent()) embedded.get().close();
    }
}
