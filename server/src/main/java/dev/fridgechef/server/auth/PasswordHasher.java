package dev.fridgechef.server.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashes (password4j), in the PHC string form that carries its own parameters, so
 * a hash made with older parameters still verifies after they change.
 *
 * <p>Parameters: 19 MiB of memory, 2 passes, 1 lane, 32-byte output, 16-byte random salt: OWASP's
 * first Argon2id recommendation. On this project's 2-core machine one hash takes about 100 ms once
 * the JIT has warmed up (PasswordHasherTest prints it), the cost of a login and of each guess.
 */
public final class PasswordHasher {
    static final Argon2Function ARGON2 = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    // verified against when the account does not exist, so that an unknown name costs the same time
    // made once with these parameters from a random password nobody knows (not computed at start-up:
    // a cold JVM's first Argon2 hash takes seconds)
    private static final String DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$rGwYAHtS8SORfExvx95kKw$mcZ/5Olj9oFcTT4pslkDza+LwHS4gDLBspTVWEBmZrc";

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    public boolean verify(String password, String hash) {
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    /** Spends the time of one verification without an account (unknown user names answer as slowly). */
    public void verifyNothing(String password) {
        verify(password, DUMMY_HASH);
    }
}
