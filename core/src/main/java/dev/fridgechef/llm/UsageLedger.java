package dev.fridgechef.llm;

import dev.fridgechef.profile.ProfileService;
import org.jdbi.v3.core.Jdbi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/** The usage ledger: every model call and cache hit, with cost; answers budget and rate-limit questions. */
public final class UsageLedger {

    private final Jdbi jdbi;
    private final Clock clock;

    public UsageLedger(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The provider names cache hits are recorded under, by kind: the same request today, or a stored plan reused. */
    public static final String CACHE_EXACT = "cache:exact";
    public static final String CACHE_REUSE = "cache:reuse";
    /** A plan made without a call from the dishes of a recent model answer (plan/DishReuse). */
    public static final String CACHE_DISHES = "cache:dishes";
    /** A chat question answered with the stored answer to the same opening question about the same data today. */
    public static final String CACHE_CHAT = "cache:chat";
    /** A chat question the app answered itself from its own data (chat/LocalAnswer): no model call. */
    public static final String LOCAL_CHAT = "cache:local";

    /** One feature's usage ("plan", "chat", "test") over the days asked, for {@code fridge usage}. */
    public record Feature(String purpose, int calls, int cacheHits, int failures, long tokensIn, long tokensOut, double costUsd) {
    }

    public record Call(String provider, String model, String purpose, long tokensIn, long tokensOut, double costUsd, long latencyMs,
                       boolean cacheHit, String outcome) {
    }

    /** One day of usage for {@code fridge usage}. */
    public record Day(LocalDate day, int calls, int cacheHits, int failures, long tokensIn, long tokensOut, double costUsd) {
        public double cacheHitRate() {
            int lookups = calls + cacheHits;
            return lookups == 0 ? 0 : (double) cacheHits / lookups;
        }
    }

    /** The limits of {@code settings} kept in this store: what {@link LlmGateway} asks before each request. */
    public CallLimits limits(LlmSettings settings) {
        return new StoredCallLimits(jdbi, clock, settings);
    }

    /** A call whose answer was paid for but could not be used (not JSON, broke the rules): it stays a call made, with why. */
    public void markUnusable(long callId, String why) {
        if (callId <= 0) return;
        jdbi.useHandle(h -> h.createUpdate("UPDATE llm_call SET outcome = :o WHERE id = :id AND outcome = 'ok'")
                .bind("o", outcome("unusable: " + why)).bind("id", callId).execute());
    }

    /** The raw text of a paid answer, as it was stored when it arrived. */
    public java.util.Optional<String> answer(long callId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT text FROM llm_answer WHERE call_id = :id").bind("id", callId).mapTo(String.class).findOne());
    }

    static String outcome(String outcome) {
        return outcome.length() > 200 ? outcome.substring(0, 200) : outcome;
    }

    /** A plan request served without a model call: {@code kind} is {@link #CACHE_EXACT}, {@link #CACHE_REUSE} or {@link #CACHE_DISHES}, {@code what} the plan served. */
    public void recordCacheHit(String kind, String what) {
        recordCacheHit(kind, "plan", what);
    }

    /** A request of another feature ({@code purpose}: "chat", ...) served without a model call. */
    public void recordCacheHit(String kind, String purpose, String what) {
        record(new Call(kind, what, purpose, 0, 0, 0, 0, true, "ok"));
    }

    /**
     * Cache hits of the last {@code days} days by kind ("exact", "reuse", "dishes", "chat", "photo"); hits recorded before the kinds
     * were kept count as "exact" (provider "cache") or "semantic" (the retired text-similarity cache).
     */
    public java.util.Map<String, Integer> cacheHitsByKind(int days) {
        LocalDateTime from = LocalDate.now(clock).minusDays(days - 1L).atStartOfDay();
        java.util.Map<String, Integer> out = new java.util.TreeMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT provider, COUNT(*) FROM llm_call WHERE user_name = :u AND at >= :f AND cache_hit GROUP BY provider")
                .bind("u", ProfileService.DEFAULT_USER).bind("f", from)
                .map((rs, ctx) -> java.util.Map.entry(kind(rs.getString(1)), rs.getInt(2)))
                .forEach(e -> out.merge(e.getKey(), e.getValue(), Integer::sum)));
        return out;
    }

    private static String kind(String provider) {
        if (provider.startsWith("cache:")) return provider.substring("cache:".length());
        return provider.equals("semantic-cache") ? "semantic" : "exact";
    }

    public void record(Call c) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO llm_call (user_name, at, provider, model, purpose, tokens_in, tokens_out, cost_usd, "
                        + "latency_ms, cache_hit, outcome) VALUES (:u, :at, :p, :m, :purpose, :ti, :to, :c, :l, :hit, :o)")
                .bind("u", ProfileService.DEFAULT_USER).bind("at", LocalDateTime.now(clock)).bind("p", c.provider()).bind("m", c.model()).bind("purpose", c.purpose())
                .bind("ti", c.tokensIn()).bind("to", c.tokensOut()).bind("c", BigDecimal.valueOf(c.costUsd())).bind("l", c.latencyMs())
                .bind("hit", c.cacheHit()).bind("o", outcome(c.outcome())).execute());
    }

    public double spentThisMonth() {
        LocalDateTime from = YearMonth.now(clock).atDay(1).atStartOfDay();
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(cost_usd), 0) FROM llm_call WHERE user_name = :u AND at >= :f")
                .bind("u", ProfileService.DEFAULT_USER).bind("f", from).mapTo(BigDecimal.class).one()).doubleValue();
    }

    /** Model calls for plans sent in the last minute, whatever came of them (cache hits do not count): the per-user plan limit. */
    public int generationsInLastMinute() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM llm_call WHERE user_name = :u AND at > :f AND NOT cache_hit "
                        + "AND purpose = 'plan'")
                .bind("u", ProfileService.DEFAULT_USER).bind("f", LocalDateTime.now(clock).minusMinutes(1)).mapTo(Integer.class).one());
    }

    /** The outcome of the newest "llm test" call to this provider, if there was one: whether it was reachable. */
    public java.util.Optional<String> lastTest(String provider) {
        return jdbi.withHandle(h -> h.createQuery("SELECT outcome || ' at ' || FORMATDATETIME(at, 'yyyy-MM-dd HH:mm') FROM llm_call "
                        + "WHERE user_name = :u AND provider = :p AND purpose = 'test' ORDER BY at DESC, id DESC LIMIT 1")
                .bind("u", ProfileService.DEFAULT_USER).bind("p", provider).mapTo(String.class).findOne());
    }

    public List<Day> days(int days) {
        LocalDateTime from = LocalDate.now(clock).minusDays(days - 1L).atStartOfDay();
        return jdbi.withHandle(h -> h.createQuery("SELECT CAST(at AS DATE) AS usage_day, "
                        + "COUNT(*) FILTER (WHERE NOT cache_hit) AS calls, COUNT(*) FILTER (WHERE cache_hit) AS hits, "
                        + "COUNT(*) FILTER (WHERE NOT cache_hit AND outcome <> 'ok') AS failures, "
                        + "SUM(tokens_in) AS tin, SUM(tokens_out) AS tout, SUM(cost_usd) AS cost "
                        + "FROM llm_call WHERE user_name = :u AND at >= :f GROUP BY CAST(at AS DATE) ORDER BY usage_day")
                .bind("u", ProfileService.DEFAULT_USER).bind("f", from)
                .map((rs, ctx) -> new Day(rs.getDate("usage_day").toLocalDate(), rs.getInt("calls"), rs.getInt("hits"), rs.getInt("failures"),
                        rs.getLong("tin"), rs.getLong("tout"), rs.getBigDecimal("cost").doubleValue()))
                .list());
    }

    /** Usage by feature over the last {@code days} days, the most expensive first. */
    public List<Feature> features(int days) {
        LocalDateTime from = LocalDate.now(clock).minusDays(days - 1L).atStartOfDay();
        return jdbi.withHandle(h -> h.createQuery("SELECT purpose, COUNT(*) FILTER (WHERE NOT cache_hit) AS calls, "
                        + "COUNT(*) FILTER (WHERE cache_hit) AS hits, COUNT(*) FILTER (WHERE NOT cache_hit AND outcome <> 'ok') AS failures, "
                        + "SUM(tokens_in) AS tin, SUM(tokens_out) AS tout, SUM(cost_usd) AS cost "
                        + "FROM llm_call WHERE user_name = :u AND at >= :f GROUP BY purpose ORDER BY cost DESC, purpose")
                .bind("u", ProfileService.DEFAULT_USER).bind("f", from)
                .map((rs, ctx) -> new Feature(rs.getString("purpose"), rs.getInt("calls"), rs.getInt("hits"), rs.getInt("failures"),
                        rs.getLong("tin"), rs.getLong("tout"), rs.getBigDecimal("cost").doubleValue()))
                .list());
    }
}
