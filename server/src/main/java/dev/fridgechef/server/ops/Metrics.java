package dev.fridgechef.server.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The Prometheus metrics of one instance (/metrics): the latency histogram of HTTP requests by method,
 * route template (never the raw path, so ids do not make new series) and status; the active users
 * (distinct users whose sessions were used in the last 5 minutes, counted in the database, so every
 * instance reports the same figure); this instance's AI calls by feature and outcome, their tokens,
 * dollars and cache hits; the jobs waiting in the shared queue; the sync operations this instance stored, was
 * pushed again and sent; JVM memory, GC, threads, CPU and uptime.
 */
public final class Metrics {
    public static final Duration ACTIVE_WINDOW = Duration.ofMinutes(5);
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public Metrics(LongSupplier activeUsers) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("fridgechef.active.users", () -> {
                    try {
                        return activeUsers.getAsLong();
                    } catch (RuntimeException databaseDown) {
                        return Double.NaN;
                    }
                })
                .description("Distinct users with a session used in the last 5 minutes")
                .register(registry);
    }

    /** The jobs waiting in the shared queue (every instance reports the same figure). */
    public void jobQueueDepth(LongSupplier queued) {
        Gauge.builder("fridgechef.jobs.queued", () -> {
                    try {
                        return queued.getAsLong();
                    } catch (RuntimeException databaseDown) {
                        return Double.NaN;
                    }
                })
                .description("Jobs waiting for a worker, on every instance")
                .register(registry);
    }

    public void recordRequest(String method, String route, int status, Duration took) {
        Timer.builder("http.server.requests")
                .description("HTTP requests by route template")
                .tag("method", method).tag("route", route).tag("status", Integer.toString(status))
                .publishPercentileHistogram()
                .register(registry)
                .record(took);
    }

    /** One AI request sent (or one answer served from a cache) by this instance. */
    public void recordAiCall(String feature, String outcome, long promptTokens, long completionTokens, double costUsd, boolean cacheHit) {
        Counter.builder("fridgechef.ai.calls").description("AI requests sent and answers served from a cache, by outcome")
                .tag("feature", feature).tag("outcome", outcome).tag("cache", Boolean.toString(cacheHit)).register(registry).increment();
        Counter.builder("fridgechef.ai.tokens").description("Tokens the AI provider reported").tag("feature", feature)
                .tag("kind", "prompt").register(registry).increment(promptTokens);
        Counter.builder("fridgechef.ai.tokens").description("Tokens the AI provider reported").tag("feature", feature)
                .tag("kind", "completion").register(registry).increment(completionTokens);
        Counter.builder("fridgechef.ai.cost").baseUnit("usd").description("Cost of AI requests").tag("feature", feature)
                .register(registry).increment(costUsd);
        if (cacheHit) {
            Counter.builder("fridgechef.ai.cache.hits").description("Answers served from a cache, no AI request").tag("feature", feature)
                    .register(registry).increment();
        }
    }

    /** One sync push of this instance: operations stored and operations it already had (pushed again). */
    public void recordSyncPush(int stored, int duplicates) {
        syncOps("pushed").increment(stored);
        syncOps("duplicate").increment(duplicates);
    }

    /** Operations this instance sent to pulling devices. */
    public void recordSyncPull(int ops) {
        syncOps("pulled").increment(ops);
    }

    private Counter syncOps(String outcome) {
        return Counter.builder("fridgechef.sync.ops").description("Sync operations stored (pushed), pushed again (duplicate) and sent (pulled)")
                .tag("outcome", outcome).register(registry);
    }

    public String scrape() {
        return registry.scrape();
    }
}
