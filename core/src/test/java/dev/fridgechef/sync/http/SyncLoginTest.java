package dev.fridgechef.sync.http;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestFoods;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.store.Store;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Login and logout of a store against a scripted server. */
class SyncLoginTest {
    @TempDir
    java.nio.file.Path dir;
    private MockWebServer server;
    private FridgeChef app;
    private SyncCredentials credentials;
    private SyncLogin service;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        app = new FridgeChef(Store.open(dir.resolve("store")), TestFoods.get(), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        credentials = new SyncCredentials(dir.resolve("config"));
        service = new SyncLogin(app.sync(), credentials, "test device", Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() throws IOException {
        app.close();
        server.shutdown();
    }

    private String url() {
        return SyncLogin.serverUrl(server.url("/").toString()).orElseThrow();
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    private void loginAnswers(String refresh) {
        server.enqueue(json(200, "{\"accessToken\":\"access\",\"refreshToken\":\"" + refresh + "\"}"));
        server.enqueue(json(200, "{\"lastSeq\":0,\"device\":{},\"devices\":[]}"));
    }

    @Test
    void aLoginLinksTheStoreAndKeepsTheRefreshToken() throws Exception {
        app.inventory().add(ItemDraft.of("rice", "1", "kg"));
        loginAnswers("refresh-1");
        SyncLogin.LoggedIn done = service.login(url(), "anna", "correct horse");
        assertThat(done.firstLink()).isTrue();
        assertThat(done.pending()).isEqualTo(2);
        assertThat(done.link().account()).isEqualTo("anna");
        assertThat(credentials.load()).hasValueSatisfying(l -> {
            assertThat(l.refreshToken()).isEqualTo("refresh-1");
            assertThat(l.deviceId()).isEqualTo(done.link().deviceId().toString());
        });
        assertThat(server.takeRequest().getBody().readUtf8()).contains("\"deviceName\":\"test device\"");
    }

    @Test
    void anotherAccountIsRefusedBeforeAnythingIsSentAndTheSameAccountMayLogInAgain() throws Exception {
        loginAnswers("refresh-1");
        service.login(url(), "anna", "pw");
        server.takeRequest();
        server.takeRequest();

        assertThatThrownBy(() -> service.login(url(), "boris", "pw")).isInstanceOfSatisfying(UserException.class, e -> {
            assertThat(e.key()).isEqualTo("error.sync.other.account");
            assertThat(e.getMessage()).contains(url()).contains("as anna").contains("--db");
        });
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(app.sync().link().orElseThrow().account()).isEqualTo("anna");
        assertThat(credentials.load().orElseThrow().refreshToken()).isEqualTo("refresh-1");
        assertThatThrownBy(() -> app.sync().linkTo(url(), "boris")).isInstanceOf(UserException.class);

        loginAnswers("refresh-2");
        SyncLogin.LoggedIn again = service.login(url() + "/", "Anna", "pw");
        assertThat(again.firstLink()).isFalse();
        assertThat(credentials.load().orElseThrow().refreshToken()).isEqualTo("refresh-2");
    }

    @Test
    void anAccountInNoHouseholdLinksNothing() {
        server.enqueue(json(200, "{\"accessToken\":\"a\",\"refreshToken\":\"r\"}"));
        server.enqueue(json(409, "{\"error\":\"no_household\",\"message\":\"You are in no household\"}"));
        assertThatThrownBy(() -> service.login(url(), "anna", "pw"))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.key()).isEqualTo("error.sync.no.household"));
        assertThat(app.sync().link()).isEmpty();
        assertThat(credentials.load()).isEmpty();
    }

    @Test
    void logoutEndsTheSessionOnTheServerAndKeepsUnsentOperations() throws Exception {
        app.inventory().add(ItemDraft.of("rice", "1", "kg"));
        loginAnswers("refresh-1");
        service.login(url(), "anna", "pw");
        server.takeRequest();
        server.takeRequest();
        server.enqueue(json(200, "{\"accessToken\":\"access-2\",\"refreshToken\":\"refresh-2\"}"));
        server.enqueue(new MockResponse().setResponseCode(204));

        SyncLogin.LoggedOut out = service.logout();
        assertThat(out.session()).isEqualTo(SyncLogin.Session.REVOKED);
        assertThat(out.pending()).isEqualTo(2);
        RecordedRequest refresh = server.takeRequest();
        assertThat(refresh.getPath()).isEqualTo("/api/v1/auth/refresh");
        assertThat(refresh.getBody().readUtf8()).contains("refresh-1");
        RecordedRequest logout = server.takeRequest();
        assertThat(logout.getPath()).isEqualTo("/api/v1/auth/logout");
        assertThat(logout.getHeader("Authorization")).isEqualTo("Bearer access-2");
        assertThat(credentials.load().orElseThrow().loggedIn()).isFalse();
        assertThat(app.sync().pending()).isEqualTo(2);
        assertThat(app.sync().link()).isPresent();
    }

    @Test
    void anUnreachableServerStillLogsOutHereAndSaysTheSessionWasNotEnded() throws Exception {
        loginAnswers("refresh-1");
        service.login(url(), "anna", "pw");
        server.shutdown();

        SyncLogin.LoggedOut out = service.logout();
        assertThat(out.session()).isEqualTo(SyncLogin.Session.NOT_REVOKED);
        assertThat(out.problem()).contains("cannot reach");
        assertThat(credentials.load().orElseThrow().loggedIn()).isFalse();
        assertThat(service.logout().session()).isEqualTo(SyncLogin.Session.ALREADY_ENDED);
    }

    @Test
    void aTokenTheServerNoLongerTakesMeansTheSessionHasEndedAlready() throws Exception {
        loginAnswers("refresh-1");
        service.login(url(), "anna", "pw");
        server.enqueue(json(401, "{\"error\":\"unauthorized\",\"message\":\"revoked\"}"));
        assertThat(service.logout().session()).isEqualTo(SyncLogin.Session.ALREADY_ENDED);
        assertThat(credentials.load().orElseThrow().loggedIn()).isFalse();
        server.takeRequest(1, TimeUnit.SECONDS);
    }

    @Test
    void serverAddressesAreCheckedAndLoseTheirTrailingSlash() {
        assertThat(SyncLogin.serverUrl("https://sync.example.org/")).hasValue("https://sync.example.org");
        assertThat(SyncLogin.serverUrl("not a url")).isEmpty();
        assertThat(SyncLogin.serverUrl("ftp://example.org")).isEmpty();
    }
}
