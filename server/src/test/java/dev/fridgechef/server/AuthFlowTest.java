package dev.fridgechef.server;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts and device sessions over real HTTP: register, login, refresh with rotation, logout. */
class AuthFlowTest {
    static Api api;

    @BeforeAll
    static void start() {
        api = new Api(TestServer.shared());
    }

    @Test
    void registerThenLoginThenMeWithAnETag() {
        Api.Session s = api.register("ann");
        Api.Reply login = api.login(s.username(), "correct horse battery");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.text("tokenType")).isEqualTo("Bearer");
        assertThat(login.json().path("expiresIn").asLong()).isEqualTo(900);
        String access = login.text("accessToken");
        Api.Reply me = api.get("/api/v1/me", access);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("username")).isEqualTo(s.username());
        assertThat(me.json().has("passwordHash")).isFalse();
        assertThat(me.header("ETag")).isNotBlank();
        assertThat(api.get("/api/v1/me", access, Map.of("If-None-Match", me.header("ETag"))).status()).isEqualTo(304);
        // by email too, in any case
        assertThat(api.login(s.username().toUpperCase() + "@EXAMPLE.ORG", "correct horse battery").status()).isEqualTo(200);
    }

    @Test
    void aSecondRegistrationOfTheSameNameIsAConflict() {
        Api.Session s = api.register("bob");
        Api.Reply again = api.post("/api/v1/auth/register", null, Map.of("username", s.username().toUpperCase(),
                "email", "other-" + s.username() + "@example.org", "password", "another long password"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("error")).isEqualTo("account_exists");
    }

    @Test
    void refreshRotatesTheTokenAndReuseRevokesTheWholeSession() {
        Api.Session s = api.register("cat");
        Api.Reply first = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", s.refresh()));
        assertThat(first.status()).isEqualTo(200);
        String rotated = first.text("refreshToken");
        assertThat(rotated).isNotEqualTo(s.refresh());
        assertThat(api.get("/api/v1/me", first.text("accessToken")).status()).isEqualTo(200);
        Api.Reply second = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", rotated));
        assertThat(second.status()).isEqualTo(200);

        // the first token again after its replacement was used: theft detected, the session (its whole token family) is revoked
        Api.Reply reuse = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", s.refresh()));
        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.text("message")).contains("already used");
        assertThat(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", second.text("refreshToken"))).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", second.text("accessToken")).status()).isEqualTo(401);
    }

    @Test
    void aRefreshRetriedSoonAfterItsAnswerWasLostKeepsTheDeviceLoggedIn() {
        Api.Session s = api.register("eve");
        Api.Reply lost = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", s.refresh()));
        assertThat(lost.status()).isEqualTo(200); // the device never received this answer

        Api.Reply retried = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", s.refresh()));
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.text("refreshToken")).isNotEqualTo(lost.text("refreshToken"));
        assertThat(api.get("/api/v1/me", retried.text("accessToken")).status()).isEqualTo(200);
        // the answer that was lost is void (only one token of a session is ever valid); the retried one works on
        assertThat(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", lost.text("refreshToken"))).status()).isEqualTo(401);
    }

    @Test
    void aRetryAfterTheGracePeriodIsReuse() {
        Api.Session s = api.register("fay");
        Api.Reply first = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", s.refresh()));
        assertThat(first.status()).isEqualTo(200);
        TestServer.shared().database().jdbi().useHandle(h -> h.createUpdate("""
                        UPDATE refresh_tokens SET revoked_at = revoked_at - interval '2 minutes' WHERE revoked_at IS NOT NULL
                          AND session_id = (SELECT session_id FROM refresh_tokens WHERE revoked_at IS NULL AND token_hash = sha256(convert_to(:token, 'UTF8')))""")
                .bind("token", first.text("refreshToken")).execute());

        Api.Reply late = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", s.refresh()));
        assertThat(late.status()).isEqualTo(401);
        assertThat(late.text("message")).contains("already used");
        assertThat(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", first.text("refreshToken"))).status()).isEqualTo(401);
    }

    @Test
    void logoutEndsThisDeviceOnlyAndLogoutAllEndsEvery() {
        Api.Session s = api.register("dan");
        String phone = api.login(s.username(), "correct horse battery").text("accessToken");
        String tablet = api.login(s.username(), "correct horse battery").text("accessToken");
        Api.Reply sessions = api.get("/api/v1/sessions", phone);
        assertThat(sessions.json().path("sessions")).hasSize(3);

        assertThat(api.post("/api/v1/auth/logout", s.access(), Map.of()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/me", s.access()).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", s.refresh())).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", phone).status()).isEqualTo(200);

        Api.Reply all = api.post("/api/v1/auth/logout-all", phone, Map.of());
        assertThat(all.json().path("revokedSessions").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/me", phone).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", tablet).status()).isEqualTo(401);
    }

    @Test
    void aDeviceIsRevokedByIdAndAnotherUsersDeviceIsNotFound() {
        Api.Session a = api.register("eve");
        Api.Session b = api.register("fay");
        String laptop = api.login(a.username(), "correct horse battery").text("sessionId");
        assertThat(api.delete("/api/v1/sessions/" + laptop, b.access()).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/sessions/" + laptop, a.access()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/sessions", a.access()).json().path("sessions")).hasSize(1);
        assertThat(api.get("/api/v1/sessions", a.access()).json().path("sessions").get(0).path("current").asBoolean()).isTrue();
    }

    @Test
    void inputIsValidatedWithTheFieldNamed() {
        Api.Reply shortPassword = api.post("/api/v1/auth/register", null,
                Map.of("username", "gus_valid", "email", "gus@example.org", "password", "short"));
        assertThat(shortPassword.status()).isEqualTo(422);
        assertThat(shortPassword.text("field")).isEqualTo("password");
        Api.Reply wrongType = api.post("/api/v1/auth/register", null,
                Map.of("username", 42, "email", "gus@example.org", "password", "long enough password"));
        assertThat(wrongType.status()).isEqualTo(422);
        assertThat(wrongType.text("field")).isEqualTo("username");
        Api.Reply badEmail = api.post("/api/v1/auth/register", null,
                Map.of("username", "gus_valid", "email", "not-an-address", "password", "long enough password"));
        assertThat(badEmail.text("field")).isEqualTo("email");
        assertThat(api.post("/api/v1/auth/login", null, Map.of("password", "x")).text("field")).isEqualTo("login");
    }

    @Test
    void malformedAndOversizedBodiesAreRefused() {
        Api.Reply malformed = api.postRaw("/api/v1/auth/login", null, "{\"login\": \"x\", ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text("error")).isEqualTo("malformed_body");
        assertThat(malformed.text("message")).contains("not valid JSON");
        assertThat(api.postRaw("/api/v1/auth/login", null, "[1, 2]").status()).isEqualTo(400);
        assertThat(api.postRaw("/api/v1/auth/login", null, "").status()).isEqualTo(400);

        String huge = "{\"login\": \"" + "x".repeat(70 * 1024) + "\", \"password\": \"y\"}";
        Api.Reply oversized = api.postRaw("/api/v1/auth/login", null, huge);
        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.text("error")).isEqualTo("body_too_large");
    }

    @Test
    void unknownRoutesAnswerJson404() {
        Api.Reply r = api.get("/api/v1/nothing-here", null);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.text("error")).isEqualTo("not_found");
    }
}
