package dev.fridgechef.cli.resident;

import dev.fridgechef.cli.FridgeCommand;
import dev.fridgechef.food.FoodDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The resident process: a JVM that stays after a {@code fridge} command, with its classes loaded and
 * compiled and the food table read, and answers the commands that only read ({@code list},
 * {@code food search}, {@code plan show}, {@code diary}, {@code insights} …) for later {@code fridge}
 * processes of the same person and build, in a fraction of a JVM's start-up. It opens the store for each
 * command and closes it after, as a command run by itself does, so it holds no lock between commands.
 * It answers on a Unix socket only its owner can reach ({@link ResidentSocket}), one command at a time,
 * and ends after {@link #IDLE_MINUTES} minutes without one, when its jar changes, or when told to stop.
 */
public final class ResidentServer {
    /** Minutes without a command before the process ends ({@code FRIDGECHEF_RESIDENT_MINUTES}, 1-1440). */
    static final int IDLE_MINUTES = 10;
    /** A command that waits longer than this for the one before it is run by its own process instead. */
    private static final Duration QUEUE_WAIT = Duration.ofSeconds(3);
    /** Idle this long, the process collects its heap once, so that it waits on what is live rather than on what a command left. */
    private static final Duration GIVE_BACK_AFTER = Duration.ofSeconds(30);
    /** A command still running after this is stuck: its caller gave up on it after {@link ResidentClient#ANSWER_TIMEOUT_MS}. */
    private static final Duration STUCK = Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(ResidentServer.class);

    private final Supplier<FoodDatabase> foods;
    private final Duration idle;
    private final String identity;
    private final Function<ZoneId, Clock> clocks;
    private final ReentrantLock oneAtATime = new ReentrantLock();
    private final AtomicLong lastUse = new AtomicLong(System.nanoTime());
    private final AtomicLong served = new AtomicLong();
    /** Whether the memory of the last commands was given back since (a collection after {@link #GIVE_BACK_AFTER} idle). */
    private final java.util.concurrent.atomic.AtomicBoolean gaveBack = new java.util.concurrent.atomic.AtomicBoolean();
    private final long started = System.currentTimeMillis();
    /** Whether the warm-up is over (a command that comes earlier may wait for it, or run by itself). */
    private volatile boolean warm;
    /** When the command under way began (System.nanoTime), 0 when none is. */
    private volatile long busySince;
    private volatile ServerSocketChannel listening;

    /** {@code identity}: the build it serves ({@link ResidentSocket#buildIdentity}); {@code clocks}: the clock for a person's time zone. */
    ResidentServer(Supplier<FoodDatabase> foods, Duration idle, String identity, Function<ZoneId, Clock> clocks) {
        this.foods = foods;
        this.idle = idle;
        this.identity = identity;
        this.clocks = clocks;
    }

    /**
     * Serves on the socket given as the first argument until idle, stale or stopped, after running the
     * command line given after it; exits at once when another process serves that socket.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        ignoreTerminalSignals();
        ResidentSocket socket = new ResidentSocket(Path.of(args[0]));
        try (FileChannel lockFile = FileChannel.open(socket.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockFile.tryLock()) {
            if (lock == null) return;
            FoodDatabase table = FoodDatabase.load();
            Map<String, String> env = System.getenv();
            ResidentServer server = new ResidentServer(() -> table, idleTime(env), ResidentSocket.buildIdentity(), Clock::system);
            String[] command = Arrays.copyOfRange(args, 1, args.length);
            server.serve(socket.path(), () -> server.warmUp(command, env));
        }
        System.exit(0); // the H2 and JDBI threads a command leaves behind are no reason to stay
    }

    /** Listens on {@code socket} (replacing a file left by a process that died) until it is time to end; then removes it. */
    void serve(Path socket, Runnable afterBinding) throws IOException, InterruptedException {
        Files.deleteIfExists(socket);
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().factory());
        // ended by SIGTERM (a logout, pkill) it skips the finally below: the socket goes then too, while the
        // lock is still held, so that it is never another process's socket that goes
        Thread removeSocket = new Thread(() -> {
            try {
                Files.deleteIfExists(socket);
            } catch (IOException e) {
                // the next process replaces it
            }
        });
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
            Runtime.getRuntime().addShutdownHook(removeSocket);
            listening = server;
            watch.scheduleWithFixedDelay(this::stopWhenIdleOrStale, 5, 5, TimeUnit.SECONDS);
            LOG.info("resident process listening on {}", socket);
            Thread.ofVirtual().start(afterBinding);
            while (server.isOpen()) {
                SocketChannel connection;
                try {
                    connection = server.accept();
                } catch (ClosedChannelException e) {
                    break;
                }
                Thread.ofVirtual().start(() -> answer(connection));
            }
        } finally {
            watch.shutdownNow();
            try {
                Runtime.getRuntime().removeShutdownHook(removeSocket);
            } catch (IllegalStateException | IllegalArgumentException shuttingDownOrNeverAdded) {
                // the hook runs, or there was none
            }
            Files.deleteIfExists(socket);
            oneAtATime.tryLock(QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS); // a command under way finishes first
            LOG.info("resident process ended after {} commands", served.get());
        }
    }

    private void answer(SocketChannel connection) {
        try (connection) {
            Wire.Request request = Wire.Request.read(new DataInputStream(new BufferedInputStream(Channels.newInputStream(connection))));
            Wire.Answer answer = switch (request.kind()) {
                case Wire.RUN -> run(request);
                case Wire.STATUS -> status();
                case Wire.STOP -> new Wire.Answer(Wire.DONE, 0, new byte[0], new byte[0]);
                default -> Wire.Answer.DECLINE;
            };
            if (request.kind() == Wire.RUN && answer.kind() == Wire.DONE) served.incrementAndGet();
            answer.write(new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(connection))));
            if (request.kind() == Wire.STOP) stop();
        } catch (IOException e) {
            LOG.debug("a connection ended early: {}", e.toString());
        }
    }

    /** The command's whole output and exit code, or a decline when it does more than read or the process is busy. */
    Wire.Answer run(Wire.Request request) {
        lastUse.set(System.nanoTime());
        try {
            if (!oneAtATime.tryLock(QUEUE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) return Wire.Answer.DECLINE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Wire.Answer.DECLINE;
        }
        busySince = System.nanoTime();
        try {
            Path cwd = Path.of(request.workingDirectory());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code;
            try (PrintWriter o = writer(out); PrintWriter e = writer(err)) {
                code = FridgeCommand.runReadOnly(request.args().toArray(String[]::new), request.env(), o, e,
                        clocks.apply(ZoneId.of(request.zone())), foods, cwd);
            }
            if (code == FridgeCommand.NOT_READ_ONLY) return Wire.Answer.DECLINE;
            return new Wire.Answer(Wire.DONE, code, out.toByteArray(), err.toByteArray());
        } catch (RuntimeException | Error e) {
            // the command runs again in its own process, which reports whatever went wrong there
            LOG.warn("a command failed in the resident process", e);
            return Wire.Answer.DECLINE;
        } finally {
            busySince = 0;
            gaveBack.set(false);
            lastUse.set(System.nanoTime());
            oneAtATime.unlock();
        }
    }

    private Wire.Answer status() {
        String text = "pid " + ProcessHandle.current().pid() + "\nwarm " + warm
                + "\nstarted " + java.time.Instant.ofEpochMilli(started) + "\ncommands "
                + served.get() + "\nidle-seconds " + Duration.ofNanos(System.nanoTime() - lastUse.get()).toSeconds()
                + "\nends-after-idle-minutes " + idle.toMinutes() + "\nheap-used-mb "
                + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1 << 20) + "\n";
        return new Wire.Answer(Wire.DONE, 0, text.getBytes(StandardCharsets.UTF_8), new byte[0]);
    }

    void stopWhenIdleOrStale() {
        long idleFor = oneAtATime.isLocked() ? 0 : System.nanoTime() - lastUse.get();
        if (idleFor > GIVE_BACK_AFTER.toNanos() && !gaveBack.getAndSet(true)) System.gc(); // the heap shrinks to what is live
        boolean idleTooLong = idleFor > idle.toNanos();
        if (idleTooLong || !identity.equals(currentIdentity())) stop();
        long since = busySince;
        if (since != 0 && System.nanoTime() - since > STUCK.toNanos()) {
            // its callers gave up long ago and ran the command themselves; nothing it does changes anything
            LOG.error("a command has run for more than {} s; the resident process ends", STUCK.toSeconds());
            Runtime.getRuntime().halt(1);
        }
    }

    void stop() {
        ServerSocketChannel server = listening;
        try {
            if (server != null) server.close();
        } catch (IOException e) {
            LOG.debug("closing the socket: {}", e.toString());
        }
    }

    private static String currentIdentity() {
        try {
            return ResidentSocket.buildIdentity();
        } catch (IOException e) {
            return "gone";
        }
    }

    /**
     * Runs the command line that started this process once more, as it came (this process has its environment
     * and folder), so that the person's next command finds its classes loaded and compiled. It only reads.
     */
    private void warmUp(String[] args, Map<String, String> env) {
        Wire.Request again = new Wire.Request(Wire.RUN, List.of(args), env, Path.of("").toAbsolutePath().toString(),
                ZoneId.systemDefault().getId());
        for (int i = 0; i < 2; i++) run(again);
        warm = true;
    }

    private static PrintWriter writer(ByteArrayOutputStream bytes) {
        return new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
    }

    static Duration idleTime(Map<String, String> env) {
        try {
            int minutes = Integer.parseInt(env.getOrDefault("FRIDGECHEF_RESIDENT_MINUTES", "").strip());
            return Duration.ofMinutes(Math.max(1, Math.min(minutes, 1440)));
        } catch (NumberFormatException e) {
            return Duration.ofMinutes(IDLE_MINUTES);
        }
    }

    /** Ctrl-C and a closed terminal are meant for the command that started this process, not for it. */
    private static void ignoreTerminalSignals() {
        for (String name : List.of("INT", "HUP")) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sun.misc.SignalHandler.SIG_IGN);
            } catch (IllegalArgumentException e) {
                // not a signal on this system
            }
        }
    }
}
