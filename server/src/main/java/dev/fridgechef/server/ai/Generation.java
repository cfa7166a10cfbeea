package dev.fridgechef.server.ai;

import java.util.UUID;

/**
 * One request sent to the provider (or one answer served from a cache instead): who, for what
 * feature, which model, the tokens the provider reported, its cost in dollars, how long it took,
 * its outcome ("ok", "rate limited", "time-out", ...) and whether it was a cache hit.
 */
public record Generation(UUID userId, String feature, String provider, String model, long promptTokens, long completionTokens,
                         double costUsd, long latencyMs, String outcome, boolean cacheHit) {
    public long tokens() {
        return promptTokens + completionTokens;
    }
}
