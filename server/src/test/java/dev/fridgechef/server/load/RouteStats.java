package dev.fridgechef.server.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** One route's requests in one phase: every latency (for exact percentiles) and the failures by status. */
final class RouteStats {
    /** Status recorded for a request that got no HTTP answer (timeout, refused or reset connection). */
    static final int NO_ANSWER = 0;

    private long[] nanos = new long[1024];
    private int count;
    private int errors;
    private final Map<Integer, Integer> failures = new TreeMap<>();

    synchronized void record(long elapsedNanos, int status) {
        if (count == nanos.length) nanos = Arrays.copyOf(nanos, count * 2);
        nanos[count++] = elapsedNanos;
        if (status < 200 || status > 299) {
            errors++;
            failures.merge(status, 1, Integer::sum);
        }
    }

    record Summary(int count, int errors, Map<Integer, Integer> failures, double p50Ms, double p95Ms, double p99Ms, double maxMs) {
    }

    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new Summary(count, errors, new TreeMap<>(failures), percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), count == 0 ? 0 : sorted[count - 1] / 1e6);
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
