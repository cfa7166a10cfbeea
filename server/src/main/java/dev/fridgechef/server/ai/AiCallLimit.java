package dev.fridgechef.server.ai;

import org.jdbi.v3.core.Jdbi;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The AI calls each user may make a minute, counted in PostgreSQL so that every instance shares the
 * count (no counter in memory). A fixed window per user: taking a place is ONE conditional upsert,
 * which either counts the call in the current window (or opens a new one) or changes nothing when
 * the window is full; concurrent takes on the same row are serialised by its lock, so exactly
 * {@code perMinute} of any burst get through. A fixed window lets up to twice the limit through
 * across a window's end; that is the price of one statement.
 */
public final class AiCallLimit {
    static final int WINDOW_SECONDS = 60;

    private final Jdbi jdbi;
    private final int perMinute;

    public AiCallLimit(Jdbi jdbi, int perMinute) {
        this.jdbi = jdbi;
        this.perMinute = perMinute;
    }

    /** A place for one call: the start of the window it counts in, or empty when the window is full. */
    public Optional<OffsetDateTime> take(UUID userId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        INSERT INTO ai_call_windows AS w (user_id, window_start, calls) VALUES (:user, now(), 1)
                        ON CONFLICT (user_id) DO UPDATE SET
                          calls = CASE WHEN w.window_start <= now() - make_interval(secs => :window) THEN 1 ELSE w.calls + 1 END,
                          window_start = CASE WHEN w.window_start <= now() - make_interval(secs => :window)
                                              THEN now() ELSE w.window_start END
                        WHERE w.window_start <= now() - make_interval(secs => :window) OR w.calls < :limit
                        RETURNING window_start""")
                .bind("user", userId).bind("window", WINDOW_SECONDS).bind("limit", perMinute)
                .mapTo(OffsetDateTime.class).findOne());
    }

    /** Seconds until the user's full window ends (at least 1). */
    public long retryAfterSeconds(UUID userId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT ceil(extract(epoch FROM window_start + make_interval(secs => :window) - now()))::bigint
                        FROM ai_call_windows WHERE user_id = :user""")
                .bind("user", userId).bind("window", WINDOW_SECONDS).mapTo(Long.class).findOne())
                .map(s -> Math.max(1, s)).orElse(1L);
    }

    /** Gives back a place taken in the window that started at {@code windowStart}: nothing was sent after all. */
    public void giveBack(UUID userId, OffsetDateTime windowStart) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE ai_call_windows SET calls = calls - 1
                        WHERE user_id = :user AND window_start = :start AND calls > 0""")
                .bind("user", userId).bind("start", windowStart).execute());
    }

    public int perMinute() {
        return perMinute;
    }
}
