package dev.fridgechef.server;

import dev.fridgechef.server.ai.AiOptions;
import dev.fridgechef.server.auth.LoginThrottle;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How a server instance runs: where it listens, where its data folder is (the embedded PostgreSQL
 * lives there), or which external PostgreSQL it uses instead, TLS or "behind a reverse proxy", and
 * the login throttle's limits, its AI provider and per-user AI limit ({@link AiOptions}), and the
 * token a Prometheus scraper must send for /metrics (none: /metrics is open, for a server on
 * loopback or behind a proxy that keeps it in).
 */
public record ServerOptions(String bind, int port, Path dataFolder, Optional<ExternalDatabase> database, Optional<Tls> tls,
                            boolean behindProxy, LoginThrottle.Limits loginLimits, AiOptions ai, int jobWorkers,
                            Optional<String> metricsToken) {
    public static final int DEFAULT_PORT = 8787;

    /** With as many job workers as planner slots (jobWorkers 0: one per core). */
    public ServerOptions(String bind, int port, Path dataFolder, Optional<ExternalDatabase> database, Optional<Tls> tls,
                         boolean behindProxy, LoginThrottle.Limits loginLimits, AiOptions ai) {
        this(bind, port, dataFolder, database, tls, behindProxy, loginLimits, ai, 0, Optional.empty());
    }

    public ServerOptions {
        if (jobWorkers < 0) throw new IllegalArgumentException("jobWorkers must be 0 (as many as planner slots) or more");
        if (metricsToken.isPresent() && metricsToken.get().length() < 16) {
            throw new IllegalArgumentException("the metrics token must have at least 16 characters");
        }
    }

    public record ExternalDatabase(String url, String user, String password) {
    }

    public record Tls(Path keystore, String password) {
    }

    public static ServerOptions embedded(Path dataFolder) {
        return new ServerOptions("127.0.0.1", DEFAULT_PORT, dataFolder, Optional.empty(), Optional.empty(), false,
                LoginThrottle.Limits.DEFAULT, AiOptions.none());
    }

    public ServerOptions withPort(int port) {
        return new ServerOptions(bind, port, dataFolder, database, tls, behindProxy, loginLimits, ai, jobWorkers, metricsToken);
    }

    public ServerOptions withDatabase(ExternalDatabase external) {
        return new ServerOptions(bind, port, dataFolder, Optional.of(external), tls, behindProxy, loginLimits, ai, jobWorkers, metricsToken);
    }

    public ServerOptions withLoginLimits(LoginThrottle.Limits limits) {
        return new ServerOptions(bind, port, dataFolder, database, tls, behindProxy, limits, ai, jobWorkers, metricsToken);
    }

    public ServerOptions withTls(Tls tls) {
        return new ServerOptions(bind, port, dataFolder, database, Optional.of(tls), behindProxy, loginLimits, ai, jobWorkers, metricsToken);
    }

    public ServerOptions behindProxy(boolean behind) {
        return new ServerOptions(bind, port, dataFolder, database, tls, behind, loginLimits, ai, jobWorkers, metricsToken);
    }

    public ServerOptions withAi(AiOptions options) {
        return new ServerOptions(bind, port, dataFolder, database, tls, behindProxy, loginLimits, options, jobWorkers, metricsToken);
    }

    /** /metrics answers only a request with {@code Authorization: Bearer TOKEN}. */
    public ServerOptions withMetricsToken(String token) {
        return new ServerOptions(bind, port, dataFolder, database, tls, behindProxy, loginLimits, ai, jobWorkers, Optional.of(token));
    }

    /** How many threads of this instance run queued jobs (0: as many as planner slots). */
    public ServerOptions withJobWorkers(int workers) {
        return new ServerOptions(bind, port, dataFolder, database, tls, behindProxy, loginLimits, ai, workers, metricsToken);
    }
}
