package dev.fridgechef.server.auth;

import dev.fridgechef.server.http.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Device sessions and their refresh tokens. A login opens a session (one device) with a first
 * refresh token; each refresh revokes the token it was given and hands out a new one in the same
 * session (rotation). A token that was already used, presented again, means it was copied: the whole
 * session (the token family) is revoked at once, thief and owner alike (theft detection). Tokens are
 * 32 random bytes, and only their SHA-256 is stored.
 */
public final class Sessions {
    public static final Duration LIFETIME = Duration.ofDays(30);
    /** How long after a rotation the old refresh token may be presented again, when what replaced it was never used. */
    public static final Duration RETRY_GRACE = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;

    public Sessions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A new session for the user on this device, and its first refresh token. */
    public Opened open(UUID userId, String deviceName) {
        UUID sessionId = UUID.randomUUID();
        String token = newToken();
        jdbi.useTransaction(h -> {
            h.createUpdate("""
                            INSERT INTO device_sessions (id, user_id, device_name, expires_at)
                            VALUES (:id, :user, :device, now() + make_interval(secs => :lifetime))""")
                    .bind("id", sessionId).bind("user", userId).bind("device", deviceName)
                    .bind("lifetime", LIFETIME.toSeconds()).execute();
            insertToken(h, sessionId, token);
        });
        return new Opened(sessionId, token);
    }

    /**
     * Rotates a refresh token: the session it belongs to with a new token. Refused (401) when the token
     * is unknown, its session is revoked or expired, or it was used before (which revokes the session),
     * unless that is a retry within {@link #RETRY_GRACE} of a rotation whose new token is still unused.
     */
    public Rotated rotate(String refreshToken) {
        byte[] hash = hash(refreshToken);
        Rotated rotated = jdbi.inTransaction(h -> {
            Optional<UUID> session = h.createQuery("""
                            UPDATE refresh_tokens t SET revoked_at = now()
                            FROM device_sessions s
                            WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND s.id = t.session_id
                              AND s.revoked_at IS NULL AND s.expires_at > now()
                            RETURNING t.session_id""")
                    .bind("hash", hash).mapTo(UUID.class).findOne();
            if (session.isEmpty()) return null;
            String next = newToken();
            insertToken(h, session.get(), next);
            replacedBy(h, hash, next);
            UUID userId = h.createQuery("""
                            UPDATE device_sessions SET last_used_at = now() WHERE id = :id RETURNING user_id""")
                    .bind("id", session.get()).mapTo(UUID.class).one();
            return new Rotated(userId, session.get(), next);
        });
        if (rotated != null) return rotated;
        Rotated retried = retried(hash);
        if (retried != null) return retried;
        // reuse of a rotated token: revoke its family (its own transaction, so it stays revoked)
        int revoked = jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE device_sessions SET revoked_at = now(), revoke_reason = 'refresh token reuse'
                        WHERE revoked_at IS NULL AND id = (SELECT session_id FROM refresh_tokens
                                                           WHERE token_hash = :hash AND revoked_at IS NOT NULL)""")
                .bind("hash", hash).execute());
        throw ApiException.unauthorized(revoked > 0
                ? "This refresh token was already used: the session is revoked, log in again"
                : "The refresh token is not valid");
    }

    /**
     * A refresh retried because its answer was lost (a dropped connection, a sync cut off): the token
     * was rotated less than {@link #RETRY_GRACE} ago and the token that replaced it was never used.
     * That unused replacement is revoked and a new one issued, so the device stays logged in; null
     * when this is not such a retry. Once the replacement is used, presenting the old token is reuse.
     */
    private Rotated retried(byte[] hash) {
        return jdbi.inTransaction(h -> {
            Optional<UUID> session = h.createQuery("""
                            UPDATE refresh_tokens unused SET revoked_at = now()
                            FROM refresh_tokens presented, device_sessions s
                            WHERE presented.token_hash = :hash AND presented.revoked_at > now() - make_interval(secs => :grace)
                              AND unused.token_hash = presented.replaced_by AND unused.revoked_at IS NULL
                              AND s.id = presented.session_id AND s.revoked_at IS NULL AND s.expires_at > now()
                            RETURNING unused.session_id""")
                    .bind("hash", hash).bind("grace", RETRY_GRACE.toSeconds()).mapTo(UUID.class).findOne();
            if (session.isEmpty()) return null;
            String next = newToken();
            insertToken(h, session.get(), next);
            replacedBy(h, hash, next);
            UUID userId = h.createQuery("UPDATE device_sessions SET last_used_at = now() WHERE id = :id RETURNING user_id")
                    .bind("id", session.get()).mapTo(UUID.class).one();
            return new Rotated(userId, session.get(), next);
        });
    }

    private static void replacedBy(Handle h, byte[] rotated, String next) {
        h.createUpdate("UPDATE refresh_tokens SET replaced_by = :next, revoked_at = now() WHERE token_hash = :hash")
                .bind("next", hash(next)).bind("hash", rotated).execute();
    }

    /** Whether the session is the user's and still open; marks it used (at most once a minute). */
    public boolean active(UUID sessionId, UUID userId) {
        return jdbi.withHandle(h -> {
            Optional<OffsetDateTime> lastUsed = h.createQuery("""
                            SELECT last_used_at FROM device_sessions
                            WHERE id = :id AND user_id = :user AND revoked_at IS NULL AND expires_at > now()""")
                    .bind("id", sessionId).bind("user", userId).mapTo(OffsetDateTime.class).findOne();
            if (lastUsed.isEmpty()) return false;
            if (lastUsed.get().toInstant().isBefore(Instant.now().minusSeconds(60))) {
                h.createUpdate("UPDATE device_sessions SET last_used_at = now() WHERE id = :id").bind("id", sessionId).execute();
            }
            return true;
        });
    }

    /** Revokes one of the user's sessions; false when the user has no such open session. */
    public boolean revoke(UUID userId, UUID sessionId, String reason) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE device_sessions SET revoked_at = now(), revoke_reason = :reason
                        WHERE id = :id AND user_id = :user AND revoked_at IS NULL""")
                .bind("id", sessionId).bind("user", userId).bind("reason", reason).execute()) > 0;
    }

    /** Revokes every open session of the user; how many. */
    public int revokeAll(UUID userId, String reason) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE device_sessions SET revoked_at = now(), revoke_reason = :reason
                        WHERE user_id = :user AND revoked_at IS NULL""")
                .bind("user", userId).bind("reason", reason).execute());
    }

    public List<DeviceSession> list(UUID userId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, device_name, created_at, last_used_at FROM device_sessions
                        WHERE user_id = :user AND revoked_at IS NULL AND expires_at > now()
                        ORDER BY created_at""")
                .bind("user", userId)
                .map((rs, ctx) -> new DeviceSession(rs.getObject("id", UUID.class), rs.getString("device_name"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("last_used_at", OffsetDateTime.class).toInstant()))
                .list());
    }

    /** Distinct users with a session used in the last {@code window} (the active-users gauge). */
    public long activeUsers(Duration window) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT count(DISTINCT user_id) FROM device_sessions
                        WHERE revoked_at IS NULL AND last_used_at > now() - make_interval(secs => :secs)""")
                .bind("secs", window.toSeconds()).mapTo(Long.class).one());
    }

    private static void insertToken(Handle h, UUID sessionId, String token) {
        h.createUpdate("INSERT INTO refresh_tokens (token_hash, session_id) VALUES (:hash, :session)")
                .bind("hash", hash(token)).bind("session", sessionId).execute();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Opened(UUID sessionId, String refreshToken) {
    }

    public record Rotated(UUID userId, UUID sessionId, String refreshToken) {
    }

    public record DeviceSession(UUID id, String deviceName, Instant createdAt, Instant lastUsedAt) {
    }
}
