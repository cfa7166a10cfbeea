package dev.fridgechef.server.auth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {

    @Test
    void hashesAreArgon2idAndVerify() {
        PasswordHasher hasher = new PasswordHasher();
        String hash = hasher.hash("correct horse battery");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.hash("correct horse battery")).isNotEqualTo(hash); // salted
        assertThat(hasher.verify("correct horse battery", hash)).isTrue();
        assertThat(hasher.verify("correct horse batterY", hash)).isFalse();
    }

    @Test
    void oneHashTakesTensOfMillisecondsOnceWarm() {
        PasswordHasher hasher = new PasswordHasher();
        long cold = System.nanoTime();
        hasher.hash("cold");
        long coldMs = (System.nanoTime() - cold) / 1_000_000;
        for (int i = 0; i < 5; i++) hasher.hash("warm-up " + i);
        int n = 10;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) hasher.hash("measured " + i);
        long warmMs = (System.nanoTime() - start) / 1_000_000 / n;
        System.err.printf("Argon2id hash: first %d ms, then %d ms each%n", coldMs, warmMs);
        assertThat(warmMs).as("a login must stay quick").isLessThan(1000);
    }
}
