package dev.fridgechef.server.load;

import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the load commands share (a picocli mixin): the server under load — started here as a JVM of
 * its own on loopback ({@link ServerProcess}), or a running one at {@code --url}, loopback only —
 * the run's length, a request's time-out, the request cap and how many households are seeded at once.
 */
final class ServerUnderLoad {
    static final int MAX_SECONDS = 600;

    @Option(names = "--url", description = "A running server to load (loopback only); default: start one")
    String url;

    @Option(names = "--seconds", defaultValue = "60", description = "Length of each phase (default ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--seed-parallel", defaultValue = "4", description = "Households seeded at once (default ${DEFAULT-VALUE})")
    int seedParallel;

    @Option(names = "--max-requests", defaultValue = "2000000", description = "Request cap of a phase (default ${DEFAULT-VALUE})")
    long maxRequests;

    @Option(names = "--timeout", defaultValue = "30", description = "Seconds a request may take before it counts as failed (default ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--server-jvm", split = " ", description = "JVM options of the started server (e.g. \"-Xmx512m\")")
    List<String> serverJvm = List.of();

    /** What runs against the server once it answers. */
    @FunctionalInterface
    interface Work<T> {
        T run(Http http, Optional<ServerProcess> started) throws Exception;
    }

    /** Checks the shared options (an IllegalArgumentException naming the option) and drops a trailing slash of --url. */
    void check() {
        if (seconds < 1 || seconds > MAX_SECONDS) throw new IllegalArgumentException("--seconds: 1 to " + MAX_SECONDS);
        if (seedParallel < 1 || seedParallel > 64) throw new IllegalArgumentException("--seed-parallel: 1 to 64");
        if (maxRequests < 1 || maxRequests > 10_000_000) throw new IllegalArgumentException("--max-requests: 1 to 10000000");
        if (timeoutSeconds < 1 || timeoutSeconds > 600) throw new IllegalArgumentException("--timeout: 1 to 600");
        if (url != null && !url.matches("https?://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:\\d+)?/?")) {
            throw new IllegalArgumentException("--url: a loopback address only (http://127.0.0.1:PORT)");
        }
        if (url != null && url.endsWith("/")) url = url.substring(0, url.length() - 1);
    }

    /** Checks a --think-ms pair: min,max with 0 <= min <= max <= 60000. */
    static void checkThinkTime(List<Long> thinkMs) {
        if (thinkMs.size() != 2 || thinkMs.get(0) < 0 || thinkMs.get(1) < thinkMs.get(0) || thinkMs.get(1) > 60_000) {
            throw new IllegalArgumentException("--think-ms: min,max with 0 <= min <= max <= 60000");
        }
    }

    /**
     * Starts the server unless {@code --url} names one (asking {@code modelUrl} for its AI when given),
     * waits until it is ready, runs {@code work}, and stops a server it started.
     */
    <T> T around(PrintStream out, Optional<String> modelUrl, String startNote, Work<T> work) throws Exception {
        Optional<ServerProcess> started = Optional.empty();
        try {
            if (url == null) {
                out.println("starting the server (its own JVM, embedded PostgreSQL in a temporary folder)" + startNote + "...");
                started = Optional.of(ServerProcess.start(serverJvm, modelUrl));
            }
            Http http = new Http(started.map(ServerProcess::url).orElse(url), Duration.ofSeconds(timeoutSeconds));
            LoadGenerator.awaitReady(http, started);
            return work.run(http, started);
        } finally {
            if (started.isPresent()) started.get().close();
        }
    }
}
