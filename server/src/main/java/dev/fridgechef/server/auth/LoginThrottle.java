package dev.fridgechef.server.auth;

import org.jdbi.v3.core.Jdbi;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Login throttling per account and per client address, counted in PostgreSQL so that every instance
 * sees the failures of every other (no counter in memory). A key ({@code account:NAME},
 * {@code ip:ADDRESS}) counts its failed logins in a fixed window; once it reaches its limit, logins on
 * it are refused (429, Retry-After) until the window ends, even with the right password. A failure is
 * one conditional upsert; a successful login clears the account's count.
 *
 * <p>Registrations are counted per address the same way ({@code register:ADDRESS}), every attempt,
 * since each costs an Argon2 hash: a script cannot make the server hash without end.
 */
public final class LoginThrottle {
    private final Jdbi jdbi;
    private final Limits limits;

    public LoginThrottle(Jdbi jdbi, Limits limits) {
        this.jdbi = jdbi;
        this.limits = limits;
    }

    /** Failed logins allowed per account and per address, and registrations per address, in one window. */
    public record Limits(int perAccount, int perAddress, int registrationsPerAddress, Duration window) {
        public static final Limits DEFAULT = new Limits(5, 50, 10, Duration.ofMinutes(15));
    }

    /** Seconds until this address may register again, when it registered too often in this window. */
    public OptionalLong registrationRetryAfter(String address) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT ceil(extract(epoch FROM window_start + make_interval(secs => :window) - now()))::bigint
                        FROM login_failures
                        WHERE key = :key AND failures >= :limit AND window_start > now() - make_interval(secs => :window)""")
                .bind("window", limits.window().toSeconds()).bind("key", "register:" + address)
                .bind("limit", limits.registrationsPerAddress())
                .mapTo(Long.class).findOne())
                .map(w -> OptionalLong.of(Math.max(1, w))).orElse(OptionalLong.empty());
    }

    public void registering(String address) {
        jdbi.useHandle(h -> count(h, "register:" + address));
    }

    /** Seconds until a login may be tried again, when the account or the address is locked now. */
    public OptionalLong retryAfter(String login, String address) {
        List<Long> waits = jdbi.withHandle(h -> h.createQuery("""
                        SELECT ceil(extract(epoch FROM window_start + make_interval(secs => :window) - now()))::bigint
                        FROM login_failures
                        WHERE window_start > now() - make_interval(secs => :window)
                          AND ((key = :account AND failures >= :perAccount) OR (key = :ip AND failures >= :perAddress))""")
                .bind("window", limits.window().toSeconds())
                .bind("account", accountKey(login)).bind("perAccount", limits.perAccount())
                .bind("ip", addressKey(address)).bind("perAddress", limits.perAddress())
                .mapTo(Long.class).list());
        return waits.stream().mapToLong(w -> Math.max(1, w)).max();
    }

    public void failed(String login, String address) {
        jdbi.useHandle(h -> {
            for (String key : List.of(accountKey(login), addressKey(address))) count(h, key);
        });
    }

    private void count(org.jdbi.v3.core.Handle h, String key) {
                h.createUpdate("""
                                INSERT INTO login_failures (key, window_start, failures) VALUES (:key, now(), 1)
                                ON CONFLICT (key) DO UPDATE SET
                                  failures = CASE WHEN login_failures.window_start <= now() - make_interval(secs => :window)
                                                  THEN 1 ELSE login_failures.failures + 1 END,
                                  window_start = CASE WHEN login_failures.window_start <= now() - make_interval(secs => :window)
                                                      THEN now() ELSE login_failures.window_start END""")
                        .bind("key", key).bind("window", limits.window().toSeconds()).execute();
    }

    public void succeeded(String login) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM login_failures WHERE key = :key").bind("key", accountKey(login)).execute());
    }

    private static String accountKey(String login) {
        return "account:" + login.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "ip:" + address;
    }
}
