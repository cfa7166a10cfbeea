package dev.fridgechef.sync.http;

import dev.fridgechef.i18n.UserException;
import dev.fridgechef.sync.store.SyncStore;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Logging this store in to a household server and out again, for every front end. A login checks the
 * account is in a household before anything is linked, links the store (today's stock becomes this
 * device's first operations) and keeps the refresh token in the config folder. One store syncs one
 * account on one server: a login as someone else is refused, a login again as the same account (after
 * the token expired) is not. A logout ends the session on the server when it can and never drops
 * unsent operations.
 */
public final class SyncLogin {
    private final SyncStore store;
    private final SyncCredentials credentials;
    private final String deviceName;
    private final Duration timeout;

    public SyncLogin(SyncStore store, SyncCredentials credentials, String deviceName, Duration timeout) {
        this.store = store;
        this.credentials = credentials;
        this.deviceName = deviceName;
        this.timeout = timeout;
    }

    /** What a login did: the link, whether it was the store's first, and how many operations wait to be sent. */
    public record LoggedIn(SyncStore.Link link, boolean firstLink, int pending) {
    }

    /** How the session on the server ended: told to end, found ended already, or not reachable ({@code problem} says why). */
    public enum Session { REVOKED, ALREADY_ENDED, NOT_REVOKED }

    public record LoggedOut(Session session, String problem, int pending) {
    }

    /** A server address as people type it, checked and without a trailing slash; empty when it is not an http(s) URL. */
    public static Optional<String> serverUrl(String text) {
        try {
            URI uri = URI.create(text.strip());
            if ((!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) || uri.getHost() == null) return Optional.empty();
            String s = uri.toString();
            return Optional.of(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Logs in with a checked server URL ({@link #serverUrl}); the password is not kept. */
    public LoggedIn login(String server, String user, String password) {
        Optional<SyncStore.Link> existing = store.link();
        if (existing.isPresent()) {
            SyncStore.Link link = existing.get();
            if (!SyncStore.sameServer(link.serverUrl(), server)) throw new UserException("error.sync.other.server", link.serverUrl(), server);
            if (!SyncStore.sameAccount(link.account(), user)) throw new UserException("error.sync.other.account", link.serverUrl(), link.account(), user);
        }
        HttpSyncTransport.Tokens tokens;
        try {
            tokens = HttpSyncTransport.login(server, user, password, deviceName, timeout);
        } catch (HttpSyncTransport.ServerException e) {
            if (e.status() == 401) throw new UserException("error.sync.login.refused", user, server);
            throw new UserException("error.sync.server", server, e.getMessage());
        } catch (IOException e) {
            throw new UserException("error.sync.server", server, e.getMessage());
        }
        // the account must be in a household before anything is linked or recorded
        UUID probe = existing.map(SyncStore.Link::deviceId).orElseGet(() -> store.ids().next());
        try {
            new HttpSyncTransport(server, credentials, probe, deviceName, timeout).withAccessToken(tokens.accessToken()).status();
        } catch (HttpSyncTransport.ServerException e) {
            if ("no_household".equals(e.code())) throw new UserException("error.sync.no.household", user, server);
            throw new UserException("error.sync.server", server, e.getMessage());
        } catch (IOException e) {
            throw new UserException("error.sync.server", server, e.getMessage());
        }
        SyncStore.Linked linked = store.linkTo(server, user);
        credentials.save(new SyncCredentials.Login(server, user, linked.link().deviceId().toString(), tokens.refreshToken()));
        return new LoggedIn(linked.link(), linked.first(), store.pending());
    }

    /**
     * Ends the session on the server (a refresh for an access token, then /auth/logout) and forgets the
     * refresh token here whatever the server said. The outbox is left as it is.
     */
    public LoggedOut logout() {
        Optional<SyncCredentials.Login> login = credentials.load().filter(SyncCredentials.Login::loggedIn);
        Session session = Session.ALREADY_ENDED;
        String problem = null;
        if (login.isPresent()) {
            UUID device = store.link().map(SyncStore.Link::deviceId).orElse(null);
            try {
                new HttpSyncTransport(login.get().server(), credentials, device, deviceName, timeout).logout();
                session = Session.REVOKED;
            } catch (HttpSyncTransport.LoginRequiredException e) {
                session = Session.ALREADY_ENDED; // the server no longer takes the token: nothing left to end
            } catch (IOException e) {
                session = Session.NOT_REVOKED;
                problem = e.getMessage();
            }
        }
        credentials.logOut();
        return new LoggedOut(session, problem, store.pending());
    }
}
