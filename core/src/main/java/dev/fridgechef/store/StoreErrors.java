package dev.fridgechef.store;

import dev.fridgechef.i18n.UserException;
import org.h2.api.ErrorCode;

import java.sql.SQLException;
import java.util.Optional;

/** Database errors that are not bugs but a state of the store a person can act on, in their words. */
public final class StoreErrors {
    private StoreErrors() {
    }

    public static Optional<UserException> translate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UserException u) return Optional.of(u);
            if (t instanceof SQLException s) {
                switch (s.getErrorCode()) {
                    case ErrorCode.DATABASE_IS_READ_ONLY -> {
                        return Optional.of(new UserException("error.store.readonly"));
                    }
                    case ErrorCode.LOCK_TIMEOUT_1, ErrorCode.DEADLOCK_1 -> {
                        return Optional.of(new UserException("error.store.locked"));
                    }
                    default -> {
                    }
                }
            }
        }
        return Optional.empty();
    }
}
