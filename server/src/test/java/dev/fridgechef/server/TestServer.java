package dev.fridgechef.server;

import dev.fridgechef.server.auth.LoginThrottle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One server with its embedded PostgreSQL for the whole test run (started on first use, stopped when
 * the JVM ends), on a free loopback port, in a fresh data folder under target/. Tests make their own
 * users with unique names, so they do not depend on each other or on their order.
 */
final class TestServer {
    static final LoginThrottle.Limits LIMITS = new LoginThrottle.Limits(5, 1000, 1000, Duration.ofMinutes(15));
    private static ServerApp shared;

    private TestServer() {
    }

    static synchronized ServerApp shared() {
        if (shared == null) {
            long started = System.nanoTime();
            try {
                shared = ServerApp.start(options(freshFolder("shared")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.err.printf("test server (fresh embedded PostgreSQL) started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
            ServerApp app = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    app.close();
                } catch (IOException ignored) {
                    // the JVM ends anyway
                }
            }));
        }
        return shared;
    }

    static ServerOptions options(Path dataFolder) {
        return ServerOptions.embedded(dataFolder).withPort(0).withLoginLimits(LIMITS);
    }

    static Path freshFolder(String name) {
        Path folder = Path.of("target", "test-server", name).toAbsolutePath();
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }
}
