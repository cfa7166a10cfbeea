package dev.fridgechef.server;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.diary.DiaryDay;
import dev.fridgechef.profile.Allergen;
import dev.fridgechef.profile.ProfileUpdate;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.inventory.InventoryItem;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.StockEntry;
import dev.fridgechef.store.Store;
import dev.fridgechef.sync.SyncResult;
import dev.fridgechef.sync.http.HttpSyncTransport;
import dev.fridgechef.sync.http.SyncCredentials;
import dev.fridgechef.sync.store.DeviceSync;
import dev.fridgechef.sync.store.SyncStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two local stores ("two devices", core's H2 store with the client's recording, transport and
 * sync loop, as the CLI wires them) against one real server on embedded PostgreSQL.
 */
class SyncClientEndToEndTest {
    private static final String PASSWORD = "correct horse battery";
    private static FoodDatabase foods;
    private static Api api;
    private static String url;

    @TempDir
    Path dir;
    private final List<FridgeChef> open = new ArrayList<>();

    @BeforeAll
    static void start() {
        ServerApp server = TestServer.shared();
        api = new Api(server);
        url = "http://127.0.0.1:" + server.port();
        foods = FoodDatabase.load();
    }

    @AfterEach
    void close() {
        open.forEach(FridgeChef::close);
    }

    /** One device: its store and its config folder. */
    private final class Device {
        final FridgeChef app;
        final SyncCredentials credentials;

        Device(String name) {
            app = new FridgeChef(Store.open(dir.resolve(name).resolve("store")), foods, Clock.systemUTC());
            open.add(app);
            credentials = new SyncCredentials(dir.resolve(name).resolve("config"));
        }

        /** What fridge sync login does: log in, link the store, keep the refresh token. */
        void login(String account) throws IOException {
            HttpSyncTransport.Tokens tokens = HttpSyncTransport.login(url, account, PASSWORD, "test", Duration.ofSeconds(10));
            SyncStore.Linked linked = app.sync().linkTo(url, account);
            credentials.save(new SyncCredentials.Login(url, account, linked.link().deviceId().toString(), tokens.refreshToken()));
        }

        DeviceSync.Report sync() {
            return sync(url);
        }

        DeviceSync.Report sync(String server) {
            SyncStore.Link link = app.sync().link().orElseThrow();
            return new DeviceSync(app.sync(), new HttpSyncTransport(server, credentials, link.deviceId(), "test", Duration.ofSeconds(10))).sync();
        }

        double quantity(String name) {
            return app.inventory().list().stream().map(StockEntry::item).filter(i -> i.name().equals(name)).mapToDouble(InventoryItem::quantity).sum();
        }

        InventoryItem item(String name) {
            return app.inventory().list().stream().map(StockEntry::item).filter(i -> i.name().equals(name)).findFirst().orElse(null);
        }

        int pending() {
            return app.sync().pending();
        }
    }

    private static void synced(DeviceSync.Report report) {
        assertThat(report.result().status()).as(report.toString()).isInstanceOf(SyncResult.Synced.class);
    }

    @Test
    void twoDevicesOfOneHouseholdStayInStepAndLoseNothingOffline() throws Exception {
        Api.Session anna = SyncApiTest.member(api, "e2eanna");
        Api.Session boris = SyncApiTest.joiner(api, anna, "e2eboris");
        Device a = new Device("a");
        Device b = new Device("b");
        a.app.inventory().add(ItemDraft.of("rice", "1", "kg"));
        a.app.inventory().add(ItemDraft.of("milk", "1", "l"));
        a.login(anna.username());
        b.login(boris.username());
        synced(a.sync());
        synced(b.sync());
        assertThat(b.quantity("rice")).isEqualTo(1.0);
        assertThat(b.item("rice").id()).isPositive();

        // offline, each uses 200 g of the same 1 kg of rice, and both edit the milk's note (b later)
        a.app.inventory().use("rice", "200", "g");
        b.app.inventory().use("rice", "200", "g");
        a.app.inventory().edit(a.item("milk").id(), new ItemDraft(null, null, null, null, null, null, "top shelf", null), false);
        Thread.sleep(20);
        b.app.inventory().edit(b.item("milk").id(), new ItemDraft(null, null, null, null, null, null, "door", null), false);
        b.app.inventory().add(ItemDraft.of("eggs", "10", "pcs"));
        for (int round = 0; round < 2; round++) {
            synced(b.sync());
            synced(a.sync());
        }
        for (Device d : List.of(a, b)) {
            assertThat(d.quantity("rice")).isEqualTo(0.6);
            assertThat(d.item("milk").note()).isEqualTo("door");
            assertThat(d.quantity("eggs")).isEqualTo(10);
            assertThat(d.pending()).isZero();
        }
        SyncStore.ItemHistory history = a.app.sync().history("milk");
        assertThat(history.lost()).anySatisfy(l -> {
            assertThat(l.field()).isEqualTo("note");
            assertThat(l.value().asText()).isEqualTo("top shelf");
            assertThat(l.deviceId()).isEqualTo(a.app.sync().link().orElseThrow().deviceId().toString());
        });

        // a removal on one removes it on the other
        b.app.inventory().remove("eggs", false);
        synced(b.sync());
        synced(a.sync());
        assertThat(a.item("eggs")).isNull();

        // the server cannot be reached: the change waits in the outbox
        a.app.inventory().use("rice", "100", "g");
        int deadPort;
        try (ServerSocket s = new ServerSocket(0)) {
            deadPort = s.getLocalPort();
        }
        DeviceSync.Report unreachable = a.sync("http://127.0.0.1:" + deadPort);
        assertThat(unreachable.result().status()).isInstanceOf(SyncResult.Failed.class);
        assertThat(a.pending()).isEqualTo(1);

        // the login is revoked on the server: the sync asks for a new login and keeps the change
        SyncCredentials.Login login = a.credentials.load().orElseThrow();
        Api.Reply refreshed = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", login.refreshToken()));
        assertThat(refreshed.status()).isEqualTo(200);
        a.credentials.save(login.withRefreshToken(refreshed.text("refreshToken")));
        assertThat(api.post("/api/v1/auth/logout", refreshed.text("accessToken"), Map.of()).status()).isIn(200, 204);
        DeviceSync.Report refused = a.sync();
        assertThat(refused.result().status()).isInstanceOf(SyncResult.Failed.class);
        assertThat(((SyncResult.Failed) refused.result().status()).message()).contains("log in again");
        assertThat(a.credentials.load().orElseThrow().loggedIn()).isFalse();
        assertThat(a.pending()).isEqualTo(1);

        // logging in again delivers it, once
        a.login(anna.username());
        synced(a.sync());
        synced(b.sync());
        assertThat(a.quantity("rice")).isEqualTo(0.5);
        assertThat(b.quantity("rice")).isEqualTo(0.5);
        synced(a.sync());
        assertThat(a.quantity("rice")).isEqualTo(0.5);
    }

    /** Core's SyncLogin, as the CLI and the desktop app use it: another account is refused, logout ends the server session. */
    @Test
    void syncLoginKeepsOneAccountPerStoreAndLogoutRevokesTheSession() throws Exception {
        Api.Session anna = SyncApiTest.member(api, "e2eslanna");
        Api.Session other = SyncApiTest.member(api, "e2eslother");
        Device a = new Device("a");
        a.app.inventory().add(ItemDraft.of("rice", "1", "kg"));
        dev.fridgechef.sync.http.SyncLogin service = new dev.fridgechef.sync.http.SyncLogin(a.app.sync(), a.credentials, "test", Duration.ofSeconds(10));
        assertThat(service.login(url, anna.username(), PASSWORD).firstLink()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.login(url, other.username(), PASSWORD))
                .isInstanceOfSatisfying(dev.fridgechef.i18n.UserException.class, e -> assertThat(e.key()).isEqualTo("error.sync.other.account"));
        assertThat(a.app.sync().link().orElseThrow().account()).isEqualTo(anna.username());

        String token = a.credentials.load().orElseThrow().refreshToken();
        dev.fridgechef.sync.http.SyncLogin.LoggedOut out = service.logout();
        assertThat(out.session()).isEqualTo(dev.fridgechef.sync.http.SyncLogin.Session.REVOKED);
        assertThat(out.pending()).isEqualTo(2);
        assertThat(a.pending()).isEqualTo(2);
        // the token the logout's refresh rotated would still be taken as a retry within the grace period, were the session alive
        assertThat(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", token)).status()).isEqualTo(401);
        assertThat(service.login(url, anna.username(), PASSWORD).firstLink()).isFalse();
        synced(a.sync());
    }

    @Test
    void aDiaryEntryAndAProfileFieldReachTheMembersOtherDeviceOnly() throws Exception {
        Api.Session anna = SyncApiTest.member(api, "e2ediaryanna");
        Api.Session boris = SyncApiTest.joiner(api, anna, "e2ediaryboris");
        Device phone = new Device("phone");
        Device laptop = new Device("laptop");
        Device borisPhone = new Device("boris");
        phone.app.profiles().update(new ProfileUpdate(null, null, null, null, 70.5, null, null, null, null, null, Set.of(Allergen.SESAME), null));
        phone.login(anna.username());
        laptop.login(anna.username());
        borisPhone.login(boris.username());
        LocalDate day = LocalDate.of(2026, 11, 25);
        phone.app.diary().ate("apple 150 g", null, null, LocalDateTime.of(day, LocalTime.of(9, 0)), null, 100);
        synced(phone.sync());
        DeviceSync.Report pulled = laptop.sync();
        synced(pulled);
        synced(borisPhone.sync());
        assertThat(pulled.diaryEntriesChanged()).isEqualTo(1);
        assertThat(pulled.profileFieldsChanged()).isPositive();
        List<DiaryDay.Entry> onLaptop = entries(laptop, day);
        assertThat(onLaptop).hasSize(1);
        assertThat(onLaptop.getFirst().entry().amount()).isEqualTo("150 g");
        assertThat(laptop.app.profiles().get()).isEqualTo(phone.app.profiles().get());
        assertThat(entries(borisPhone, day)).isEmpty();
        assertThat(borisPhone.app.profiles().find()).isEmpty();

        // the laptop changes the weight and removes the entry: the phone follows
        laptop.app.profiles().update(new ProfileUpdate(null, null, null, null, 69.8, null, null, null, null, null, null, null));
        laptop.app.diary().remove(onLaptop.getFirst().entry().id());
        synced(laptop.sync());
        DeviceSync.Report back = phone.sync();
        synced(back);
        assertThat(back.diaryEntriesChanged()).isEqualTo(1);
        assertThat(back.profileFieldsChanged()).isEqualTo(1);
        assertThat(entries(phone, day)).isEmpty();
        assertThat(phone.app.profiles().get().weightKg()).isEqualTo(69.8);
        assertThat(phone.app.profiles().get().allergies()).containsExactly(Allergen.SESAME);
        assertThat(phone.pending()).isZero();
    }

    @Test
    void aPlanMadeOnOneDeviceIsThePlanOfTheMembersOtherDeviceOnly() throws Exception {
        Api.Session anna = SyncApiTest.member(api, "e2eplananna");
        Api.Session boris = SyncApiTest.joiner(api, anna, "e2eplanboris");
        Device phone = new Device("phone");
        Device laptop = new Device("laptop");
        Device borisPhone = new Device("boris");
        phone.app.profiles().update(dev.fridgechef.demo.SampleData.profile());
        for (ItemDraft d : dev.fridgechef.demo.SampleData.fridge()) phone.app.inventory().add(d);
        phone.login(anna.username());
        laptop.login(anna.username());
        borisPhone.login(boris.username());
        LocalDate today = LocalDate.now(Clock.systemUTC());
        var options = new dev.fridgechef.plan.PlanOptions(today, 2, List.of(dev.fridgechef.recipe.MealType.LUNCH, dev.fridgechef.recipe.MealType.DINNER), false);
        dev.fridgechef.plan.MealPlan made = phone.app.plans().plan(options).plan();
        synced(phone.sync());
        DeviceSync.Report pulled = laptop.sync();
        synced(pulled);
        synced(borisPhone.sync());

        assertThat(pulled.planSlotsChanged()).isEqualTo(4);
        dev.fridgechef.plan.MealPlan shown = laptop.app.plans().covering(today).orElseThrow().plan();
        assertThat(shown.plan()).extracting(dev.fridgechef.plan.MealPlan.Day::meals)
                .containsExactlyElementsOf(made.plan().stream().map(dev.fridgechef.plan.MealPlan.Day::meals).toList());
        assertThat(borisPhone.app.plans().covering(today)).isEmpty();
        assertThat(laptop.pending()).isZero();
    }

    private static List<DiaryDay.Entry> entries(Device d, LocalDate day) {
        return d.app.diary().day(day).sessions().stream().flatMap(s -> s.entries().stream()).toList();
    }

    /** What fridge sync login checks before it links anything: the real server's answer for an account in no household. */
    @Test
    void anAccountInNoHouseholdIsToldSoBeforeAnythingIsLinked() throws Exception {
        Api.Session loner = api.register("e2eloner");
        HttpSyncTransport.Tokens tokens = HttpSyncTransport.login(url, loner.username(), PASSWORD, "test", Duration.ofSeconds(10));
        HttpSyncTransport transport = new HttpSyncTransport(url, new SyncCredentials(dir.resolve("config")), java.util.UUID.randomUUID(), "test",
                Duration.ofSeconds(10)).withAccessToken(tokens.accessToken());
        org.assertj.core.api.Assertions.assertThatThrownBy(transport::status)
                .isInstanceOfSatisfying(HttpSyncTransport.ServerException.class, e -> assertThat(e.code()).isEqualTo("no_household"));
        Api.Session member = SyncApiTest.member(api, "e2emember");
        HttpSyncTransport.Tokens ok = HttpSyncTransport.login(url, member.username(), PASSWORD, "test", Duration.ofSeconds(10));
        assertThat(new HttpSyncTransport(url, new SyncCredentials(dir.resolve("config")), java.util.UUID.randomUUID(), "test",
                Duration.ofSeconds(10)).withAccessToken(ok.accessToken()).status().path("lastSeq").asLong()).isZero();
    }

    @Test
    void bothUsingMoreThanThereWasShowsZeroAndIsReported() throws Exception {
        Api.Session anna = SyncApiTest.member(api, "e2eodanna");
        Api.Session boris = SyncApiTest.joiner(api, anna, "e2eodboris");
        Device a = new Device("a");
        Device b = new Device("b");
        a.app.inventory().add(ItemDraft.of("rice", "300", "g"));
        a.login(anna.username());
        b.login(boris.username());
        synced(a.sync());
        synced(b.sync());
        a.app.inventory().use("rice", "200", "g");
        b.app.inventory().use("rice", "200", "g");
        synced(a.sync());
        DeviceSync.Report report = b.sync();
        synced(report);
        assertThat(report.result().overdrawnItems()).containsExactly("rice");
        assertThat(b.item("rice")).isNull();
        synced(a.sync());
        assertThat(a.item("rice")).isNull();
    }
}
