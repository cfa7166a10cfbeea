package dev.fridgechef.server.load;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The requests of one phase (or of seeding), by route label, with a hard cap on their number.
 * Routes that ask the model (label starting with {@link Mix#AI}) are totalled apart: the latency
 * goal is for the rest.
 */
final class Recorder {
    private final Map<String, RouteStats> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final RouteStats all = new RouteStats();
    private final RouteStats ai = new RouteStats();
    private final long maxRequests;

    Recorder(long maxRequests) {
        this.maxRequests = maxRequests;
    }

    /** Takes one request from the budget; false once the cap is reached (the phase then ends). */
    boolean allow() {
        return requests.incrementAndGet() <= maxRequests;
    }

    boolean exhausted() {
        return requests.get() >= maxRequests;
    }

    void record(String route, long elapsedNanos, int status) {
        routes.computeIfAbsent(route, r -> new RouteStats()).record(elapsedNanos, status);
        (route.startsWith(Mix.AI) ? ai : all).record(elapsedNanos, status);
    }

    /** Every request of the phase together, but those that ask the model. */
    RouteStats.Summary total() {
        return all.summary();
    }

    /** The requests that ask the model, together. */
    RouteStats.Summary aiTotal() {
        return ai.summary();
    }

    /** Counts an event that is not a request of its own (e.g. a plan answered by the planner, not the cache). */
    void count(String event) {
        counters.computeIfAbsent(event, e -> new AtomicLong()).incrementAndGet();
    }

    Map<String, Long> counters() {
        Map<String, Long> out = new TreeMap<>();
        counters.forEach((event, n) -> out.put(event, n.get()));
        return out;
    }

    Map<String, RouteStats.Summary> summaries() {
        Map<String, RouteStats.Summary> out = new TreeMap<>();
        routes.forEach((route, stats) -> out.put(route, stats.summary()));
        return out;
    }

    /** Prints the table: one line a route and a line of all requests together; throughput over {@code seconds}. */
    void print(PrintStream out, double seconds) {
        Map<String, RouteStats.Summary> summaries = summaries();
        out.printf("%-50s %8s %8s %7s %8s %8s %8s %8s  %s%n", "route", "count", "req/s", "errors", "p50 ms", "p95 ms", "p99 ms",
                "max ms", "failures (status: count; 0 = no answer)");
        for (var e : summaries.entrySet()) {
            line(out, e.getKey(), e.getValue(), seconds);
        }
        RouteStats.Summary total = total();
        line(out, aiTotal().count() > 0 ? "all but AI" : "all", total, seconds);
        out.printf("error rate %.3f%%%n", total.count() == 0 ? 0 : 100.0 * total.errors() / total.count());
        if (aiTotal().count() > 0) line(out, "all AI (the model answering)", aiTotal(), seconds);
    }

    private static void line(PrintStream out, String route, RouteStats.Summary s, double seconds) {
        out.printf("%-50s %8d %8.1f %7d %8.1f %8.1f %8.1f %8.1f  %s%n", route, s.count(), s.count() / seconds, s.errors(),
                s.p50Ms(), s.p95Ms(), s.p99Ms(), s.maxMs(), failures(s.failures()));
    }

    private static String failures(Map<Integer, Integer> failures) {
        return failures.entrySet().stream().map(f -> f.getKey() + ": " + f.getValue()).collect(Collectors.joining(", "));
    }
}
