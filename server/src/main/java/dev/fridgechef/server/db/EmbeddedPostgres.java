package dev.fridgechef.server.db;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

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
 *
 * <p><b>Access.</b> initdb leaves "trust" authentication, which would let any local user connect
 * to the port as the superuser. So the first start gives the {@code postgres} role a random password,
 * kept in {@code DATA/postgres-password} (owner-only), and replaces pg_hba.conf with password-only
 * (scram-sha-256) rules; later starts connect with it. The data folder itself is made owner-only, which
 * also covers zonky's world-writable binaries folder inside it.
 *
 * <p><b>After a crash.</b> A server killed without stopping (kill -9, power loss of the JVM only)
 * leaves its postmaster running, and pg_ctl would then wait in vain for a new one. The data folder is
 * locked by one server at a time ({@code DATA/server.lock}), so a postmaster found running on this
 * cluster at start is an orphan of this folder: it is asked to stop (SIGTERM) before the new start.
 * Commits are synchronous (zonky's default for tests turns that off; this is the server's data).
 */
public final class EmbeddedPostgres implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;

    private final String password;
    private final FileChannel folderLock;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres, String password, FileChannel folderLock) {
        this.postgres = postgres;
        this.password = password;
        this.folderLock = folderLock;
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
        ownerOnly(dataFolder);
        FileChannel lockChannel = FileChannel.open(dataFolder.resolve("server.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            lock = null;
        }
        if (lock == null) {
            lockChannel.close();
            throw new IOException("another Fridge Chef server is using the data folder " + dataFolder);
        }
        try {
            return start(dataFolder, cluster, binaries, lockChannel);
        } catch (IOException | RuntimeException e) {
            lockChannel.close();
            throw e;
        }
    }

    private static EmbeddedPostgres start(Path dataFolder, Path cluster, Path binaries, FileChannel lock) throws IOException {
        Path passwordFile = dataFolder.resolve("postgres-password");
        stopOrphan(cluster);
        Optional<String> password = Files.exists(passwordFile) ? Optional.of(Files.readString(passwordFile).strip()) : Optional.empty();
        long started = System.nanoTime();
        var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder();
        password.ifPresent(p -> builder.setConnectConfig("password", p));
        var postgres = builder
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false) // the default wipes the cluster: this one is the server's data
                .setOverrideWorkingDirectory(binaries.toFile())
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "50")
                .setServerConfig("synchronous_commit", "on")
                .setPGStartupWait(Duration.ofSeconds(60))
                .setRegisterShutdownHook(true) // stops it if the JVM ends without close()
                .start();
        if (password.isEmpty()) {
            try {
                password = Optional.of(secure(postgres, cluster, passwordFile));
            } catch (IOException | SQLException | RuntimeException e) {
                postgres.close();
                throw new IOException("could not set the embedded PostgreSQL's password: " + e.getMessage(), e);
            }
        }
        LOG.info("embedded_postgres_started cluster={} port={} ms={}", cluster, postgres.getPort(),
                (System.nanoTime() - started) / 1_000_000);
        return new EmbeddedPostgres(postgres, password.orElseThrow(), lock);
    }

    /** Stops a postmaster left running on this cluster by a server that died without stopping it. */
    private static void stopOrphan(Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return;
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        } catch (RuntimeException unreadable) {
            return; // postgres itself handles a stale or broken pid file
        }
        Optional<ProcessHandle> orphan = ProcessHandle.of(pid)
                .filter(p -> p.info().commandLine().map(c -> c.contains("postgres") && c.contains(cluster.toString())).orElse(false));
        if (orphan.isEmpty()) return;
        LOG.warn("embedded_postgres_orphan pid={} stopping it", pid);
        orphan.get().destroy();
        try {
            orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("a PostgreSQL left running on " + cluster + " (pid " + pid + ") did not stop", e);
        }
    }

    /** A random password for the superuser, saved first, then set, then required by pg_hba.conf. */
    private static String secure(io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres, Path cluster, Path passwordFile)
            throws IOException, SQLException {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random); // [A-Za-z0-9_-]: safe inline
        Path written = passwordFile.resolveSibling(passwordFile.getFileName() + ".new");
        Files.writeString(written, password + "\n");
        ownerOnly(written);
        Files.move(written, passwordFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER ROLE postgres PASSWORD '" + password + "'");
            Files.writeString(cluster.resolve("pg_hba.conf"), """
                    # Fridge Chef: password only (the password is in ../postgres-password)
                    local all all scram-sha-256
                    host  all all 127.0.0.1/32 scram-sha-256
                    host  all all ::1/128 scram-sha-256
                    """);
            s.execute("SELECT pg_reload_conf()");
        }
        return password;
    }

    private static void ownerOnly(Path path) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
    }

    public String user() {
        return "postgres";
    }

    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            folderLock.close();
        }
    }

    static boolean runningAsRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (LinkageError | RuntimeException notUnix) {
            return false;
        }
    }
}
