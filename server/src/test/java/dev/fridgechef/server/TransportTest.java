package dev.fridgechef.server;

import dev.fridgechef.server.db.Database;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TLS with a keystore, and "behind a reverse proxy": only then is X-Forwarded-For believed (here: the
 * per-address login throttle counts the forwarded address); directly exposed, it is ignored.
 */
class TransportTest {

    @Test
    void servesHttpsWithTheGivenKeystore() throws Exception {
        Path folder = TestServer.freshFolder("tls");
        Files.createDirectories(folder);
        Path keystore = folder.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "secret-pass")
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).isZero();

        try (ServerApp app = ServerApp.start(onSharedDatabase(folder).withTls(new ServerOptions.Tls(keystore, "secret-pass")))) {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                trusted.load(in, "secret-pass".toCharArray());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trusted);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            HttpClient client = HttpClient.newBuilder().sslContext(ssl).build();
            HttpResponse<String> live = client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + app.port() + "/health/live"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(live.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void forwardedAddressesCountOnlyBehindAProxy() throws Exception {
        var limits = new dev.fridgechef.server.auth.LoginThrottle.Limits(1000, 3, 2, java.time.Duration.ofMinutes(15));
        try (ServerApp proxied = ServerApp.start(onSharedDatabase(TestServer.freshFolder("proxied")).behindProxy(true).withLoginLimits(limits));
             ServerApp direct = ServerApp.start(onSharedDatabase(TestServer.freshFolder("direct")).withLoginLimits(limits))) {
            Api viaProxy = new Api(proxied);
            String attacker = "203.0.113." + (int) (Math.random() * 250);
            for (int i = 0; i < 3; i++) {
                assertThat(viaProxy.post("/api/v1/auth/login", null, Map.of("login", "nobody-" + i, "password", "x"),
                        Map.of("X-Forwarded-For", "198.51.100.7, " + attacker)).status()).isEqualTo(401);
            }
            // that address is now throttled, another one is not
            assertThat(viaProxy.post("/api/v1/auth/login", null, Map.of("login", "nobody-x", "password", "x"),
                    Map.of("X-Forwarded-For", attacker)).status()).isEqualTo(429);
            assertThat(viaProxy.post("/api/v1/auth/login", null, Map.of("login", "nobody-y", "password", "x"),
                    Map.of("X-Forwarded-For", "192.0.2.1")).status()).isEqualTo(401);
            // registrations are counted per address too
            for (int i = 0; i < 2; i++) {
                String name = "spam" + i + "_" + java.util.UUID.randomUUID().toString().substring(0, 8);
                assertThat(viaProxy.post("/api/v1/auth/register", null, Map.of("username", name,
                        "email", name + "@example.org", "password", "long enough password"),
                        Map.of("X-Forwarded-For", "198.51.100.77")).status()).isEqualTo(201);
            }
            assertThat(viaProxy.post("/api/v1/auth/register", null, Map.of("username", "spam_more",
                    "email", "spam_more@example.org", "password", "long enough password"),
                    Map.of("X-Forwarded-For", "198.51.100.77")).status()).isEqualTo(429);
            // a directly exposed server ignores the header: the client cannot pick its address
            assertThat(new Api(direct).post("/api/v1/auth/login", null, Map.of("login", "nobody-z", "password", "x"),
                    Map.of("X-Forwarded-For", "192.0.2.99")).status()).isEqualTo(401);
        }
    }

    private static ServerOptions onSharedDatabase(Path folder) {
        Database.Target db = TestServer.shared().database().embeddedTarget().orElseThrow();
        return TestServer.options(folder).withDatabase(new ServerOptions.ExternalDatabase(db.url(), db.user(), db.password()));
    }
}
