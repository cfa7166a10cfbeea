package dev.fridgechef.store;

import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;
import org.jdbi.v3.core.Jdbi;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded H2 database in one file, shared by the CLI, the desktop app and the job worker by
 * taking turns (see {@link StoreConnections}): no server, no network port, the file readable by its
 * owner alone. The schema is created and upgraded by the Flyway migrations in
 * {@code fridgechef/db/migration}; a store that was used before gets a backup on the first use of
 * each day ({@link Backups}). A file that cannot be a good store (empty, damaged, from a newer
 * version) is never replaced: opening it fails with a {@link StoreDamagedException} that names the
 * newest backup.
 */
public final class Store implements AutoCloseable {
    static final String MIGRATIONS = "fridgechef/db/migration";
    /** The highest migration version; raise it with every new {@code V<n>__*.sql} (a test checks). */
    static final int SCHEMA_VERSION = 22;

    private final Path path;
    private final StoreConnections connections;
    private final Jdbi jdbi;
    private final boolean readOnly;

    private Store(Path path, StoreConnections connections, boolean readOnly) {
        this.path = path;
        this.connections = connections;
        this.jdbi = configure(Jdbi.create(connections));
        this.readOnly = readOnly;
    }

    /** Opens (creating if needed) the store at {@code path}, given without H2's ".mv.db" suffix. */
    public static Store open(Path path) {
        return open(path, StoreOptions.DEFAULT);
    }

    public static Store open(Path path, StoreOptions options) {
        Path file = StoreLocation.databaseFile(path.toAbsolutePath());
        boolean existed = Files.exists(file);
        if (existed && !Files.isRegularFile(file)) throw StoreDamagedException.of(path, "not a regular file");
        if (existed && !Files.isReadable(file)) throw new dev.fridgechef.i18n.UserException("error.store.unreadable", file);
        if (existed && size(file) == 0) throw StoreDamagedException.of(path, "the file is empty (0 bytes)");
        Path parent = file.getParent();
        if (!existed && Files.isDirectory(parent) && !Files.isWritable(parent)) {
            throw new dev.fridgechef.i18n.UserException("error.store.folder.readonly", parent);
        }
        createFolder(path);
        boolean readOnly = existed && !Files.isWritable(file);
        StoreConnections connections = new StoreConnections(url(path, readOnly, options.compactOnClose()), Turn.of(path), options.busyTimeout(), options.linger());
        Store store = new Store(path.toAbsolutePath(), connections, readOnly);
        try {
            store.prepare(options, existed);
        } catch (RuntimeException e) {
            connections.close();
            if (!existed && !(e instanceof dev.fridgechef.i18n.UserException)) {
                throw new dev.fridgechef.i18n.UserException("error.store.open", path, StoreDamagedException.reason(e));
            }
            throw StoreDamagedException.translate(path, e);
        }
        return store;
    }

    /** See {@link #compactIfSparse}. */
    static final int COMPACT_BELOW_FILL_PERCENT = 50;
    static final long COMPACT_ABOVE_BYTES = 512 * 1024;

    private static String url(Path path, boolean readOnly, boolean compactOnClose) {
        // WRITE_DELAY=0: a commit reaches the file before the call returns (H2's default keeps it in memory for
        // up to 0.5 s, so a killed process lost work it had reported done).
        // TRACE_LEVEL_FILE=0: no ".trace.db" files beside the store (errors reach the app's own handling).
        // FILE_LOCK=NO: no ".lock.db" file and its watchdog; MVStore locks the ".mv.db" file itself
        // (an OS file lock), which is what makes processes take turns.
        // MAX_COMPACT_TIME=0 without compactOnClose: H2 compacts the file each time the database closes,
        // which costs a new process 0.1-0.2 s whatever the time allowed (a year of diary, 3 MB: 100-360 ms
        // with 5 ms or 200 ms allowed, 2-11 ms with none); a command compacts on opening instead, when the
        // file has become sparse (compactIfSparse).
        return "jdbc:h2:file:" + path.toAbsolutePath() + ";FILE_LOCK=NO;LOCK_TIMEOUT=10000;TRACE_LEVEL_FILE=0;WRITE_DELAY=0"
                + (compactOnClose ? "" : ";MAX_COMPACT_TIME=0") + (readOnly ? ";ACCESS_MODE_DATA=r" : "");
    }

    private void prepare(StoreOptions options, boolean existed) {
        if (!isCurrent(connections)) {
            if (readOnly) throw new StoreDamagedException("error.store.readonly.old", path);
            if (existed && options.backups()) Backups.of(path, options.clock()).take(this, Backups.Kind.BEFORE_UPGRADE);
            Flyway.configure()
                    .dataSource(connections)
                    .loggers("slf4j")
                    .locations("classpath:" + MIGRATIONS)
                    .load()
                    .migrate();
        }
        StoreFiles.ownerOnly(StoreLocation.databaseFile(path));
        if (existed && !readOnly && options.backups()) Backups.of(path, options.clock()).dailyIfDue(this);
        if (existed && !readOnly) compactIfSparse();
    }

    /**
     * Rewrites the file when less than {@link #COMPACT_BELOW_FILL_PERCENT} of its chunks is live data and it
     * is larger than {@link #COMPACT_ABOVE_BYTES}. A command's closing does not compact (see {@link #url}),
     * and without compaction each unit of work leaves its chunks behind for a while; checked on every
     * opening (one query), the file stays within about twice its live data (scripts/bench.sh store-close).
     */
    private void compactIfSparse() {
        long size = 0;
        int fill = 100;
        try (Connection c = connections.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                     + " WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.CHUNKS_FILL_RATE')")) {
            while (rs.next()) {
                if (rs.getString(1).equals("info.FILE_SIZE")) size = Long.parseLong(rs.getString(2));
                else fill = Integer.parseInt(rs.getString(2));
            }
        } catch (SQLException | NumberFormatException e) {
            return; // only housekeeping: the store works as it is
        }
        if (size <= COMPACT_ABOVE_BYTES || fill >= COMPACT_BELOW_FILL_PERCENT) return;
        long start = System.nanoTime();
        try {
            StoreMaintenance.Compacted done = StoreMaintenance.compact(this);
            LoggerFactory.getLogger(Store.class).info("store compacted from {} KB ({} % live) to {} KB in {} ms", done.bytesBefore() / 1024, fill,
                    done.bytesAfter() / 1024, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Store.class).warn("compacting the store failed: {}", e.toString());
        }
    }

    /**
     * Whether the schema is already at {@link #SCHEMA_VERSION} with every migration applied. Flyway
     * itself costs a third of a second to start, which every CLI call would pay; it runs only when
     * there is something to do. A store from a newer version of the app is refused.
     */
    private static boolean isCurrent(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", "flyway_schema_history", null)) {
                if (!tables.next()) return false;
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FILTER (WHERE NOT \"success\"), "
                    + "MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
                rs.next();
                if (rs.getInt(2) > SCHEMA_VERSION) throw new StoreDamagedException("error.store.newer", rs.getInt(2), SCHEMA_VERSION);
                return rs.getInt(1) == 0 && rs.getInt(2) == SCHEMA_VERSION;
            }
        } catch (SQLException e) {
            throw StoreDamagedException.translate(null, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createFolder(Path path) {
        Path parent = path.toAbsolutePath().getParent();
        if (parent == null || Files.isDirectory(parent)) return;
        try {
            Files.createDirectories(parent);
            StoreFiles.ownerOnly(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder for " + path, e);
        }
    }

    /**
     * Loads the database engine without touching any store, so that a process that does it while
     * it loads other things (the food table) holds the store file for less time.
     */
    public static void warmUp() {
        StoreConnections.warmUp();
    }

    /** The same, running {@code beforeJdbi} after the engine's warm-up and before JDBI's, which logs as it starts. */
    public static void warmUp(Runnable beforeJdbi) {
        StoreConnections.warmUp(beforeJdbi);
    }

    /** JDBI as the store uses it: our quick parameter parser, and no templates (our SQL has no {@code <attribute>}s). */
    static Jdbi configure(Jdbi jdbi) {
        jdbi.getConfig(org.jdbi.v3.core.statement.SqlStatements.class)
                .setSqlParser(NamedParameters.INSTANCE)
                .setTemplateEngine(org.jdbi.v3.core.statement.TemplateEngine.NOP);
        return jdbi;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Path path() {
        return path;
    }

    /** Whether the file could only be opened for reading (changes are refused with a clear message). */
    public boolean readOnly() {
        return readOnly;
    }

    /** The connections, for the store's own tools (backups, compaction). */
    DataSource dataSource() {
        return connections;
    }

    StoreConnections connections() {
        return connections;
    }

    @Override
    public void close() {
        connections.close();
    }
}
