package dev.fridgechef.server.http;

import java.util.Map;
import java.util.Optional;

/**
 * A refusal with its HTTP status, a stable error code, a message for people, and the input field it
 * is about (when it is about one). Answered as {@code {"error": code, "message": text, "field": name}}.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final Optional<String> field;
    private final Map<String, String> headers;

    public ApiException(int status, String code, String message) {
        this(status, code, message, Optional.empty(), Map.of());
    }

    private ApiException(int status, String code, String message, Optional<String> field, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
        this.headers = Map.copyOf(headers);
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    /** An input field that is missing, of the wrong type or out of range (422). */
    public static ApiException invalidField(String field, String message) {
        return new ApiException(422, "invalid_field", field + ": " + message, Optional.of(field), Map.of());
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message, Optional.empty(), Map.of("WWW-Authenticate", "Bearer"));
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "not_found", what + " not found");
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(409, code, message);
    }

    public static ApiException tooManyRequests(long retryAfterSeconds) {
        return new ApiException(429, "too_many_requests", "Too many attempts; try again in " + retryAfterSeconds + " s",
                Optional.empty(), Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Optional<String> field() {
        return field;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
