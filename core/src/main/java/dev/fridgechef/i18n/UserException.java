package dev.fridgechef.i18n;

import java.util.List;

/**
 * A problem caused by what the person asked for (bad input, a missing item, an impossible date),
 * as opposed to a bug. Carries a message key and arguments so that each front end shows it in the
 * person's language; front ends print it without a stack trace.
 */
public class UserException extends RuntimeException {
    private final String key;
    private final transient List<Object> args;

    public UserException(String key, Object... args) {
        super(Messages.english().format(key, args));
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }

    public String localizedMessage(Messages messages) {
        return messages.format(key, args.toArray());
    }
}
