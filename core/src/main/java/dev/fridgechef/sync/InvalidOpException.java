package dev.fridgechef.sync;

/** An operation that breaks the wire format: unknown kind, missing or mistyped field, kind that does not fit the entity. */
public class InvalidOpException extends IllegalArgumentException {
    public InvalidOpException(String message) {
        super(message);
    }

    public InvalidOpException(String message, Throwable cause) {
        super(message, cause);
    }
}
