package dev.fridgechef.server.load;

import java.time.Duration;
import java.util.Map;

/**
 * A seeded user: logged in once (registering opens a device session) and kept logged in by refreshing
 * its access token before it expires. Several virtual users may share one member (more virtual users
 * than users), so the refresh is serialized: a refresh token may be used once, and using it twice would
 * revoke the session as stolen.
 */
final class Member {
    /** Refreshed this long before the server's 15-minute access tokens expire. */
    static final Duration REFRESH_AFTER = Duration.ofMinutes(12);

    final String username;
    final String userId;
    final String password;
    final Household household;
    private String access;
    private String refresh;
    private long issuedAt;

    Member(String username, String userId, String password, Household household, String access, String refresh) {
        this.username = username;
        this.userId = userId;
        this.password = password;
        this.household = household;
        this.access = access;
        this.refresh = refresh;
        this.issuedAt = System.nanoTime();
    }

    /** A valid access token, refreshed first when it is old. */
    synchronized String token(Http http, Recorder recorder) {
        if (System.nanoTime() - issuedAt > REFRESH_AFTER.toNanos()) {
            Http.Reply r = http.send(recorder, "POST /api/v1/auth/refresh", "POST", "/api/v1/auth/refresh", null,
                    Map.of("refreshToken", refresh));
            if (r.ok()) {
                access = r.text("accessToken");
                refresh = r.text("refreshToken");
                issuedAt = System.nanoTime();
            }
        }
        return access;
    }
}
