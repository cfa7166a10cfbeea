package dev.fridgechef.llm;

import java.time.Duration;

/**
 * Decides, before each request to a provider is sent, whether it may go now (the per-user AI plans
 * a minute, the provider's requests and tokens a minute, the month's budget and the per-request
 * cap), and records what happened to every request that was sent. {@link StoredCallLimits} keeps
 * this in the store, so it holds across processes; {@link #NONE} has no limits and records nothing.
 */
public interface CallLimits {
    /** A request about to be sent: its provider, what it is for ("plan", "chat", "test"), its estimated prompt tokens and its output limit. */
    record Request(ProviderSettings provider, String purpose, long promptTokens, int maxTokens) {
        /** The most tokens it can use: the prompt and all the output it may write. */
        public long tokens() {
            return promptTokens + maxTokens;
        }

        /** The most it can cost: the prompt and the full output limit at the provider's prices. */
        public double cost() {
            return provider.cost(promptTokens, maxTokens);
        }
    }

    sealed interface Decision permits Go, Wait {
    }

    /** Send it; {@code callId} is the reservation, to {@link #settle} once sent or {@link #release} if not. */
    record Go(long callId) implements Decision {
    }

    /** Not yet: the provider's requests or tokens a minute are used up for {@code wait}. */
    record Wait(Duration delay) implements Decision {
    }

    /** What became of a sent request: the real tokens and cost, the outcome ("ok", "time-out", ...) and the answer's text if any. */
    record Sent(String model, long tokensIn, long tokensOut, double costUsd, long latencyMs, String outcome, String text) {
    }

    /** Takes a place for the request, or says how long to wait; throws {@link RequestRefused} when it must not be sent at all. */
    Decision reserve(Request request);

    /** The reserved request was not sent after all: it does not count. */
    void release(long callId);

    /** The reserved request was sent: records what became of it (an answer's text with it). */
    void settle(long callId, Sent sent);

    CallLimits NONE = new CallLimits() {
        @Override
        public Decision reserve(Request request) {
            return new Go(0);
        }

        @Override
        public void release(long callId) {
        }

        @Override
        public void settle(long callId, Sent sent) {
        }
    };
}
