package dev.fridgechef.server.ai;

import dev.fridgechef.llm.ProviderSettings;

import java.time.Duration;
import java.util.Optional;

/**
 * The server's AI: its one provider (kind, base URL, model, key and prices; the key comes from the
 * server's environment and is never logged or answered: {@link ProviderSettings#toString} hides it),
 * the AI calls each user may make a minute (shared by every instance), and the time cap of one call,
 * retries included. Without a provider every AI route answers 503 {@code ai_not_configured}.
 */
public record AiOptions(Optional<ProviderSettings> provider, int callsPerMinute, Duration timeout, int retries) {
    public static final int DEFAULT_CALLS_PER_MINUTE = 5;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_RETRIES = 2;

    public AiOptions {
        if (callsPerMinute < 1) throw new IllegalArgumentException("AI calls a minute must be 1 or more");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("the AI time-out must be above 0");
        if (retries < 0) throw new IllegalArgumentException("retries must be 0 or more");
    }

    public static AiOptions none() {
        return new AiOptions(Optional.empty(), DEFAULT_CALLS_PER_MINUTE, DEFAULT_TIMEOUT, DEFAULT_RETRIES);
    }

    public static AiOptions of(ProviderSettings provider) {
        return new AiOptions(Optional.of(provider), DEFAULT_CALLS_PER_MINUTE, DEFAULT_TIMEOUT, DEFAULT_RETRIES);
    }

    public AiOptions withCallsPerMinute(int calls) {
        return new AiOptions(provider, calls, timeout, retries);
    }

    public AiOptions withTimeout(Duration cap) {
        return new AiOptions(provider, callsPerMinute, cap, retries);
    }
}
