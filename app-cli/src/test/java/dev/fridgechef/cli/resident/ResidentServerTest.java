package dev.fridgechef.cli.resident;

import dev.fridgechef.cli.FridgeCommand;
import dev.fridgechef.cli.Terminal;
import dev.fridgechef.food.FoodDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The resident process in this JVM, on a socket in a temp folder, asked as a {@code fridge} process would ask it. */
class ResidentServerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private static final Map<String, String> ENV = Map.of("LANG", "en_US.UTF-8");
    private static FoodDatabase foods;

    /** One store for every test: the server is asked to change nothing in it. */
    @TempDir
    static Path dir;
    private static String db;
    /** Each test's own server and socket (tests run in parallel). */
    @TempDir
    Path own;
    private ResidentServer server;
    private ResidentSocket socket;
    private Thread serving;

    @BeforeAll
    static void storeWithStockAProfileAPlanAndADiary() {
        foods = FoodDatabase.load();
        db = dir.resolve("store").toString();
        for (List<String> line : List.of(List.of("add", "chicken breast", "600", "g", "--expires", "+2d"),
                List.of("add", "eggs", "10", "pcs"), List.of("add", "rice", "1", "kg"),
                List.of("profile", "set", "--sex", "male", "--age", "40", "--height", "180", "--weight", "80", "--activity", "moderate",
                        "--goal", "maintain"),
                List.of("plan", "--days", "2"), List.of("ate", "apple", "150", "g", "--at", "08:00"))) {
            assertThat(here(withDb(line)).exitCode()).as("%s", line).isZero();
        }
    }

    @BeforeEach
    void start() throws Exception {
        socket = new ResidentSocket(own.resolve("r.sock"));
        server = new ResidentServer(() -> foods, Duration.ofMinutes(10), ResidentSocket.buildIdentity(), zone -> CLOCK);
        serving = Thread.ofPlatform().start(() -> {
            try {
                server.serve(socket.path(), () -> { });
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        awaitListening(socket);
    }

    private static void awaitListening(ResidentSocket socket) throws InterruptedException {
        for (int i = 0; i < 1000 && ResidentClient.ask(socket, Wire.Request.control(Wire.STATUS)).isEmpty(); i++) Thread.sleep(10);
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.stop();
        serving.join(10_000);
    }

    @Test
    void answersEveryCommandThatOnlyReadsAsTheCommandItselfWould() {
        for (List<String> line : List.of(List.of("list"), List.of("ls", "--json"), List.of("--lang", "ru", "list"),
                List.of("food", "search", "chicken"), List.of("food", "show", "05062"), List.of("plan", "show"), List.of("plan", "list"),
                List.of("diary"), List.of("diary", "--month", "--json"), List.of("insights"), List.of("profile", "show"),
                List.of("recipe", "show", "borscht"), List.of("recipe", "favs"), List.of("diary", "history"))) {
            Outcome expected = here(withDb(line));
            Wire.Answer answer = ask(withDb(line), dir);
            assertThat(answer.kind()).as("%s", line).isEqualTo(Wire.DONE);
            assertThat(Outcome.of(answer)).as("%s", line).isEqualTo(expected);
        }
    }

    @Test
    void russianFromTheCallersEnvironment() {
        Wire.Answer answer = ask(new Wire.Request(Wire.RUN, withDb(List.of("list")), Map.of("LANG", "ru_RU.UTF-8"), dir.toString(), "UTC"));
        assertThat(Outcome.of(answer).out()).contains("Название").contains("куриная грудка");
    }

    @Test
    void declinesWhatChangesAsksOrShowsHelpAndChangesNothing() {
        String before = here(withDb(List.of("list", "--json"))).out();
        for (List<String> line : List.of(List.of("add", "milk", "1", "l"), List.of("use", "1", "100", "g"), List.of("remove", "2"),
                List.of("plan", "--days", "1"), List.of("ate", "banana", "120", "g"), List.of("diary", "rm", "1"), List.of("list", "--help"),
                List.of("--version"), List.of("list", "--verbose"), List.of("supplements"), List.of("chat", "hi"), List.of("forget", "--yes"))) {
            assertThat(ask(withDb(line), dir).kind()).as("%s", line).isEqualTo(Wire.DECLINED);
        }
        assertThat(ask(new Wire.Request(Wire.RUN, withDb(List.of("list")), Map.of("FRIDGECHEF_DEBUG", "1"), dir.toString(), "UTC")).kind())
                .as("debug output is for a process's own stderr").isEqualTo(Wire.DECLINED);
        assertThat(here(withDb(List.of("list", "--json"))).out()).isEqualTo(before);
    }

    @Test
    void usageErrorsAndFailuresAreAnsweredWithTheirExitCodes() {
        Outcome usage = Outcome.of(ask(withDb(List.of("list", "--bogus")), dir));
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).contains("--bogus");
        Outcome noPlan = Outcome.of(ask(withDb(List.of("plan", "show", "2027-05-01")), dir));
        assertThat(noPlan).isEqualTo(here(withDb(List.of("plan", "show", "2027-05-01"))));
        assertThat(noPlan.exitCode()).isEqualTo(1);
    }

    @Test
    void aRelativeStorePathIsRelativeToTheCallersFolder() {
        Wire.Answer answer = ask(List.of("--db", "store", "list", "--json"), dir);
        assertThat(Outcome.of(answer)).isEqualTo(here(withDb(List.of("list", "--json"))));
        assertThat(Outcome.of(answer).out()).contains("chicken");

        Wire.Answer fromHome = ask(new Wire.Request(Wire.RUN, List.of("list"), Map.of("LANG", "en_US.UTF-8", "FRIDGECHEF_HOME", "home-rel"),
                own.toString(), "UTC"));
        assertThat(Outcome.of(fromHome).exitCode()).isZero();
        assertThat(own.resolve("home-rel/fridgechef.mv.db")).as("a relative FRIDGECHEF_HOME is the caller's too").exists();
    }

    @Test
    void manyCallersAtOnceEachGetTheirOwnAnswer() throws Exception {
        String list = here(withDb(List.of("list"))).out();
        String search = here(withDb(List.of("food", "search", "rice"))).out();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                boolean even = i % 2 == 0;
                Callable<Boolean> call = () -> {
                    Wire.Answer a = ask(withDb(even ? List.of("list") : List.of("food", "search", "rice")), dir);
                    return a.kind() == Wire.DECLINED || Outcome.of(a).out().equals(even ? list : search);
                };
                results.add(callers.submit(call));
            }
            for (Future<Boolean> r : results) assertThat(r.get(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aBrokenRequestClosesItsConnectionAndTheServerGoesOn() throws Exception {
        try (SocketChannel c = SocketChannel.open(UnixDomainSocketAddress.of(socket.path()))) {
            c.write(java.nio.ByteBuffer.wrap("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            assertThat(Channels.newInputStream(c).readAllBytes()).isEmpty();
        }
        assertThat(ask(withDb(List.of("list")), dir).kind()).isEqualTo(Wire.DONE);
    }

    @Test
    void endsWhenToldWhenIdleOrWhenItsBuildChangedAndTakesItsSocketAlong() throws Exception {
        server.stopWhenIdleOrStale();
        assertThat(ask(withDb(List.of("list")), dir).kind()).as("neither idle nor stale yet").isEqualTo(Wire.DONE);
        assertThat(ResidentClient.ask(socket, Wire.Request.control(Wire.STOP))).isPresent();
        serving.join(10_000);
        assertThat(serving.isAlive()).isFalse();
        assertThat(socket.path()).doesNotExist();

        for (ResidentServer ending : List.of(new ResidentServer(() -> foods, Duration.ZERO, ResidentSocket.buildIdentity(), zone -> CLOCK),
                new ResidentServer(() -> foods, Duration.ofMinutes(10), "a build since replaced", zone -> CLOCK))) {
            Thread t = Thread.ofPlatform().start(() -> {
                try {
                    ending.serve(socket.path(), () -> { });
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitListening(socket);
            Thread.sleep(5);
            ending.stopWhenIdleOrStale();
            t.join(10_000);
            assertThat(t.isAlive()).isFalse();
            assertThat(socket.path()).doesNotExist();
        }
    }

    @Test
    void aProcessThatDiesBeforeAnsweringLeavesTheCallerNothingPrinted() throws Exception {
        Path other = own.resolve("dying.sock");
        try (ServerSocketChannel dying = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dying.bind(UnixDomainSocketAddress.of(other));
            Thread t = Thread.ofPlatform().start(() -> {
                try (SocketChannel c = dying.accept()) {
                    Wire.Request.read(new DataInputStream(Channels.newInputStream(c)));
                    new DataOutputStream(Channels.newOutputStream(c)).writeInt(Wire.MAGIC); // then gone mid-answer
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            Optional<Wire.Answer> answer = ResidentClient.ask(new ResidentSocket(other),
                    new Wire.Request(Wire.RUN, withDb(List.of("list")), ENV, dir.toString(), "UTC"));
            t.join(10_000);
            assertThat(answer).isEmpty();
        }
        assertThat(ResidentClient.ask(new ResidentSocket(own.resolve("nobody.sock")), Wire.Request.control(Wire.STATUS))).isEmpty();
    }

    @Test
    void statusSaysHowManyCommandsItAnswered() {
        ask(withDb(List.of("list")), dir);
        ask(withDb(List.of("add", "milk", "1", "l")), dir);
        Wire.Answer status = ResidentClient.ask(socket, Wire.Request.control(Wire.STATUS)).orElseThrow();
        assertThat(new String(status.out(), StandardCharsets.UTF_8)).contains("commands 1\n").contains("pid " + ProcessHandle.current().pid());
    }

    private static List<String> withDb(List<String> line) {
        List<String> full = new ArrayList<>(List.of("--db", db));
        full.addAll(line);
        return full;
    }

    private Wire.Answer ask(List<String> args, Path cwd) {
        return ask(new Wire.Request(Wire.RUN, args, ENV, cwd.toString(), "UTC"));
    }

    private Wire.Answer ask(Wire.Request request) {
        return ResidentClient.ask(socket, request).orElseThrow(() -> new AssertionError("no answer to " + request.args()));
    }

    private static Outcome here(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = FridgeCommand.run(args.toArray(String[]::new), ENV, new PrintWriter(out, true), new PrintWriter(err, true), CLOCK,
                () -> foods, Terminal.none());
        return new Outcome(code, out.toString(), err.toString());
    }

    record Outcome(int exitCode, String out, String err) {
        static Outcome of(Wire.Answer answer) {
            return new Outcome(answer.exitCode(), new String(answer.out(), StandardCharsets.UTF_8), new String(answer.err(), StandardCharsets.UTF_8));
        }
    }
}
