package dev.fridgechef.server.load;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/** The requests of one phase (or of seeding), by route label, with a hard cap on their number. */
final class Recorder {
    private final Map<String, RouteStats> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
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

    /** Prints the table: one line a route and a total line; throughput over {@code seconds}. */
    static void print(PrintStream out, Map<String, RouteStats.Summary> summaries, double seconds) {
        out.printf("%-34s %8s %8s %7s %8s %8s %8s %8s  %s%n", "route", "count", "req/s", "errors", "p50 ms", "p95 ms", "p99 ms",
                "max ms", "failures (status: count; 0 = no answer)");
        int total = 0;
        int errors = 0;
        for (var e : summaries.entrySet()) {
            RouteStats.Summary s = e.getValue();
            total += s.count();
            errors += s.errors();
            out.printf("%-34s %8d %8.1f %7d %8.1f %8.1f %8.1f %8.1f  %s%n", e.getKey(), s.count(), s.count() / seconds, s.errors(),
                    s.p50Ms(), s.p95Ms(), s.p99Ms(), s.maxMs(), failures(s.failures()));
        }
        out.printf("%-34s %8d %8.1f %7d   error rate %.3f%%%n", "all", total, total / seconds, errors, total == 0 ? 0 : 100.0 * errors / total);
    }

    private static String failures(Map<Integer, Integer> failures) {
        return failures.entrySet().stream().map(f -> f.getKey() + ": " + f.getValue()).collect(Collectors.joining(", "));
    }
}
