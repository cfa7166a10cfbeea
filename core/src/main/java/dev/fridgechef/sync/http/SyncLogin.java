package dev.fridgechef.sync.http;

import dev.fridgechef.Json;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.InventoryFiles;
import dev.fridgechef.sync.store.SyncStore;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
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

    /**
     * What a login did: the link, whether it was the store's first, how many operations wait to be sent,
     * and how many stock items were set aside to {@code setAsideFile} (0 and null when none were).
     */
    public record LoggedIn(SyncStore.Link link, boolean firstLink, int pending, int setAside, Path setAsideFile) {
    }

    /**
     * What a first login does with stock this store already has when the household already syncs data:
     * ask (refuse, saying how to choose), add it to the household's (food the others do not have), or set
     * it aside in a file and take the household's (the same fridge: adding it would count it twice).
     */
    public enum LocalStock { ASK, ADD, SET_ASIDE }

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

    /** {@link #login(String, String, String, LocalStock, Path)} that asks about stock the store already has. */
    public LoggedIn login(String server, String user, String password) {
        return login(server, user, password, LocalStock.ASK, null);
    }

    /**
     * Logs in with a checked server URL ({@link #serverUrl}); the password is not kept. {@code setAsideFile}:
     * where {@link LocalStock#SET_ASIDE} writes the store's stock (CSV, as {@code fridge import} reads it).
     */
    public LoggedIn login(String server, String user, String password, LocalStock localStock, Path setAsideFile) {
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
        long householdOps;
        try {
            householdOps = new HttpSyncTransport(server, credentials, probe, deviceName, timeout).withAccessToken(tokens.accessToken())
                    .status().path("lastSeq").asLong(0);
        } catch (HttpSyncTransport.ServerException e) {
            if ("no_household".equals(e.code())) throw new UserException("error.sync.no.household", user, server);
            throw new UserException("error.sync.server", server, e.getMessage());
        } catch (IOException e) {
            throw new UserException("error.sync.server", server, e.getMessage());
        }
        int items = existing.isEmpty() ? store.stockItems() : 0;
        boolean both = items > 0 && householdOps > 0;
        if (both && localStock == LocalStock.ASK) throw new UserException("error.sync.local.stock", items, server);
        boolean setAside = both && localStock == LocalStock.SET_ASIDE;
        if (setAside && setAsideFile == null) throw new IllegalArgumentException("setting stock aside needs a file to write it to");
        SyncStore.Linked linked = store.linkTo(server, user,
                setAside ? stock -> new InventoryFiles(Json.mapper()).writeFile(stock, setAsideFile, InventoryFiles.Format.CSV) : null);
        credentials.save(new SyncCredentials.Login(server, user, linked.link().deviceId().toString(), tokens.refreshToken()));
        return new LoggedIn(linked.link(), linked.first(), store.pending(), setAside ? items : 0, setAside ? setAsideFile : null);
    }

    /**
     * Ends the session on the server (a refresh for an access token, then /auth/logout) and forgets the
     * refresh token here whatever the server said. The outbox is left as it is.
     */
    public LoggedOut logout() {
        UUID device = store.link().map(SyncStore.Link::deviceId).orElse(null);
        Optional<SyncCredentials.Login> login = credentials.loadFor(device).filter(SyncCredentials.Login::loggedIn);
        Session session = Session.ALREADY_ENDED;
        String problem = null;
        if (login.isPresent()) {
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
        credentials.logOutFor(device);
        return new LoggedOut(session, problem, store.pending());
    }
}
