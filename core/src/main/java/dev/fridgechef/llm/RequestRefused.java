package dev.fridgechef.llm;

import dev.fridgechef.i18n.UserException;

/** A request refused before it was sent: over the month's budget, the per-request cap or the AI plans a minute. */
public final class RequestRefused extends UserException {
    public RequestRefused(String key, Object... args) {
        super(key, args);
    }
}
