package dev.fridgechef.sync.http;

import dev.fridgechef.sync.Hlc;
import dev.fridgechef.sync.Op;
import dev.fridgechef.sync.Reason;
import dev.fridgechef.sync.Stamp;
import dev.fridgechef.sync.SyncTransport;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP transport's failure cases against a scripted server. */
class HttpSyncTransportTest {
    @TempDir
    Path config;
    private MockWebServer server;
    private SyncCredentials credentials;
    private final UUID device = UUID.fromString("01890000-0000-7000-8000-000000000001");

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        credentials = new SyncCredentials(config);
        credentials.save(new SyncCredentials.Login(url(), "anna", device.toString(), "refresh-1"));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private String url() {
        return server.url("/").toString();
    }

    private HttpSyncTransport transport(Duration timeout) {
        return new HttpSyncTransport(url(), credentials, device, "test", timeout);
    }

    private Op op() {
        Hlc hlc = new Hlc(1_764_000_000_000L, 0, device);
        return Op.quantityAdjusted(new Stamp(UUID.fromString("01890000-0000-7000-8000-0000000000aa"), hlc),
                UUID.fromString("01890000-0000-7000-8000-0000000000bb"), new BigDecimal("-200"), Reason.USED);
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    private static MockResponse tokens(String access, String refresh) {
        return json(200, "{\"accessToken\":\"" + access + "\",\"refreshToken\":\"" + refresh + "\",\"tokenType\":\"Bearer\"}");
    }

    @Test
    void aRejectedAccessTokenIsRefreshedOnceAndTheCallRepeated() throws Exception {
        server.enqueue(json(401, "{\"error\":\"unauthorized\",\"message\":\"expired\"}"));
        server.enqueue(tokens("access-2", "refresh-2"));
        server.enqueue(json(200, "{\"acknowledged\":[\"" + op().opId() + "\"],\"stored\":1,\"duplicates\":0,\"lastSeq\":7}"));
        SyncTransport.PushReply reply = transport(Duration.ofSeconds(5)).withAccessToken("access-1").push(device, List.of(op()));
        assertThat(reply.acknowledged()).containsExactly(op().opId());
        assertThat(reply.serverSeq()).isEqualTo(7);
        assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer access-1");
        RecordedRequest refresh = server.takeRequest();
        assertThat(refresh.getPath()).isEqualTo("/api/v1/auth/refresh");
        assertThat(refresh.getBody().readUtf8()).contains("refresh-1");
        assertThat(server.takeRequest().getHeader("Authorization")).isEqualTo("Bearer access-2");
        // the rotated refresh token is saved at once, in a file only its owner can read
        assertThat(credentials.load().orElseThrow().refreshToken()).isEqualTo("refresh-2");
        assertThat(Files.getPosixFilePermissions(credentials.file())).isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void aRefusedRefreshAsksForANewLoginAndKeepsWhoWasLoggedIn() {
        server.enqueue(json(401, "{\"error\":\"unauthorized\",\"message\":\"The session was revoked\"}"));
        assertThatThrownBy(() -> transport(Duration.ofSeconds(5)).pull(0, 10))
                .isInstanceOf(HttpSyncTransport.LoginRequiredException.class).hasMessageContaining("log in again");
        SyncCredentials.Login login = credentials.load().orElseThrow();
        assertThat(login.loggedIn()).isFalse();
        assertThat(login.account()).isEqualTo("anna");
        assertThatThrownBy(() -> transport(Duration.ofSeconds(5)).pull(0, 10)).isInstanceOf(HttpSyncTransport.LoginRequiredException.class);
    }

    @Test
    void aServerErrorIsAnIoErrorWithTheServersMessage() {
        server.enqueue(json(503, "{\"error\":\"unavailable\",\"message\":\"database down\"}"));
        assertThatThrownBy(() -> transport(Duration.ofSeconds(5)).withAccessToken("a").push(device, List.of(op())))
                .isInstanceOf(HttpSyncTransport.ServerException.class).hasMessageContaining("503").hasMessageContaining("database down");
    }

    @Test
    void aConnectionCutMidPullFailsTheCall() {
        server.enqueue(json(200, "{\"ops\":[" + op().toJson() + "],\"next\":1,\"more\":false}")
                .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        assertThatThrownBy(() -> transport(Duration.ofSeconds(5)).withAccessToken("a").pull(0, 10)).isInstanceOf(IOException.class);
    }

    @Test
    void aServerThatDoesNotAnswerTimesOut() {
        server.enqueue(json(200, "{}").setHeadersDelay(5, TimeUnit.SECONDS));
        assertThatThrownBy(() -> transport(Duration.ofMillis(300)).withAccessToken("a").pull(0, 10))
                .isInstanceOf(IOException.class).hasMessageContaining("did not answer");
    }

    @Test
    void aPulledPageReadsOpsWithTheirSequence() throws Exception {
        String wire = op().toJson();
        server.enqueue(json(200, "{\"ops\":[" + wire.substring(0, wire.length() - 1) + ",\"serverSeq\":5}],\"next\":5,\"more\":true,\"serverTime\":\"x\"}"));
        SyncTransport.PullPage page = transport(Duration.ofSeconds(5)).withAccessToken("a").pull(4, 10);
        assertThat(page.ops()).singleElement().satisfies(p -> {
            assertThat(p.serverSeq()).isEqualTo(5);
            assertThat(p.op()).isEqualTo(op());
        });
        assertThat(page.more()).isTrue();
        assertThat(server.takeRequest().getPath()).isEqualTo("/api/v1/sync/pull?after=4&limit=10&deviceId=" + device);
    }
}
