package dev.fridgechef.server.auth;

import dev.fridgechef.server.http.ApiException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The users table. The first account ever registered becomes the admin (a transaction-scoped
 * advisory lock makes "first" exact when two register at once, on any instance); every later one is a
 * plain user. That is the bootstrap: whoever starts a new server registers first.
 */
public final class Accounts {
    private static final long FIRST_USER_LOCK = 0x46434855L; // any constant shared by all instances
    static final RowMapper<User> USER = (rs, ctx) -> new User(rs.getObject("id", UUID.class), rs.getString("username"),
            rs.getString("email"), Role.of(rs.getString("role")), rs.getObject("created_at", OffsetDateTime.class).toInstant());

    private final Jdbi jdbi;

    public Accounts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public User register(String username, String email, String passwordHash) {
        try {
            return jdbi.inTransaction(h -> {
                h.execute("SELECT pg_advisory_xact_lock(?)", FIRST_USER_LOCK);
                boolean first = h.createQuery("SELECT NOT EXISTS (SELECT 1 FROM users)").mapTo(Boolean.class).one();
                return h.createQuery("""
                                INSERT INTO users (id, username, email, password_hash, role)
                                VALUES (:id, :username, :email, :hash, :role)
                                RETURNING id, username, email, role, created_at""")
                        .bind("id", UUID.randomUUID()).bind("username", username).bind("email", email)
                        .bind("hash", passwordHash).bind("role", (first ? Role.ADMIN : Role.USER).id())
                        .map(USER).one();
            });
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                throw ApiException.conflict("account_exists", "That username or email is already registered");
            }
            throw e;
        }
    }

    /** The account with this username or email (either, any case) and its password hash. */
    public Optional<Credentials> byLogin(String login) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, username, email, role, created_at, password_hash FROM users
                        WHERE lower(username) = lower(:login) OR lower(email) = lower(:login)""")
                .bind("login", login)
                .map((rs, ctx) -> new Credentials(USER.map(rs, ctx), rs.getString("password_hash")))
                .findFirst());
    }

    public Optional<User> byId(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, username, email, role, created_at FROM users WHERE id = :id")
                .bind("id", id).map(USER).findOne());
    }

    public record Credentials(User user, String passwordHash) {
    }
}
