package dev.fridgechef.server;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/** Access tokens that are expired, forged, tampered with, unsigned or revoked are all refused (401). */
class TokenSecurityTest {
    static ServerApp app;
    static Api api;
    static Api.Session user;
    static JWTClaimsSet claims;

    @BeforeAll
    static void start() throws Exception {
        app = TestServer.shared();
        api = new Api(app);
        user = api.register("tok");
        claims = SignedJWT.parse(user.access()).getJWTClaimsSet();
    }

    @Test
    void theGenuineTokenWorks() {
        assertThat(api.get("/api/v1/me", user.access()).status()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenSignedWithTheRealSecretIsRefused() throws Exception {
        JWTClaimsSet expired = new JWTClaimsSet.Builder(claims)
                .issueTime(Date.from(Instant.now().minusSeconds(3600)))
                .expirationTime(Date.from(Instant.now().minusSeconds(60))).build();
        assertRefused(sign(expired, realSecret()));
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() throws Exception {
        assertRefused(sign(claims, "a completely different secret of 32+ bytes!".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anUnsignedAlgNoneTokenIsRefused() {
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = b64(claims.toString());
        assertRefused(header + "." + payload + ".");
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String[] parts = user.access().split("\\.");
        String payload = b64(claims.toString().replace("\"role\":\"" + claims.getClaim("role") + "\"", "\"role\":\"admin\"")
                .replace(user.userId(), "00000000-0000-0000-0000-000000000000"));
        assertRefused(parts[0] + "." + payload + "." + parts[2]);
    }

    @Test
    void garbageAndMissingTokensAreRefused() {
        assertRefused("not.a.jwt");
        assertThat(api.get("/api/v1/me", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", null).header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void aTokenOfALoggedOutSessionIsRefusedBeforeItExpires() {
        Api.Session other = api.register("rev");
        assertThat(api.post("/api/v1/auth/logout", other.access(), java.util.Map.of()).status()).isEqualTo(204);
        assertRefused(other.access());
    }

    private static void assertRefused(String token) {
        Api.Reply r = api.get("/api/v1/me", token);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.text("error")).isEqualTo("unauthorized");
    }

    private static byte[] realSecret() {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT value FROM server_secrets WHERE name = 'jwt-hs256'")
                .mapTo(byte[].class).one());
    }

    private static String sign(JWTClaimsSet set, byte[] secret) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), set);
        jwt.sign(new MACSigner(secret));
        return jwt.serialize();
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
