package dev.fridgechef.server.auth;

import org.jdbi.v3.core.Jdbi;

import java.security.SecureRandom;

/**
 * The HS256 secret of the access tokens: 32 random bytes made once, by whichever instance starts
 * first, and kept in the database, so that every instance verifies every other's tokens.
 */
public final class SigningSecret {
    static final String NAME = "jwt-hs256";

    private SigningSecret() {
    }

    public static byte[] load(Jdbi jdbi) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        return jdbi.withHandle(h -> {
            h.createUpdate("INSERT INTO server_secrets (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
                    .bind("name", NAME).bind("value", fresh).execute();
            return h.createQuery("SELECT value FROM server_secrets WHERE name = :name").bind("name", NAME)
                    .mapTo(byte[].class).one();
        });
    }
}
