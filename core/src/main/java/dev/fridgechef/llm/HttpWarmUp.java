package dev.fridgechef.llm;

import javax.net.ssl.SSLContext;
import java.security.NoSuchAlgorithmException;

/**
 * Readies what a provider's first call needs before the call is due: the default TLS context
 * (reading the trusted certificates) and the JDK HTTP client's classes, about a quarter of a second
 * that otherwise comes after the store is read and the prompt built. A command that is about to ask
 * a model starts it first thing; a thread of its own, so the command's own work goes on beside it.
 */
public final class HttpWarmUp {
    private HttpWarmUp() {
    }

    public static void start() {
        Thread.ofPlatform().daemon().name("http-warm-up").start(HttpWarmUp::run);
    }

    private static void run() {
        try {
            SSLContext.getDefault();
            try (java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().build()) {
                client.version(); // built and closed: only its classes and the TLS context stay
            }
        } catch (NoSuchAlgorithmException | RuntimeException e) {
            // only a head start; the real call reports real problems
        }
    }
}
