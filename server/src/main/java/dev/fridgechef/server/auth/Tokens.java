package dev.fridgechef.server.auth;

import java.util.UUID;

/** What a login or a refresh hands out. */
public record Tokens(String accessToken, String tokenType, long expiresIn, String refreshToken, UUID sessionId) {
    static Tokens of(String access, String refresh, UUID sessionId) {
        return new Tokens(access, "Bearer", AccessTokens.LIFETIME.toSeconds(), refresh, sessionId);
    }
}
