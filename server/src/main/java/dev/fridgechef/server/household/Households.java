package dev.fridgechef.server.household;

import dev.fridgechef.server.http.ApiException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Households, their members and invites. A user is in one household at most. The scoping rule: a
 * household or invite is looked up by its id <em>and</em> the caller's own membership in the same
 * SQL statement, so somebody else's id finds nothing and answers 404 (not 403: ids cannot be probed).
 */
public final class Households {
    private static final SecureRandom RANDOM = new SecureRandom();
    // no 0/O, 1/I/L: codes are read aloud and typed
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final RowMapper<Invite> INVITE = (rs, ctx) -> new Invite(rs.getObject("id", UUID.class),
            rs.getObject("household_id", UUID.class), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
            rs.getObject("expires_at", OffsetDateTime.class).toInstant(), rs.getInt("max_uses"), rs.getInt("uses"),
            rs.getObject("revoked_at", OffsetDateTime.class) != null);

    private final Jdbi jdbi;

    public Households(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Household create(UUID userId, String name) {
        UUID id = UUID.randomUUID();
        try {
            jdbi.useTransaction(h -> {
                h.createUpdate("INSERT INTO households (id, name, created_by) VALUES (:id, :name, :user)")
                        .bind("id", id).bind("name", name).bind("user", userId).execute();
                h.createUpdate("INSERT INTO household_members (user_id, household_id) VALUES (:user, :id)")
                        .bind("user", userId).bind("id", id).execute();
            });
        } catch (UnableToExecuteStatementException e) {
            throw alreadyMember(e);
        }
        return mine(userId).orElseThrow();
    }

    /** The caller's household, if they are in one. */
    public Optional<Household> mine(UUID userId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT hh.id FROM households hh JOIN household_members m ON m.household_id = hh.id
                        WHERE m.user_id = :user""")
                .bind("user", userId).mapTo(UUID.class).findOne().map(id -> load(h, id)));
    }

    /** The household with this id when the caller is a member of it; else empty (404). */
    public Optional<Household> find(UUID userId, UUID householdId) {
        return jdbi.withHandle(h -> scoped(h, userId, householdId) ? Optional.of(load(h, householdId)) : Optional.empty());
    }

    public record NewInvite(Invite invite, String code) {
    }

    /** A new invite code into the caller's household {@code householdId}; empty when it is not theirs. */
    public Optional<NewInvite> invite(UUID userId, UUID householdId, Duration validFor, int maxUses) {
        String code = newCode();
        return jdbi.inTransaction(h -> {
            if (!scoped(h, userId, householdId)) return Optional.empty();
            Invite invite = h.createQuery("""
                            INSERT INTO household_invites (id, household_id, code_hash, created_by, expires_at, max_uses)
                            VALUES (:id, :household, :hash, :user, now() + make_interval(secs => :secs), :maxUses)
                            RETURNING id, household_id, created_at, expires_at, max_uses, uses, revoked_at""")
                    .bind("id", UUID.randomUUID()).bind("household", householdId).bind("hash", hash(code))
                    .bind("user", userId).bind("secs", validFor.toSeconds()).bind("maxUses", maxUses)
                    .map(INVITE).one();
            return Optional.of(new NewInvite(invite, code));
        });
    }

    /** The invites of the caller's household {@code householdId}; empty when it is not theirs. */
    public Optional<List<Invite>> invites(UUID userId, UUID householdId) {
        return jdbi.withHandle(h -> scoped(h, userId, householdId)
                ? Optional.of(h.createQuery("""
                                SELECT id, household_id, created_at, expires_at, max_uses, uses, revoked_at
                                FROM household_invites WHERE household_id = :household ORDER BY created_at""")
                        .bind("household", householdId).map(INVITE).list())
                : Optional.empty());
    }

    /** Revokes an invite of the caller's household; false when there is no such invite there. */
    public boolean revokeInvite(UUID userId, UUID householdId, UUID inviteId) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE household_invites i SET revoked_at = coalesce(i.revoked_at, now())
                        FROM household_members m
                        WHERE i.id = :invite AND i.household_id = :household
                          AND m.household_id = i.household_id AND m.user_id = :user""")
                .bind("invite", inviteId).bind("household", householdId).bind("user", userId).execute()) > 0;
    }

    /** Joins the household of a valid invite code (not expired, revoked or used up). */
    public Household join(UUID userId, String code) {
        try {
            UUID householdId = jdbi.inTransaction(h -> {
                Optional<UUID> household = h.createQuery("""
                                UPDATE household_invites SET uses = uses + 1
                                WHERE code_hash = :hash AND revoked_at IS NULL AND expires_at > now() AND uses < max_uses
                                RETURNING household_id""")
                        .bind("hash", hash(normalize(code))).mapTo(UUID.class).findOne();
                if (household.isEmpty()) throw ApiException.notFound("Invite code (or it expired or was used up)");
                h.createUpdate("INSERT INTO household_members (user_id, household_id) VALUES (:user, :household)")
                        .bind("user", userId).bind("household", household.get()).execute();
                return household.get();
            });
            return mine(userId).filter(hh -> hh.id().equals(householdId)).orElseThrow();
        } catch (UnableToExecuteStatementException e) {
            throw alreadyMember(e);
        }
    }

    /** Leaves the household {@code householdId}; the last member leaving deletes it. False when not a member. */
    public boolean leave(UUID userId, UUID householdId) {
        return jdbi.inTransaction(h -> {
            int left = h.createUpdate("DELETE FROM household_members WHERE user_id = :user AND household_id = :household")
                    .bind("user", userId).bind("household", householdId).execute();
            if (left == 0) return false;
            h.createUpdate("""
                            DELETE FROM households hh WHERE hh.id = :household
                            AND NOT EXISTS (SELECT 1 FROM household_members m WHERE m.household_id = hh.id)""")
                    .bind("household", householdId).execute();
            return true;
        });
    }

    private static boolean scoped(Handle h, UUID userId, UUID householdId) {
        return h.createQuery("SELECT EXISTS (SELECT 1 FROM household_members WHERE user_id = :user AND household_id = :household)")
                .bind("user", userId).bind("household", householdId).mapTo(Boolean.class).one();
    }

    private static Household load(Handle h, UUID id) {
        List<Household.Member> members = h.createQuery("""
                        SELECT u.id, u.username, m.joined_at FROM household_members m JOIN users u ON u.id = m.user_id
                        WHERE m.household_id = :id ORDER BY m.joined_at, u.username""")
                .bind("id", id)
                .map((rs, ctx) -> new Household.Member(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getObject("joined_at", OffsetDateTime.class).toInstant()))
                .list();
        return h.createQuery("SELECT id, name, created_at FROM households WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new Household(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), members))
                .one();
    }

    private static ApiException alreadyMember(UnableToExecuteStatementException e) {
        if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
            return ApiException.conflict("already_in_household", "You are already in a household; leave it first");
        }
        throw e;
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(12);
        for (int i = 0; i < 12; i++) code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        return code.toString();
    }

    static String normalize(String code) {
        return code.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static byte[] hash(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
