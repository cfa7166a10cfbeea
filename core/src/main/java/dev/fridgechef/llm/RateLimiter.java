package dev.fridgechef.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A sliding one-minute window of requests and tokens for one provider. {@link #delay} says how long
 * to wait before the next request fits; {@link #record} counts a finished call.
 */
final class RateLimiter {
    private record Entry(Instant at, long tokens) {
    }

    private final int requestsPerMinute;
    private final long tokensPerMinute;
    private final Clock clock;
    private final Deque<Entry> window = new ArrayDeque<>();

    RateLimiter(int requestsPerMinute, long tokensPerMinute, Clock clock) {
        this.requestsPerMinute = requestsPerMinute;
        this.tokensPerMinute = tokensPerMinute;
        this.clock = clock;
    }

    /** Zero when a request of about {@code tokens} fits now, else the wait until it does. */
    synchronized Duration delay(long tokens) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(Duration.ofMinutes(1));
        while (!window.isEmpty() && !window.peekFirst().at().isAfter(windowStart)) window.removeFirst();
        long used = window.stream().mapToLong(Entry::tokens).sum();
        if (window.size() < requestsPerMinute && used + tokens <= tokensPerMinute) return Duration.ZERO;
        if (window.isEmpty()) return Duration.ZERO; // a single request larger than the budget goes alone
        // wait until enough of the oldest entries leave the window
        long freed = 0;
        int count = window.size();
        for (Entry e : window) {
            freed += e.tokens();
            count--;
            if (count < requestsPerMinute && used - freed + tokens <= tokensPerMinute) {
                return Duration.between(now, e.at().plus(Duration.ofMinutes(1))).plusMillis(1);
            }
        }
        return Duration.between(now, window.peekLast().at().plus(Duration.ofMinutes(1))).plusMillis(1);
    }

    synchronized void record(long tokens) {
        window.addLast(new Entry(clock.instant(), tokens));
    }
}
