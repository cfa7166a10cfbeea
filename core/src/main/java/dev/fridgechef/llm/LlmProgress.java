package dev.fridgechef.llm;

import java.time.Duration;

/** What a person waiting for a model is told: the CLI prints it on stderr, the app shows it in its loader, a job keeps it as its message. */
public interface LlmProgress {
    /** The provider (or its requests/tokens a minute here) said "not now": the request goes again in {@code wait}. */
    default void rateLimited(String provider, Duration wait) {
    }

    /** The provider failed ("server error 503", "time-out") and is tried again in {@code wait}. */
    default void retrying(String provider, String outcome, Duration wait) {
    }

    /** The provider has not answered yet after {@code elapsed}. */
    default void waiting(String provider, Duration elapsed) {
    }

    LlmProgress NONE = new LlmProgress() {
    };
}
