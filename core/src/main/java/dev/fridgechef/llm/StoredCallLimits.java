package dev.fridgechef.llm;

import dev.fridgechef.profile.ProfileService;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * The limits kept in the store, so they hold across every process that uses it. A request's
 * {@code llm_call} row is written as "pending", with its estimated tokens and cost, in one short
 * transaction that first locks the user's {@code llm_limit} row and then counts the calls of the
 * last minute and the month's cost: two processes (or threads) cannot both take the last place.
 * Only sent requests count: a reservation not sent is deleted, and a sent one gets its real tokens
 * and cost. The store is never held while a request is on its way.
 * <p>A call's time in the window is when it was answered (set when it is settled), and a call on its
 * way counts as now: both are no earlier than when the provider received it, so no provider ever
 * sees more requests in a minute than the limit, however long a process took between taking its
 * place and sending. A call left pending by a killed process stops counting after {@link #STALE}.
 */
public final class StoredCallLimits implements CallLimits {
    public static final String PLAN = "plan";
    private static final Duration STALE = Duration.ofMinutes(5);
    /** The calls in the window: answered within the minute, or still on their way. */
    private static final String IN_WINDOW = "NOT cache_hit AND (at > :f OR (outcome = 'pending' AND at > :stale))";

    private final Jdbi jdbi;
    private final Clock clock;
    private final double monthlyBudgetUsd;
    private final int plansPerMinute;
    private final double maxRequestUsd;

    public StoredCallLimits(Jdbi jdbi, Clock clock, double monthlyBudgetUsd, int plansPerMinute, double maxRequestUsd) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.monthlyBudgetUsd = monthlyBudgetUsd;
        this.plansPerMinute = plansPerMinute;
        this.maxRequestUsd = maxRequestUsd;
    }

    public StoredCallLimits(Jdbi jdbi, Clock clock, LlmSettings settings) {
        this(jdbi, clock, settings.monthlyBudgetUsd(), settings.generationsPerMinute(), settings.maxRequestUsd());
    }

    /** A call of the last minute and its tokens. */
    record Recent(LocalDateTime at, long tokens) {
    }

    @Override
    public Decision reserve(Request r) {
        double cost = r.cost();
        if (cost > maxRequestUsd) throw new RequestRefused("error.llm.budget.request", usd(cost), r.tokens(), usd(maxRequestUsd));
        String user = ProfileService.DEFAULT_USER;
        return jdbi.inTransaction(h -> {
            LocalDateTime now = LocalDateTime.now(clock);
            LocalDateTime minuteAgo = now.minusMinutes(1);
            h.createUpdate("MERGE INTO llm_limit (scope) KEY (scope) VALUES (:s)").bind("s", "user:" + user).execute();
            h.createQuery("SELECT scope FROM llm_limit WHERE scope = :s FOR UPDATE").bind("s", "user:" + user).mapTo(String.class).one();
            if (PLAN.equals(r.purpose())) {
                List<LocalDateTime> plans = h.createQuery("SELECT CASE WHEN outcome = 'pending' THEN :now ELSE at END AS at FROM llm_call "
                                + "WHERE user_name = :u AND purpose = :p AND " + IN_WINDOW + " ORDER BY at DESC")
                        .bind("u", user).bind("p", PLAN).bind("f", minuteAgo).bind("now", now).bind("stale", now.minus(STALE))
                        .mapTo(LocalDateTime.class).list();
                if (plans.size() >= plansPerMinute) {
                    Duration wait = Duration.between(now, plans.get(plansPerMinute - 1).plusMinutes(1));
                    throw new RequestRefused("error.llm.limit.plans", plansPerMinute, Math.max(1, (wait.toMillis() + 999) / 1000));
                }
            }
            double spent = spent(h, user);
            if (spent + cost > monthlyBudgetUsd) {
                throw new RequestRefused("error.llm.budget.month", usd(cost), r.tokens(), usd(monthlyBudgetUsd), usd(Math.max(0, monthlyBudgetUsd - spent)));
            }
            List<Recent> window = h.createQuery("SELECT CASE WHEN outcome = 'pending' THEN :now ELSE at END AS at, tokens_in + tokens_out AS tokens "
                            + "FROM llm_call WHERE provider = :p AND " + IN_WINDOW + " ORDER BY at")
                    .bind("p", r.provider().name()).bind("f", minuteAgo).bind("now", now).bind("stale", now.minus(STALE))
                    .map((rs, ctx) -> new Recent(rs.getTimestamp("at").toLocalDateTime(), rs.getLong("tokens"))).list();
            Duration wait = delay(window, r.provider().requestsPerMinute(), r.provider().tokensPerMinute(), r.tokens(), now);
            if (!wait.isZero()) return new Wait(wait);
            long id = h.createUpdate("INSERT INTO llm_call (user_name, at, provider, model, purpose, tokens_in, tokens_out, cost_usd, latency_ms, "
                            + "cache_hit, outcome) VALUES (:u, :at, :p, :m, :purpose, :ti, :to, :c, 0, FALSE, 'pending')")
                    .bind("u", user).bind("at", now).bind("p", r.provider().name()).bind("m", r.provider().model()).bind("purpose", r.purpose())
                    .bind("ti", r.promptTokens()).bind("to", (long) r.maxTokens()).bind("c", BigDecimal.valueOf(cost))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return new Go(id);
        });
    }

    @Override
    public void release(long callId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM llm_call WHERE id = :id AND outcome = 'pending'").bind("id", callId).execute());
    }

    @Override
    public void settle(long callId, Sent s) {
        jdbi.useTransaction(h -> {
            h.createUpdate("UPDATE llm_call SET at = :at, model = :m, tokens_in = :ti, tokens_out = :to, cost_usd = :c, latency_ms = :l, outcome = :o "
                            + "WHERE id = :id")
                    .bind("at", LocalDateTime.now(clock)).bind("m", s.model()).bind("ti", s.tokensIn()).bind("to", s.tokensOut()).bind("c", BigDecimal.valueOf(s.costUsd()))
                    .bind("l", s.latencyMs()).bind("o", UsageLedger.outcome(s.outcome())).bind("id", callId).execute();
            if (s.text() != null) {
                h.createUpdate("INSERT INTO llm_answer (call_id, text) VALUES (:id, :t)").bind("id", callId).bind("t", s.text()).execute();
            }
        });
    }

    private double spent(Handle h, String user) {
        LocalDateTime from = YearMonth.now(clock).atDay(1).atStartOfDay();
        return h.createQuery("SELECT COALESCE(SUM(cost_usd), 0) FROM llm_call WHERE user_name = :u AND at >= :f")
                .bind("u", user).bind("f", from).mapTo(BigDecimal.class).one().doubleValue();
    }

    /**
     * Zero when a request of {@code tokens} fits the provider's minute now, else the wait until enough
     * of the window's oldest calls leave it. A request larger than the whole token allowance goes
     * alone (when the window is empty).
     */
    static Duration delay(List<Recent> window, int requestsPerMinute, long tokensPerMinute, long tokens, LocalDateTime now) {
        long used = window.stream().mapToLong(Recent::tokens).sum();
        if (window.size() < requestsPerMinute && used + tokens <= tokensPerMinute) return Duration.ZERO;
        if (window.isEmpty()) return Duration.ZERO;
        long freed = 0;
        int count = window.size();
        for (Recent e : window) {
            freed += e.tokens();
            count--;
            if (count < requestsPerMinute && used - freed + tokens <= tokensPerMinute) {
                return Duration.between(now, e.at().plusMinutes(1)).plusMillis(1);
            }
        }
        return Duration.between(now, window.get(window.size() - 1).at().plusMinutes(1)).plusMillis(1);
    }

    private static String usd(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
