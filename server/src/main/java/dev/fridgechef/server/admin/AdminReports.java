package dev.fridgechef.server.admin;

import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The admin's reports, read from the users, sessions, balances and generations tables. */
public final class AdminReports {
    private final Jdbi jdbi;

    public AdminReports(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public record Page(List<UserSummary> users, long total) {
    }

    /** Accounts in the order they were made; last active: the later of a session's last use (login, refresh) and the last AI call. */
    public Page users(int limit, int offset) {
        return jdbi.withHandle(h -> new Page(h.createQuery("""
                                SELECT u.id, u.username, u.email, u.role, u.created_at, coalesce(b.tokens, 0) AS balance,
                                       greatest((SELECT max(s.last_used_at) FROM device_sessions s WHERE s.user_id = u.id),
                                                g.last_call) AS last_active,
                                       g.calls, g.tokens, g.cost
                                FROM users u
                                LEFT JOIN ai_balances b ON b.user_id = u.id
                                LEFT JOIN LATERAL (SELECT count(*) AS calls, coalesce(sum(prompt_tokens + completion_tokens), 0) AS tokens,
                                                          coalesce(sum(cost_usd), 0) AS cost, max(created_at) AS last_call
                                                   FROM ai_generations WHERE user_id = u.id) g ON TRUE
                                ORDER BY u.created_at, u.username LIMIT :limit OFFSET :offset""")
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> {
                    OffsetDateTime active = rs.getObject("last_active", OffsetDateTime.class);
                    return new UserSummary(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("email"),
                            rs.getString("role"), rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getLong("balance"),
                            active == null ? null : active.toInstant(), rs.getLong("calls"), rs.getLong("tokens"), rs.getDouble("cost"));
                })
                .list(),
                h.createQuery("SELECT count(*) FROM users").mapTo(Long.class).one()));
    }

    public boolean userExists(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM users WHERE id = :id)").bind("id", id)
                .mapTo(Boolean.class).one());
    }

    public boolean setRole(UUID id, String role) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE users SET role = :role WHERE id = :id").bind("role", role).bind("id", id)
                .execute()) > 0;
    }

    /** AI use from {@code from} (inclusive) to {@code to} (exclusive), by feature and model, most expensive first. */
    public List<UsageRow> usage(Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT feature, model, count(*) AS calls,
                               count(*) FILTER (WHERE outcome = 'ok') AS ok,
                               count(*) FILTER (WHERE outcome <> 'ok') AS failed,
                               count(*) FILTER (WHERE cache_hit) AS hits,
                               coalesce(sum(prompt_tokens), 0) AS prompt, coalesce(sum(completion_tokens), 0) AS completion,
                               coalesce(sum(cost_usd), 0) AS cost,
                               coalesce(round(avg(latency_ms) FILTER (WHERE NOT cache_hit)), 0)::bigint AS latency
                        FROM ai_generations WHERE created_at >= :from AND created_at < :to
                        GROUP BY feature, model ORDER BY cost DESC, calls DESC, feature, model""")
                .bind("from", OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC))
                .bind("to", OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC))
                .map((rs, ctx) -> new UsageRow(rs.getString("feature"), rs.getString("model"), rs.getLong("calls"), rs.getLong("ok"),
                        rs.getLong("failed"), rs.getLong("hits"), rs.getLong("prompt"), rs.getLong("completion"), rs.getDouble("cost"),
                        rs.getLong("latency")))
                .list());
    }

    /**
     * The server at a glance for a period: users, active users (a session used in the last 5 minutes,
     * and users who made an AI call in the period), requests, answers, cache hits and the hit rate
     * (cache hits among all answers given), tokens, cost, and the tokens still granted.
     */
    public Map<String, Object> stats(Instant from, Instant to) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT (SELECT count(*) FROM users) AS users,
                               (SELECT count(DISTINCT user_id) FROM device_sessions
                                 WHERE last_used_at > now() - interval '5 minutes' AND revoked_at IS NULL) AS active_now,
                               (SELECT count(DISTINCT user_id) FROM ai_generations
                                 WHERE created_at >= :from AND created_at < :to) AS ai_users,
                               count(*) FILTER (WHERE NOT cache_hit) AS requests,
                               count(*) FILTER (WHERE outcome = 'ok') AS answers,
                               count(*) FILTER (WHERE cache_hit) AS hits,
                               coalesce(sum(prompt_tokens + completion_tokens), 0) AS tokens,
                               coalesce(sum(cost_usd), 0) AS cost,
                               (SELECT coalesce(sum(greatest(tokens, 0)), 0) FROM ai_balances) AS granted
                        FROM ai_generations WHERE created_at >= :from AND created_at < :to""")
                .bind("from", OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC))
                .bind("to", OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC))
                .map((rs, ctx) -> {
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("from", from);
                    s.put("to", to);
                    s.put("users", rs.getLong("users"));
                    s.put("activeUsers", rs.getLong("active_now"));
                    s.put("aiUsers", rs.getLong("ai_users"));
                    s.put("requests", rs.getLong("requests"));
                    s.put("answers", rs.getLong("answers"));
                    s.put("cacheHits", rs.getLong("hits"));
                    long answers = rs.getLong("answers");
                    s.put("cacheHitRate", answers == 0 ? 0.0 : (double) rs.getLong("hits") / answers);
                    s.put("tokens", rs.getLong("tokens"));
                    s.put("costUsd", rs.getDouble("cost"));
                    s.put("tokensGrantedLeft", rs.getLong("granted"));
                    return s;
                })
                .one());
    }
}
