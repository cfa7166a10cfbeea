package dev.fridgechef.store;

import dev.fridgechef.i18n.UserException;
import org.h2.api.ErrorCode;
import org.h2.jdbc.JdbcConnection;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Connections to the store file, which one process at a time holds.
 *
 * <p>The store is an embedded H2 database opened without any server: H2 locks the file with the
 * operating system's file lock while it is open in a process, and the database closes when that
 * process's last connection closes. A process takes its {@link Turn} before it opens the database
 * and gives it back once the database is closed; a process whose turn it is not waits (up to
 * {@link #busyTimeout}) instead of failing. So the CLI, the desktop app and the job
 * worker take turns unit of work by unit of work, every transaction sees every earlier one, and
 * nothing listens on the network. Units of work are milliseconds long; nothing may hold a
 * connection while it waits for a person or a network.
 *
 * <p>To spare a process that does several units in a row from re-opening the file each time, the
 * database stays open for {@link #linger} after the last connection closes (a "keeper" connection),
 * then is closed so that other processes get their turn; a process busy with back-to-back work lets
 * go after {@link #MAX_HOLD} and stands aside briefly when another process waits for the turn
 * ({@link Turn#othersWaiting}), so no process can starve the others and none pays for standing
 * aside when no one waits.
 *
 * <p>Measured before choosing (2 cores): H2's mixed mode (AUTO_SERVER) failed 256 of 400 calls of
 * 4 processes × 100 {@code fridge add} ("Lock file recently modified", broken connections when the
 * serving process exits) and listened on every interface; taking turns failed none.
 */
final class StoreConnections implements DataSource {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StoreConnections.class);
    private static final String USER = "fridgechef";
    /** The longest a process keeps the file through back-to-back units of work before letting others have a turn. */
    private static final Duration MAX_HOLD = Duration.ofMillis(500);
    private static final Duration YIELD = Duration.ofMillis(80);

    private final String url;
    private final Properties properties;
    private final Duration busyTimeout;
    private final Duration linger;
    private final ScheduledExecutorService closer;

    private final Object lock = new Object();
    private int open;
    private Connection keeper;
    private ScheduledFuture<?> pendingClose;
    private boolean closed;
    private long heldSince;
    private long yieldUntil;

    private final Turn turn;
    private boolean holdingTurn;

    StoreConnections(String url, Turn turn, Duration busyTimeout, Duration linger) {
        this.url = url;
        this.turn = turn;
        this.properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", "");
        this.busyTimeout = busyTimeout;
        this.linger = linger;
        this.closer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "store-closer");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public Connection getConnection() throws SQLException {
        long wait;
        synchronized (lock) {
            wait = yieldUntil - System.nanoTime();
        }
        if (wait > 0) sleep(TimeUnit.NANOSECONDS.toMillis(wait) + 1);
        Connection raw;
        synchronized (lock) {
            if (!holdingTurn) {
                turn.take(busyTimeout);
                holdingTurn = true;
            }
            try {
                raw = openWaitingForTurn();
            } catch (SQLException | RuntimeException e) {
                giveTurnIfIdle();
                throw e;
            }
            open++;
            if (pendingClose != null) {
                pendingClose.cancel(false);
                pendingClose = null;
            }
            // the database is open in this process now, so a second connection costs nothing
            if (keeper == null && !linger.isZero()) {
                keeper = new JdbcConnection(url, properties, USER, "", false);
                heldSince = System.nanoTime();
            }
        }
        return tracked(raw);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    /** Opens a connection; while another process holds the file, waits and tries again. */
    private Connection openWaitingForTurn() throws SQLException {
        long deadline = System.nanoTime() + busyTimeout.toNanos();
        long pauseMillis = 2;
        while (true) {
            synchronized (lock) {
                if (closed) throw new SQLException("the store is closed");
            }
            try {
                long t0 = System.nanoTime();
                JdbcConnection c = new JdbcConnection(url, properties, USER, "", false);
                if (LOG.isDebugEnabled()) LOG.debug("store opened in {} ms", (System.nanoTime() - t0) / 1_000_000);
                return c;
            } catch (SQLException e) {
                if (e.getErrorCode() != ErrorCode.DATABASE_ALREADY_OPEN_1) throw e;
                warmUp(); // while another process has its turn: then this one's turn is short
                if (System.nanoTime() > deadline) throw new UserException("error.store.busy", busyTimeout.toSeconds());
            }
            sleep(ThreadLocalRandom.current().nextLong(pauseMillis / 2, pauseMillis + 1));
            pauseMillis = Math.min(50, pauseMillis * 2);
        }
    }

    private static boolean warm;

    /**
     * Loads and compiles H2's engine and JDBI's statement machinery on an in-memory database: the
     * first open of a database in a process costs ~0.5 s of class loading, which should not be spent
     * while holding the file and keeping other processes waiting, and JDBI's first statement registers
     * its Flight Recorder event, a tenth of a second more. A caller that comes while another thread is
     * warming up waits for it.
     */
    static void warmUp() {
        warmUp(() -> { });
    }

    /** The same, running {@code beforeJdbi} between H2 and JDBI (JDBI logs as it starts: the CLI waits there for logging's set-up). */
    static synchronized void warmUp(Runnable beforeJdbi) {
        if (warm) return;
        warm = true;
        try (Connection c = new JdbcConnection("jdbc:h2:mem:", new Properties(), "", "", false);
             var st = c.createStatement()) {
            st.execute("CREATE TABLE warm(id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50), d DATE, q DECIMAL(12,3))");
            st.execute("INSERT INTO warm(name, d, q) VALUES ('x', CURRENT_DATE, 1.5)");
            try (var rs = st.executeQuery("SELECT * FROM warm WHERE id = 1 ORDER BY d FOR UPDATE")) {
                while (rs.next()) rs.getObject(1);
            }
            beforeJdbi.run();
            Store.configure(org.jdbi.v3.core.Jdbi.create(c)).withHandle(h -> h.createQuery("SELECT name FROM warm WHERE id = :id")
                    .bind("id", 1L).mapTo(String.class).findOne());
        } catch (SQLException | RuntimeException e) {
            // only a head start; the real open reports real problems
        }
    }

    private static void sleep(long millis) throws SQLException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the store", e);
        }
    }

    private void released() {
        synchronized (lock) {
            open--;
            if (open > 0 || closed || keeper == null) {
                giveTurnIfIdle();
                return;
            }
            if (System.nanoTime() - heldSince > MAX_HOLD.toNanos() && turn.othersWaiting()) {
                // held long enough through back-to-back work while another process waits: let go now and
                // stand aside for longer than a waiting process sleeps between tries, so that it gets its turn
                closeKeeper();
                yieldUntil = System.nanoTime() + YIELD.toNanos();
                return;
            }
            pendingClose = closer.schedule(this::closeKeeperIfIdle, linger.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void closeKeeperIfIdle() {
        synchronized (lock) {
            if (open == 0) closeKeeper();
        }
    }

    /** Once this process has no connection and no keeper, the database is closed: other processes may have their turn. */
    private void giveTurnIfIdle() {
        if (holdingTurn && open == 0 && keeper == null) {
            turn.give();
            holdingTurn = false;
        }
    }

    private void closeKeeper() {
        if (keeper == null) {
            giveTurnIfIdle();
            return;
        }
        if (LOG.isDebugEnabled()) LOG.debug("store released after {} ms", (System.nanoTime() - heldSince) / 1_000_000);
        try {
            keeper.close();
        } catch (SQLException e) {
            // the database closes with the last connection either way
        }
        keeper = null;
        giveTurnIfIdle();
    }

    /** Lets the file go now (before the database is shut down or compacted); the next unit of work opens it again. */
    void releaseKeeper() {
        synchronized (lock) {
            if (pendingClose != null) pendingClose.cancel(false);
            pendingClose = null;
            closeKeeper();
        }
    }

    /** Closes the keeper so the file is free at once; connections still open close the database when they end. */
    void close() {
        synchronized (lock) {
            closed = true;
            if (pendingClose != null) pendingClose.cancel(false);
            closeKeeper();
        }
        closer.shutdownNow();
    }

    /** A connection whose close() is counted, so the keeper knows when the process stopped using the store. */
    private Connection tracked(Connection raw) {
        InvocationHandler handler = new InvocationHandler() {
            private boolean released;

            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                if (method.getName().equals("close") && method.getParameterCount() == 0) {
                    try {
                        raw.close();
                    } finally {
                        if (!released) {
                            released = true;
                            released();
                        }
                    }
                    return null;
                }
                try {
                    return method.invoke(raw, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class}, handler);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return (int) busyTimeout.toSeconds();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger("dev.fridgechef.store");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) return iface.cast(this);
        throw new SQLException("not a wrapper of " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
