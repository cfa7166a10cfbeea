package dev.fridgechef.server.ai;

import org.jdbi.v3.core.Jdbi;

import java.util.UUID;

/**
 * Records every generation and debits the tokens it used from its user's balance, in one transaction:
 * the debit is one atomic UPDATE ({@code tokens = tokens - used}), so concurrent calls never lose a
 * debit. The balance was checked above 0 before the call was sent, and the debit comes after the
 * answer: a balance may go below 0 by what the calls in flight at that moment used (each at most one
 * call's tokens); the next call is then refused.
 */
public final class AiLedger {
    private final Jdbi jdbi;

    public AiLedger(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void record(Generation g) {
        jdbi.useTransaction(h -> {
            h.createUpdate("""
                            INSERT INTO ai_generations (id, user_id, feature, provider, model, prompt_tokens, completion_tokens, cost_usd,
                                                        latency_ms, outcome, cache_hit)
                            VALUES (:id, :user, :feature, :provider, :model, :in, :out, :cost, :ms, :outcome, :cacheHit)""")
                    .bind("id", UUID.randomUUID()).bind("user", g.userId()).bind("feature", g.feature())
                    .bind("provider", g.provider()).bind("model", g.model()).bind("in", g.promptTokens())
                    .bind("out", g.completionTokens()).bind("cost", g.costUsd()).bind("ms", g.latencyMs())
                    .bind("outcome", g.outcome()).bind("cacheHit", g.cacheHit()).execute();
            if (g.tokens() > 0) {
                h.createUpdate("UPDATE ai_balances SET tokens = tokens - :used, updated_at = now() WHERE user_id = :user")
                        .bind("used", g.tokens()).bind("user", g.userId()).execute();
            }
        });
    }
}
