package dev.fridgechef.llm;

import dev.langchain4j.exception.HttpException;

import java.time.Duration;
import java.util.Optional;

/** An HTTP error from a provider, keeping the Retry-After the server asked for (429 and 503 send it). */
public final class RetryAfterException extends HttpException {
    private final transient Duration retryAfter;

    public RetryAfterException(int statusCode, String body, Duration retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
