package dev.fridgechef.server.auth;

import dev.fridgechef.server.http.ApiException;

import java.util.Optional;
import java.util.OptionalLong;

/** Registering, logging in and refreshing: accounts, password hashes, throttling and sessions together. */
public final class AuthService {
    private final Accounts accounts;
    private final Sessions sessions;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final AccessTokens accessTokens;

    public AuthService(Accounts accounts, Sessions sessions, PasswordHasher hasher, LoginThrottle throttle, AccessTokens accessTokens) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.hasher = hasher;
        this.throttle = throttle;
        this.accessTokens = accessTokens;
    }

    public record Registered(User user, Tokens tokens) {
    }

    public Registered register(String username, String email, String password, String deviceName, String address) {
        OptionalLong wait = throttle.registrationRetryAfter(address);
        if (wait.isPresent()) throw ApiException.tooManyRequests(wait.getAsLong());
        throttle.registering(address);
        User user = accounts.register(username, email, hasher.hash(password));
        return new Registered(user, open(user, deviceName));
    }

    /**
     * Logs in with a username or email. Throttled per account (the account's id, so its name and its
     * email count together) and per address; a wrong password and an unknown account answer alike.
     */
    public Tokens login(String login, String password, String deviceName, String address) {
        Optional<Accounts.Credentials> found = accounts.byLogin(login);
        String accountKey = found.map(c -> c.user().id().toString()).orElse(login);
        OptionalLong wait = throttle.retryAfter(accountKey, address);
        if (wait.isPresent()) throw ApiException.tooManyRequests(wait.getAsLong());
        boolean ok;
        if (found.isPresent()) {
            ok = hasher.verify(password, found.get().passwordHash());
        } else {
            hasher.verifyNothing(password);
            ok = false;
        }
        if (!ok) {
            throttle.failed(accountKey, address);
            throw ApiException.unauthorized("Wrong username, email or password");
        }
        throttle.succeeded(accountKey);
        return open(found.get().user(), deviceName);
    }

    public Tokens refresh(String refreshToken) {
        Sessions.Rotated rotated = sessions.rotate(refreshToken);
        User user = accounts.byId(rotated.userId()).orElseThrow(() -> ApiException.unauthorized("The account no longer exists"));
        String access = accessTokens.issue(new Caller(user.id(), rotated.sessionId(), user.role()));
        return Tokens.of(access, rotated.refreshToken(), rotated.sessionId());
    }

    private Tokens open(User user, String deviceName) {
        Sessions.Opened opened = sessions.open(user.id(), deviceName);
        String access = accessTokens.issue(new Caller(user.id(), opened.sessionId(), user.role()));
        return Tokens.of(access, opened.refreshToken(), opened.sessionId());
    }
}
