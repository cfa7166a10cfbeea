package dev.fridgechef.server.admin;

/**
 * AI use of one feature and model in a period: requests, answered ones, failed ones, cache hits, the
 * tokens and dollars spent, and the mean latency of requests sent.
 */
public record UsageRow(String feature, String model, long calls, long ok, long failed, long cacheHits, long promptTokens,
                       long completionTokens, double costUsd, long meanLatencyMs) {
}
