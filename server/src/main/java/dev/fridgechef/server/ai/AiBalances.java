package dev.fridgechef.server.ai;

import org.jdbi.v3.core.Jdbi;

import java.util.UUID;

/** The users' token balances (no row: 0). Grants add; {@link AiLedger#record} debits what a call used. */
public final class AiBalances {
    private final Jdbi jdbi;

    public AiBalances(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public long tokens(UUID userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT tokens FROM ai_balances WHERE user_id = :user")
                .bind("user", userId).mapTo(Long.class).findOne().orElse(0L));
    }

    /** Adds {@code tokens} (above 0) to the user's balance, records the grant, and returns the new balance. */
    public long grant(UUID userId, long tokens, UUID grantedBy) {
        if (tokens <= 0) throw new IllegalArgumentException("a grant is above 0 tokens");
        return jdbi.inTransaction(h -> {
            long balance = h.createQuery("""
                            INSERT INTO ai_balances (user_id, tokens) VALUES (:user, :tokens)
                            ON CONFLICT (user_id) DO UPDATE SET tokens = ai_balances.tokens + :tokens, updated_at = now()
                            RETURNING tokens""")
                    .bind("user", userId).bind("tokens", tokens).mapTo(Long.class).one();
            h.createUpdate("INSERT INTO ai_grants (id, user_id, tokens, granted_by) VALUES (:id, :user, :tokens, :by)")
                    .bind("id", UUID.randomUUID()).bind("user", userId).bind("tokens", tokens).bind("by", grantedBy).execute();
            return balance;
        });
    }
}
