package dev.fridgechef.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * Short-lived access tokens: JWTs signed with HS256 by the secret all instances share
 * ({@link SigningSecret}). Claims: {@code sub} user id, {@code sid} device session, {@code role},
 * {@code iat}, {@code exp}, {@code iss}. A token is taken only when its header names HS256 (never
 * "none" or another algorithm), its signature verifies, its issuer is ours and it has not expired;
 * whether its session was revoked meanwhile is {@link Authenticator}'s check.
 */
public final class AccessTokens {
    public static final String ISSUER = "fridgechef-server";
    public static final Duration LIFETIME = Duration.ofMinutes(15);

    private final byte[] secret;
    private final Clock clock;

    public AccessTokens(byte[] secret, Clock clock) {
        if (secret.length < 32) throw new IllegalArgumentException("HS256 needs a secret of 32 bytes at least");
        this.secret = secret.clone();
        this.clock = clock;
    }

    public String issue(Caller caller) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(caller.userId().toString())
                .claim("sid", caller.sessionId().toString())
                .claim("role", caller.role().id())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an access token", e);
        }
        return jwt.serialize();
    }

    /** The caller the token names, when it is one of ours, intact and not expired. */
    public Optional<Caller> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) return Optional.empty();
            if (!jwt.verify(new MACVerifier(secret))) return Optional.empty();
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            if (!ISSUER.equals(claims.getIssuer()) || expires == null || !expires.toInstant().isAfter(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(new Caller(UUID.fromString(claims.getSubject()), UUID.fromString(claims.getStringClaim("sid")),
                    Role.of(claims.getStringClaim("role"))));
        } catch (ParseException | JOSEException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
