package dev.fridgechef.server;

import dev.fridgechef.server.db.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Brute force is throttled (429 with Retry-After), and the count lives in PostgreSQL: a second
 * instance on the same database refuses an account that failed on the first.
 */
class LoginThrottleTest {
    static ServerApp first;
    static ServerApp second;
    static Api one;
    static Api two;

    @BeforeAll
    static void start() throws IOException {
        first = TestServer.shared();
        Database.Target db = first.database().embeddedTarget().orElseThrow();
        second = ServerApp.start(TestServer.options(TestServer.freshFolder("second-instance"))
                .withDatabase(new ServerOptions.ExternalDatabase(db.url(), db.user(), db.password())));
        one = new Api(first);
        two = new Api(second);
    }

    @AfterAll
    static void stop() throws IOException {
        second.close();
    }

    @Test
    void theSixthWrongPasswordInAWindowIsThrottledEvenWithTheRightOne() {
        Api.Session s = one.register("brute");
        for (int i = 0; i < TestServer.LIMITS.perAccount(); i++) {
            assertThat(one.login(s.username(), "wrong password " + i).status()).isEqualTo(401);
        }
        Api.Reply throttled = one.login(s.username(), "correct horse battery");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 15 * 60L);
        assertThat(throttled.text("error")).isEqualTo("too_many_requests");
        // the email names the same account
        assertThat(one.login(s.username() + "@example.org", "correct horse battery").status()).isEqualTo(429);
    }

    @Test
    void failuresOnOneInstanceCountOnTheOther() {
        Api.Session s = one.register("shared");
        for (int i = 0; i < TestServer.LIMITS.perAccount(); i++) {
            Api api = i % 2 == 0 ? one : two;
            assertThat(api.login(s.username(), "wrong password " + i).status()).isEqualTo(401);
        }
        assertThat(two.login(s.username(), "correct horse battery").status()).isEqualTo(429);
        assertThat(one.login(s.username(), "correct horse battery").status()).isEqualTo(429);
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsCount() {
        Api.Session s = one.register("forgetful");
        for (int i = 0; i < TestServer.LIMITS.perAccount() - 1; i++) one.login(s.username(), "wrong " + i);
        assertThat(two.login(s.username(), "correct horse battery").status()).isEqualTo(200);
        for (int i = 0; i < TestServer.LIMITS.perAccount() - 1; i++) one.login(s.username(), "wrong again " + i);
        assertThat(one.login(s.username(), "correct horse battery").status()).isEqualTo(200);
    }

    @Test
    void tokensOfOneInstanceAreAcceptedByTheOther() {
        Api.Session s = one.register("roamer");
        assertThat(two.get("/api/v1/me", s.access()).status()).isEqualTo(200);
    }
}
