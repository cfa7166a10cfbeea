package dev.fridgechef.server.auth;

import dev.fridgechef.server.http.ApiException;
import dev.fridgechef.server.http.ClientAddress;
import dev.fridgechef.server.http.JsonBody;
import dev.fridgechef.server.http.Replies;
import dev.fridgechef.server.http.Routes;
import io.javalin.http.Context;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** /api/v1/auth/*, /api/v1/me and /api/v1/sessions. */
public final class AuthRoutes {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{3,32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AuthService auth;
    private final Accounts accounts;
    private final Sessions sessions;
    private final ClientAddress clientAddress;

    public AuthRoutes(AuthService auth, Accounts accounts, Sessions sessions, ClientAddress clientAddress) {
        this.auth = auth;
        this.accounts = accounts;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    public void register(Routes routes) {
        routes.open("POST", "/api/v1/auth/register", this::registerAccount);
        routes.open("POST", "/api/v1/auth/login", this::login);
        routes.open("POST", "/api/v1/auth/refresh", this::refresh);
        routes.user("POST", "/api/v1/auth/logout", this::logout);
        routes.user("POST", "/api/v1/auth/logout-all", this::logoutAll);
        routes.user("GET", "/api/v1/me", this::me);
        routes.user("GET", "/api/v1/sessions", this::listSessions);
        routes.user("DELETE", "/api/v1/sessions/{id}", this::revokeSession);
    }

    private void registerAccount(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        String username = body.string("username", 3, 32);
        if (!USERNAME.matcher(username).matches()) {
            throw ApiException.invalidField("username", "may hold only letters, digits, '_', '.' and '-'");
        }
        String email = body.string("email", 3, 254);
        if (!EMAIL.matcher(email).matches()) throw ApiException.invalidField("email", "is not an email address");
        String password = body.secret("password", 10, 256);
        String device = device(body);
        AuthService.Registered registered = auth.register(username, email, password, device, clientAddress.of(ctx));
        Replies.json(ctx, 201, Map.of("user", registered.user(), "tokens", registered.tokens()));
    }

    private void login(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        String login = body.string("login", 1, 254);
        String password = body.secret("password", 1, 256);
        Replies.json(ctx, 200, auth.login(login, password, device(body), clientAddress.of(ctx)));
    }

    private void refresh(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        Replies.json(ctx, 200, auth.refresh(body.string("refreshToken", 1, 200)));
    }

    private void logout(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        sessions.revoke(caller.userId(), caller.sessionId(), "logout");
        ctx.status(204);
    }

    private void logoutAll(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        int revoked = sessions.revokeAll(caller.userId(), "logout everywhere");
        Replies.json(ctx, 200, Map.of("revokedSessions", revoked));
    }

    private void me(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        User user = accounts.byId(caller.userId()).orElseThrow(() -> ApiException.unauthorized("The account no longer exists"));
        Replies.read(ctx, user);
    }

    private void listSessions(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        List<Map<String, Object>> list = sessions.list(caller.userId()).stream()
                .map(s -> Map.<String, Object>of("id", s.id(), "deviceName", s.deviceName(), "createdAt", s.createdAt(),
                        "lastUsedAt", s.lastUsedAt(), "current", s.id().equals(caller.sessionId())))
                .toList();
        Replies.read(ctx, Map.of("sessions", list));
    }

    private void revokeSession(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        UUID id = Routes.uuidParam(ctx, "id");
        if (!sessions.revoke(caller.userId(), id, "revoked by the user")) throw ApiException.notFound("Session");
        ctx.status(204);
    }

    private static String device(JsonBody body) {
        return body.optionalString("deviceName", 1, 100).orElse("unnamed device");
    }
}
