package dev.fridgechef.llm;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {
    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void requestsPerMinuteAreCountedInASlidingWindow() {
        RateLimiter limiter = new RateLimiter(2, 1_000_000, clock);
        assertThat(limiter.delay(100)).isZero();
        limiter.record(100);
        now = now.plusSeconds(10);
        limiter.record(100);
        Duration wait = limiter.delay(100);
        assertThat(wait).isBetween(Duration.ofSeconds(49), Duration.ofSeconds(51));
        now = now.plusSeconds(51);
        assertThat(limiter.delay(100)).isZero();
    }

    @Test
    void tokensPerMinuteAreCountedToo() {
        RateLimiter limiter = new RateLimiter(100, 10_000, clock);
        limiter.record(6000);
        now = now.plusSeconds(30);
        assertThat(limiter.delay(3000)).isZero();
        assertThat(limiter.delay(5000)).isBetween(Duration.ofSeconds(29), Duration.ofSeconds(31));
        RateLimiter fresh = new RateLimiter(100, 1000, clock);
        assertThat(fresh.delay(50_000)).as("a request bigger than the whole budget goes alone").isZero();
    }
}
