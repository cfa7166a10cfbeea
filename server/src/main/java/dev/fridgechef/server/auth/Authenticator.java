package dev.fridgechef.server.auth;

import dev.fridgechef.server.http.ApiException;
import io.javalin.http.Context;

/**
 * The before-handler of every route that needs a user: a valid access token in
 * {@code Authorization: Bearer ...} whose device session is still open (so logging out, "log out
 * everywhere" and theft detection take effect at once, not when the token expires). The caller is
 * then {@link #caller(Context)}.
 */
public final class Authenticator {
    private static final String CALLER = "fridgechef.caller";

    private final AccessTokens tokens;
    private final Sessions sessions;

    public Authenticator(AccessTokens tokens, Sessions sessions) {
        this.tokens = tokens;
        this.sessions = sessions;
    }

    public void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthorized("An access token is needed (Authorization: Bearer ...)");
        }
        Caller caller = tokens.verify(header.substring(7).strip())
                .orElseThrow(() -> ApiException.unauthorized("The access token is not valid or has expired"));
        if (!sessions.active(caller.sessionId(), caller.userId())) {
            throw ApiException.unauthorized("The session of this access token was logged out");
        }
        ctx.attribute(CALLER, caller);
    }

    public static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) throw ApiException.unauthorized("Not logged in");
        return caller;
    }
}
