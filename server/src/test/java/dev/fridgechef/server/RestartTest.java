package dev.fridgechef.server;

import org.junit.jupiter.api.Test;

import dev.fridgechef.server.db.Database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded PostgreSQL keeps its data in the data folder across a restart; the first account is the admin. */
class RestartTest {

    @Test
    void dataSurvivesARestart() throws Exception {
        Path folder = TestServer.freshFolder("restart");
        Api.Session first;
        Api.Session second;
        long t0 = System.nanoTime();
        try (ServerApp app = ServerApp.start(TestServer.options(folder))) {
            long firstStart = (System.nanoTime() - t0) / 1_000_000;
            Api api = new Api(app);
            first = api.register("founder");
            second = api.register("later");
            assertThat(api.get("/api/v1/me", first.access()).text("role")).isEqualTo("admin");
            assertThat(api.get("/api/v1/me", second.access()).text("role")).isEqualTo("user");
            System.err.printf("first start (unpack, initdb, migrate): %d ms%n", firstStart);
        }
        long t1 = System.nanoTime();
        try (ServerApp app = ServerApp.start(TestServer.options(folder))) {
            System.err.printf("restart: %d ms%n", (System.nanoTime() - t1) / 1_000_000);
            Api api = new Api(app);
            assertThat(api.login(first.username(), "correct horse battery").status()).isEqualTo(200);
            // the signing secret is kept too: a token from before the restart still works
            assertThat(api.get("/api/v1/me", second.access()).text("username")).isEqualTo(second.username());

            // no trust authentication is left: the superuser needs the password kept owner-only in the data folder
            Database.Target db = app.database().embeddedTarget().orElseThrow();
            assertThatThrownBy(() -> DriverManager.getConnection(db.url(), "postgres", "")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(db.url(), "postgres", "guess")).isInstanceOf(SQLException.class);
            try (var connection = DriverManager.getConnection(db.url(), db.user(), db.password())) {
                assertThat(connection.isValid(2)).isTrue();
            }
            assertThat(Files.readString(folder.resolve("postgres-password")).strip()).isEqualTo(db.password());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("postgres-password")))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        }
    }
}
