package dev.fridgechef.gui.sync;

import dev.fridgechef.sync.SyncResult;
import dev.fridgechef.sync.SyncTransport;
import dev.fridgechef.sync.http.HttpSyncTransport;
import dev.fridgechef.sync.http.SyncCredentials;
import dev.fridgechef.sync.http.SyncLogin;
import dev.fridgechef.sync.store.DeviceSync;
import dev.fridgechef.sync.store.SyncStore;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The desktop app's background sync. While the store is linked and this device's login is valid, it
 * syncs shortly after start, every few minutes, and a few seconds after the outbox grew (a change made
 * here or by the fridge command; more changes push the sync back). Everything runs on one timer thread,
 * so syncs, logins and logouts never overlap and the FX thread never waits. The outcome is published
 * to {@link #status()} on the FX thread.
 */
public final class SyncController implements AutoCloseable {
    public static final String DEVICE_NAME = "Fridge Chef desktop";

    /** How a sync reaches the server: HTTP in the app, a fake in tests. */
    public interface Transports {
        SyncTransport open(SyncStore.Link link, SyncCredentials credentials);

        static Transports http(Duration timeout) {
            return (link, credentials) -> new HttpSyncTransport(link.serverUrl(), credentials, link.deviceId(), DEVICE_NAME, timeout);
        }
    }

    /** When to sync: after start, then every {@code every}; {@code afterChange} after the outbox last grew, looked at every {@code watch}. */
    public record Timing(Duration firstSync, Duration every, Duration afterChange, Duration watch) {
        public static final Timing DEFAULT = new Timing(Duration.ofSeconds(3), Duration.ofMinutes(5), Duration.ofSeconds(5), Duration.ofSeconds(2));
    }

    private final SyncStore store;
    private final SyncCredentials credentials;
    private final Transports transports;
    private final Timing timing;
    private final SyncLogin logins;
    private final ScheduledExecutorService timer;
    private final ReadOnlyObjectWrapper<SyncStatus> status = new ReadOnlyObjectWrapper<>(SyncStatus.unlinked());
    private final List<Runnable> dataListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<SyncNotice>> noticeListeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    // the timer thread's own
    private volatile SyncStatus current = SyncStatus.unlinked();
    private Instant lastSynced;
    private int lastPending = -1;
    private ScheduledFuture<?> afterChange;

    public SyncController(SyncStore store, SyncCredentials credentials, Transports transports, Timing timing, Duration loginTimeout) {
        this.store = store;
        this.credentials = credentials;
        this.transports = transports;
        this.timing = timing;
        this.logins = new SyncLogin(store, credentials, DEVICE_NAME, loginTimeout);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fridgechef-sync");
            t.setDaemon(true);
            return t;
        });
    }

    /** The indicator's state; changes on the FX thread. */
    public ReadOnlyObjectProperty<SyncStatus> status() {
        return status.getReadOnlyProperty();
    }

    /** Called on the FX thread after a sync changed stock items, diary entries or profile fields here. */
    public void onDataChanged(Runnable listener) {
        dataListeners.add(listener);
    }

    /** Called on the FX thread when a sync has something to tell (items used up by a merge, clocks ahead). */
    public void onNotice(Consumer<SyncNotice> listener) {
        noticeListeners.add(listener);
    }

    /** Starts the timers; again is harmless. */
    public void start() {
        if (!started.compareAndSet(false, true)) return;
        run(this::watch);
        timer.schedule(guarded(this::syncOnce), timing.firstSync().toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(guarded(this::syncOnce), timing.every().toMillis(), timing.every().toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(guarded(this::watch), timing.watch().toMillis(), timing.watch().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A sync as soon as the one running (if any) ends; asking again meanwhile adds nothing. */
    public void syncNow() {
        if (queued.compareAndSet(false, true)) run(this::syncOnce);
    }

    /** What the Settings pane shows; reads the store, so call it off the FX thread. */
    public record Details(Optional<SyncStore.Link> link, boolean loggedIn, int pending) {
    }

    public Details details() {
        Optional<SyncStore.Link> link = store.link();
        return new Details(link, link.flatMap(this::login).isPresent(), store.pending());
    }

    /** Logs in (blocking: call it off the FX thread), then syncs. Errors are {@link dev.fridgechef.i18n.UserException}s with their message key. */
    public SyncLogin.LoggedIn login(String server, String user, String password, SyncLogin.LocalStock localStock, java.nio.file.Path setAsideFile) {
        SyncLogin.LoggedIn done = onTimer(() -> {
            SyncLogin.LoggedIn in = logins.login(server, user, password, localStock, setAsideFile);
            watch();
            return in;
        });
        syncNow();
        return done;
    }

    /** Logs out (blocking): the session on the server ends when reachable; unsent changes stay. */
    public SyncLogin.LoggedOut logout() {
        return onTimer(() -> {
            SyncLogin.LoggedOut out = logins.logout();
            watch();
            return out;
        });
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private void syncOnce() {
        queued.set(false);
        if (afterChange != null) afterChange.cancel(false); // this sync takes the change along
        afterChange = null;
        Optional<SyncStore.Link> link = store.link();
        if (link.isEmpty()) {
            publish(SyncStatus.unlinked());
            return;
        }
        if (login(link.get()).isEmpty()) {
            publish(new SyncStatus(SyncStatus.Kind.LOGIN, store.pending(), lastSynced(link.get()), null, false));
            return;
        }
        publish(current.running(true));
        RecordingTransport transport = new RecordingTransport(transports.open(link.get(), credentials));
        SyncStatus after;
        try {
            DeviceSync.Report report = new DeviceSync(store, transport).sync();
            after = outcome(report.result(), transport, link.get());
            tell(report.result(), transport);
            if (report.itemsChanged() + report.diaryEntriesChanged() + report.profileFieldsChanged() > 0) dataListeners.forEach(Platform::runLater);
        } catch (RuntimeException e) {
            after = new SyncStatus(SyncStatus.Kind.ERROR, store.pending(), lastSynced, e.getMessage(), false);
        }
        lastPending = after.pending();
        publish(after);
    }

    private SyncStatus outcome(SyncResult result, RecordingTransport transport, SyncStore.Link link) {
        int pending = store.pending();
        return switch (result.status()) {
            case SyncResult.Synced s -> {
                lastSynced = store.link().map(SyncStore.Link::lastSyncAt).orElse(null);
                yield new SyncStatus(SyncStatus.Kind.SYNCED, pending, lastSynced, null, false);
            }
            case SyncResult.Pending p -> new SyncStatus(SyncStatus.Kind.PENDING, pending, lastSynced, p.why(), false);
            case SyncResult.Failed f -> {
                IOException failure = transport.failure();
                SyncStatus.Kind kind = failure instanceof HttpSyncTransport.LoginRequiredException || login(link).isEmpty() ? SyncStatus.Kind.LOGIN
                        : failure instanceof HttpSyncTransport.ServerException || failure == null ? SyncStatus.Kind.ERROR
                        : SyncStatus.Kind.OFFLINE;
                yield new SyncStatus(kind, pending, lastSynced, f.message(), false);
            }
        };
    }

    private void tell(SyncResult result, RecordingTransport transport) {
        List<String> server = transport.inner() instanceof HttpSyncTransport http ? http.serverWarnings() : List.of();
        SyncNotice notice = new SyncNotice(result.overdrawnItems(), result.driftWarnings(), server);
        if (!notice.isEmpty()) noticeListeners.forEach(l -> Platform.runLater(() -> l.accept(notice)));
    }

    /** Follows the store: linked or not, logged in or not, and the outbox growing (which asks for a sync soon). */
    private void watch() {
        Optional<SyncStore.Link> link = store.link();
        if (link.isEmpty()) {
            if (current.linked()) publish(SyncStatus.unlinked());
            lastPending = -1;
            return;
        }
        boolean loggedIn = login(link.get()).isPresent();
        int pending = store.pending();
        // linked or logged in meanwhile (by the fridge command, say): sync soon rather than in minutes
        boolean becameReady = loggedIn && (!current.linked() || current.kind() == SyncStatus.Kind.LOGIN);
        if (!current.linked() || (loggedIn && current.kind() == SyncStatus.Kind.LOGIN)) {
            publish(initial(link.get(), loggedIn, pending));
        } else if (!loggedIn && current.kind() != SyncStatus.Kind.LOGIN) {
            publish(new SyncStatus(SyncStatus.Kind.LOGIN, pending, lastSynced(link.get()), null, current.running()));
        } else if (pending != current.pending()) {
            publish(current.withPending(pending));
        }
        if (becameReady || (loggedIn && lastPending >= 0 && pending > lastPending)) {
            if (afterChange != null) afterChange.cancel(false);
            afterChange = timer.schedule(guarded(this::syncOnce), timing.afterChange().toMillis(), TimeUnit.MILLISECONDS);
        }
        lastPending = pending;
    }

    /** The state before this session's first sync, from what the store remembers. */
    private SyncStatus initial(SyncStore.Link link, boolean loggedIn, int pending) {
        Instant last = lastSynced(link);
        if (!loggedIn) return new SyncStatus(SyncStatus.Kind.LOGIN, pending, last, null, false);
        return new SyncStatus(pending > 0 ? SyncStatus.Kind.PENDING : SyncStatus.Kind.SYNCED, pending, last, null, current.running());
    }

    private Instant lastSynced(SyncStore.Link link) {
        if (lastSynced == null && link.lastResult() != null && link.lastResult().startsWith("synced")) lastSynced = link.lastSyncAt();
        return lastSynced;
    }

    private Optional<SyncCredentials.Login> login(SyncStore.Link link) {
        return credentials.load(link.deviceId().toString()).filter(SyncCredentials.Login::loggedIn);
    }

    private void publish(SyncStatus next) {
        current = next;
        Platform.runLater(() -> status.set(next));
    }

    private void run(Runnable work) {
        try {
            timer.execute(guarded(work));
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // the app is closing
        }
    }

    /** A failure in one round must not end the timer's repeats. */
    private static Runnable guarded(Runnable work) {
        return () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(SyncController.class).warn("sync round failed", e);
            }
        };
    }

    private <T> T onTimer(Callable<T> work) {
        try {
            return timer.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }
}
