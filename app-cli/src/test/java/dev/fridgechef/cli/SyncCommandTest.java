package dev.fridgechef.cli;

import dev.fridgechef.cli.CliRunner.Result;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code fridge sync …} and {@code fridge history} against a scripted server (the real one is in the server module's tests). */
class SyncCommandTest {
    @TempDir
    Path dir;
    private MockWebServer server;
    private CliRunner cli;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        cli = new CliRunner(dir).withEnv(Map.of("LANG", "en_US.UTF-8", "XDG_CONFIG_HOME", dir.resolve("config").toString(),
                "FRIDGECHEF_SYNC_PASSWORD", "correct horse", "FRIDGECHEF_SYNC_TIMEOUT", "5"));
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private String url() {
        String u = server.url("/").toString();
        return u.substring(0, u.length() - 1);
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }

    private void loginAnswers() {
        server.enqueue(json(200, "{\"accessToken\":\"access-1\",\"tokenType\":\"Bearer\",\"expiresIn\":900,\"refreshToken\":\"secret-refresh\"}"));
        server.enqueue(json(200, "{\"lastSeq\":0,\"device\":{},\"devices\":[]}"));
    }

    @Test
    void withoutALinkSyncSaysHowToLogIn() {
        Result r = cli.run("sync").exit(1);
        assertThat(r.err()).contains("fridge sync login URL --user NAME").doesNotContain("Exception");
        assertThat(cli.run("sync", "status").ok().out()).contains("not linked");
        assertThat(cli.run("history", "rice").exit(1).err()).contains("not linked");
    }

    @Test
    void anAccountWithoutAHouseholdIsToldHowToMakeOneAndNothingIsLinked() {
        cli.run("add", "rice", "1", "kg").ok();
        server.enqueue(json(200, "{\"accessToken\":\"a\",\"refreshToken\":\"r\"}"));
        server.enqueue(json(409, "{\"error\":\"no_household\",\"message\":\"You are in no household\"}"));
        Result r = cli.run("sync", "login", url(), "--user", "anna").exit(1);
        assertThat(r.err()).contains("in no household").contains("/api/v1/households").contains("invite code");
        assertThat(cli.run("sync", "status", "--json").ok().json().get("linked").asBoolean()).isFalse();
    }

    @Test
    void aWrongPasswordAndABadUrlAreClearErrors() {
        server.enqueue(json(401, "{\"error\":\"unauthorized\",\"message\":\"Wrong login or password\"}"));
        assertThat(cli.run("sync", "login", url(), "--user", "anna").exit(1).err()).contains("wrong name or password");
        assertThat(cli.run("sync", "login", "not a url", "--user", "anna").exit(2).err()).contains("Not a server address");
        Result noPassword = cli.withEnv(Map.of("LANG", "en_US.UTF-8", "XDG_CONFIG_HOME", dir.resolve("config").toString()))
                .run("sync", "login", url(), "--user", "anna").exit(2);
        assertThat(noPassword.err()).contains("FRIDGECHEF_SYNC_PASSWORD");
    }

    @Test
    void loginLinksSyncPushesAndLogoutKeepsUnsentChanges() throws Exception {
        cli.run("add", "rice", "1", "kg").ok();
        loginAnswers();
        Result login = cli.run("sync", "login", url(), "--user", "anna").ok();
        assertThat(login.out()).contains("Logged in to " + url() + " as anna").contains("2 operation(s) wait to be sent");
        assertThat(login.out() + login.err()).doesNotContain("secret-refresh").doesNotContain("correct horse");
        RecordedRequest loginRequest = server.takeRequest();
        assertThat(loginRequest.getPath()).isEqualTo("/api/v1/auth/login");
        server.takeRequest();
        Path file = dir.resolve("config").resolve("fridgechef").resolve("sync-login.json");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(cli.run("sync", "status", "--json").ok().json().get("pending").asInt()).isEqualTo(2);
        cli.run("edit", "1", "--note", "top shelf").ok();
        cli.run("edit", "1", "--note", "door").ok();
        assertThat(cli.run("history", "rice").ok().out()).contains("note: top shelf (this device, 2026-");
        assertThat(cli.run("history", "1", "--json").ok().json().get("lost").get(1).get("value").asText()).isEqualTo("top shelf");
        assertThat(cli.run("history", "nothing-like-it").exit(1).err()).contains("Nothing in stock has the id or name");

        // the first sync: refresh (no access token in a new process), push, pull
        server.enqueue(json(200, "{\"accessToken\":\"access-2\",\"refreshToken\":\"secret-refresh-2\"}"));
        server.enqueue(json(503, "{\"error\":\"unavailable\",\"message\":\"restarting\"}"));
        Result failed = cli.run("sync").exit(1);
        assertThat(failed.err()).contains("restarting").contains("Nothing is lost").contains("4 operation(s)");
        server.takeRequest();
        server.takeRequest();

        server.enqueue(json(401, "{\"error\":\"unauthorized\",\"message\":\"revoked\"}"));
        Result refused = cli.run("sync").exit(1);
        assertThat(refused.err()).contains("no longer valid").contains("fridge sync login").contains("Unsent operations kept: 4");
        assertThat(cli.run("sync", "status").ok().out()).contains("logged out").contains("Unsent operations: 4");
        assertThat(cli.run("sync", "logout").ok().out()).contains("Unsent operations kept: 4");
    }

    @Test
    void anotherAccountCannotTakeOverALinkedStoreAndLogoutEndsTheServerSession() throws Exception {
        cli.run("add", "rice", "1", "kg").ok();
        loginAnswers();
        cli.run("sync", "login", url(), "--user", "anna").ok();
        server.takeRequest();
        server.takeRequest();

        Result other = cli.run("sync", "login", url(), "--user", "boris").exit(1);
        assertThat(other.err()).contains("linked to " + url() + " as anna").contains("fridge --db");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(cli.run("sync", "status", "--json").ok().json().get("account").asText()).isEqualTo("anna");

        server.enqueue(json(200, "{\"accessToken\":\"access-2\",\"refreshToken\":\"secret-refresh-2\"}"));
        server.enqueue(new MockResponse().setResponseCode(204));
        var out = cli.run("sync", "logout", "--json").ok().json();
        assertThat(out.get("session_revoked").asBoolean()).isTrue();
        assertThat(out.get("pending").asInt()).isEqualTo(2);
        server.takeRequest();
        assertThat(server.takeRequest().getPath()).isEqualTo("/api/v1/auth/logout");
        assertThat(cli.run("sync", "status", "--json").ok().json().get("logged_in").asBoolean()).isFalse();
    }

    private void loginAnswersForAHouseholdThatSyncs() {
        server.enqueue(json(200, "{\"accessToken\":\"access-1\",\"refreshToken\":\"secret-refresh\"}"));
        server.enqueue(json(200, "{\"lastSeq\":40,\"device\":{},\"devices\":[]}"));
    }

    @Test
    void aFirstLoginWithStockIntoAHouseholdThatSyncsAsksThenAddsOrSetsTheStockAside() throws Exception {
        cli.run("add", "rice", "1", "kg").ok();
        cli.run("add", "milk", "1", "l", "--expires", "+5d").ok();
        loginAnswersForAHouseholdThatSyncs();
        Result asked = cli.run("sync", "login", url(), "--user", "anna").exit(1);
        assertThat(asked.err()).contains("This store has 2 stock item(s)").contains("--local-stock add").contains("--local-stock set-aside");
        assertThat(cli.run("sync", "status", "--json").ok().json().get("linked").asBoolean()).as("nothing linked").isFalse();
        assertThat(cli.run("sync", "login", url(), "--user", "anna", "--local-stock", "keep").exit(2).err()).contains("add or set-aside");

        loginAnswersForAHouseholdThatSyncs();
        var done = cli.run("sync", "login", url(), "--user", "anna", "--local-stock", "set-aside", "--json").ok().json();
        assertThat(done.get("set_aside").asInt()).isEqualTo(2);
        assertThat(done.get("pending").asInt()).as("no stock of this store goes to the household").isZero();
        Path file = Path.of(done.get("set_aside_file").asText());
        assertThat(Files.readString(file)).contains("rice").contains("milk");
        assertThat(cli.run("list", "--json").ok().json().size()).isZero();
        assertThat(cli.run("import", file.toString()).ok().out()).contains("2");
        assertThat(cli.run("list", "--json").ok().json().size()).isEqualTo(2);
    }

    @Test
    void addingTheLocalStockMakesItTheDevicesFirstOperations() {
        cli.run("add", "rice", "1", "kg").ok();
        loginAnswersForAHouseholdThatSyncs();
        var done = cli.run("sync", "login", url(), "--user", "anna", "--local-stock", "add", "--json").ok().json();
        assertThat(done.get("set_aside").asInt()).isZero();
        assertThat(done.get("pending").asInt()).isEqualTo(2);
        assertThat(cli.run("list", "--json").ok().json().size()).isEqualTo(1);
    }

    @Test
    void twoStoresWithOneConfigFolderKeepTheirOwnLogins() {
        String other = dir.resolve("other-store").toString();
        loginAnswers();
        cli.run("sync", "login", url(), "--user", "anna").ok();
        loginAnswers();
        cli.runWithoutDb("--db", other, "sync", "login", url(), "--user", "boris").ok();
        var first = cli.run("sync", "status", "--json").ok().json();
        assertThat(first.get("account").asText()).isEqualTo("anna");
        assertThat(first.get("logged_in").asBoolean()).as("the second store's login did not replace the first's").isTrue();
        assertThat(cli.runWithoutDb("--db", other, "sync", "status", "--json").ok().json().get("logged_in").asBoolean()).isTrue();
    }

    @Test
    void syncSaysHowManyDiaryEntriesAndProfileFieldsChangedHere() throws Exception {
        String device = "0190a5b2-0000-7000-8000-00000000000b";
        String entry = "{\"opId\":\"0190a5b2-0001-7000-8000-000000000001\",\"hlc\":\"1764064800000-0000-" + device + "\",\"deviceId\":\"" + device
                + "\",\"entity\":\"diary\",\"entityId\":\"0190a5b2-0002-7000-8000-000000000002\",\"kind\":\"EntryAdded\",\"payload\":{\"member\":\"anna\","
                + "\"eatenOn\":\"2026-11-25\",\"eatenAt\":\"09:00\",\"meal\":\"breakfast\",\"kind\":\"food\",\"recipeId\":null,\"foodId\":\"01124\","
                + "\"label\":\"egg\",\"labelRu\":null,\"servings\":null,\"amount\":\"50 g\",\"eatenPercent\":100.0,\"loggedAt\":\"2026-11-25T09:01\","
                + "\"portions\":[{\"foodId\":\"01124\",\"grams\":50.0,\"amount\":\"50 g\"}]},\"serverSeq\":1}";
        String weight = "{\"opId\":\"0190a5b2-0003-7000-8000-000000000003\",\"hlc\":\"1764064800001-0000-" + device + "\",\"deviceId\":\"" + device
                + "\",\"entity\":\"profile\",\"entityId\":\"anna\",\"kind\":\"RegisterSet\",\"payload\":{\"field\":\"weightKg\",\"value\":71.5},\"serverSeq\":2}";
        server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getPath();
                if (path.startsWith("/api/v1/auth/")) return json(200, "{\"accessToken\":\"access\",\"refreshToken\":\"secret-refresh\"}");
                if (path.startsWith("/api/v1/sync/status")) return json(200, "{\"lastSeq\":0,\"device\":{},\"devices\":[]}");
                if (path.startsWith("/api/v1/sync/pull?after=0")) return json(200, "{\"ops\":[" + entry + "," + weight + "],\"next\":2,\"more\":false}");
                if (path.startsWith("/api/v1/sync/pull")) return json(200, "{\"ops\":[],\"next\":2,\"more\":false}");
                return json(404, "{\"error\":\"not_found\",\"message\":\"" + path + "\"}");
            }
        });
        cli.run("sync", "login", url(), "--user", "anna").ok();
        Result sync = cli.run("sync").ok();
        assertThat(sync.out()).contains("changed here: 0 item(s), 1 diary entry(-ies), 1 profile field(s)");
        assertThat(cli.run("diary", "2026-11-25").ok().out()).contains("egg");
        assertThat(cli.run("profile", "show", "--json").ok().out()).contains("71.5");
        server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getPath();
                if (path.startsWith("/api/v1/auth/")) return json(200, "{\"accessToken\":\"access\",\"refreshToken\":\"secret-refresh\"}");
                return json(200, "{\"ops\":[],\"next\":2,\"more\":false}");
            }
        });
        var again = cli.run("sync", "--json").ok().json();
        assertThat(again.get("diary_entries_changed").asInt()).isZero();
        assertThat(again.get("profile_fields_changed").asInt()).isZero();
    }
}
