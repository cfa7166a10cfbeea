package dev.fridgechef.sync;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.MovableClock;
import dev.fridgechef.TestFoods;
import dev.fridgechef.diary.DiaryDay;
import dev.fridgechef.diary.EntryEdit;
import dev.fridgechef.profile.ActivityLevel;
import dev.fridgechef.profile.Allergen;
import dev.fridgechef.profile.Diet;
import dev.fridgechef.profile.DietFlag;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.ProfileUpdate;
import dev.fridgechef.profile.Sex;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.store.Store;
import dev.fridgechef.sync.store.DeviceSync;
import dev.fridgechef.sync.store.H2Outbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The diary (append-only with tombstones) and the profile (registers) between two H2 stores through the in-memory server. */
class DiaryProfileSyncTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;
    private final List<FridgeChef> apps = new ArrayList<>();
    private final FakeServer server = new FakeServer();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));

    private FridgeChef device(String name) {
        FridgeChef app = new FridgeChef(Store.open(dir.resolve(name).resolve("store")), TestFoods.get(), clock);
        apps.add(app);
        return app;
    }

    @AfterEach
    void close() {
        apps.forEach(FridgeChef::close);
    }

    private DeviceSync.Report sync(FridgeChef app) {
        clock.advance(Duration.ofMillis(10));
        DeviceSync.Report report = new DeviceSync(app.sync(), new FakeTransport(server), 3, 4).sync();
        assertThat(report.result().synced()).as(report.toString()).isTrue();
        return report;
    }

    private static List<DiaryDay.Entry> entries(FridgeChef app) {
        return app.diary().day(DAY).sessions().stream().flatMap(s -> s.entries().stream()).toList();
    }

    private static List<String> labels(FridgeChef app) {
        return entries(app).stream().map(e -> e.entry().label() + " " + e.entry().amount() + " " + e.entry().eatenPercent()).toList();
    }

    private static ProfileUpdate weight(double kg) {
        return new ProfileUpdate(null, null, null, null, kg, null, null, null, null, null, null, null);
    }

    private static ProfileUpdate allergies(Allergen... allergens) {
        return new ProfileUpdate(null, null, null, null, null, null, null, null, null, null, Set.of(allergens), null);
    }

    @Test
    void devicesLoggedInAsTheSameAccountInOtherLetterCaseShareTheDiaryAndProfile() {
        FridgeChef a = device("a");
        FridgeChef b = device("b");
        a.sync().linkTo("http://server", "Anna");
        b.sync().linkTo("http://server", "anna ");
        a.diary().ate("apple 150 g", null, null, LocalDateTime.of(DAY, java.time.LocalTime.of(13, 10)), MealType.LUNCH, 100);
        a.profiles().update(weight(61.5));
        sync(a);
        DeviceSync.Report pulled = sync(b);
        assertThat(pulled.diaryEntriesChanged()).isEqualTo(1);
        assertThat(labels(b)).containsExactlyElementsOf(labels(a));
        assertThat(b.profiles().get().weightKg()).isEqualTo(61.5);
    }

    @Test
    void anEntryAddedEditedAndRemovedOnOneDeviceDoesTheSameOnTheOther() {
        FridgeChef a = device("a");
        FridgeChef b = device("b");
        a.sync().linkTo("http://server", "anna");
        b.sync().linkTo("http://server", "anna");
        long id = a.diary().ate("apple 150 g", null, null, LocalDateTime.of(DAY, java.time.LocalTime.of(13, 10)), MealType.LUNCH, 80).entry().id();
        sync(a);
        DeviceSync.Report added = sync(b);
        assertThat(added.diaryEntriesChanged()).isEqualTo(1);
        assertThat(labels(b)).containsExactly(labels(a).getFirst());
        DiaryDay.Entry onB = entries(b).getFirst();
        assertThat(onB.entry().portions()).isEqualTo(entries(a).getFirst().entry().portions());
        assertThat(onB.entry().eatenPercent()).isEqualTo(80.0);
        assertThat(b.diary().session(onB.entry().sessionId()).meal()).isEqualTo(MealType.LUNCH);
        assertThat(b.diary().session(onB.entry().sessionId()).time()).isEqualTo(java.time.LocalTime.of(13, 10));

        a.diary().edit(id, new EntryEdit(200.0, null, 50.0, null, null));
        sync(a);
        DeviceSync.Report edited = sync(b);
        assertThat(edited.diaryEntriesChanged()).isEqualTo(2);
        assertThat(labels(b)).hasSize(1).containsExactlyElementsOf(labels(a));
        assertThat(entries(b).getFirst().entry().amount()).isEqualTo("200 g");

        // undoing the edit on a is one more replacement: b shows the entry as it was, once
        a.diary().undo();
        sync(a);
        sync(b);
        assertThat(labels(b)).hasSize(1).containsExactlyElementsOf(labels(a));
        assertThat(entries(b).getFirst().entry().amount()).isEqualTo("150 g");

        b.diary().remove(entries(b).getFirst().entry().id());
        sync(b);
        sync(a);
        assertThat(entries(a)).isEmpty();
        assertThat(new H2Outbox(a.sync().jdbi()).size()).isZero();

        // an undo of the removal on b brings the entry back everywhere, once
        b.diary().undo();
        sync(b);
        sync(a);
        assertThat(labels(a)).hasSize(1).containsExactlyElementsOf(labels(b));
        sync(b);
        assertThat(labels(b)).hasSize(1);
    }

    @Test
    void anAddUndoneIsARemovalAndAnUndoOfAnEntryRemovedElsewhereRecordsNothing() {
        FridgeChef a = device("a");
        FridgeChef b = device("b");
        a.sync().linkTo("http://server", "anna");
        b.sync().linkTo("http://server", "anna");
        a.diary().ate("apple 150 g", null, null, LocalDateTime.of(DAY, java.time.LocalTime.of(9, 0)), null, 100);
        a.diary().ate("banana 120 g", null, null, LocalDateTime.of(DAY, java.time.LocalTime.of(9, 5)), null, 100);
        sync(a);
        sync(b);
        assertThat(entries(b)).hasSize(2);
        a.diary().undo();
        sync(a);
        sync(b);
        assertThat(labels(b)).hasSize(1).containsExactlyElementsOf(labels(a));

        // b removes the apple; a, after pulling that, undoes its own add of it: nothing more to send
        b.diary().remove(entries(b).getFirst().entry().id());
        sync(b);
        sync(a);
        assertThat(entries(a)).isEmpty();
        a.diary().undo();
        assertThat(new H2Outbox(a.sync().jdbi()).size()).isZero();
        assertThat(entries(a)).isEmpty();
    }

    @Test
    void anotherMembersEntriesStayInTheLogOnly() {
        FridgeChef a = device("a");
        FridgeChef b = device("b");
        a.sync().linkTo("http://server", "anna");
        b.sync().linkTo("http://server", "boris");
        a.diary().ate("apple 150 g", null, null, LocalDateTime.of(DAY, java.time.LocalTime.of(9, 0)), null, 100);
        b.profiles().update(weight(90));
        sync(a);
        sync(b);
        DeviceSync.Report onA = sync(a);
        assertThat(entries(b)).isEmpty();
        int logged = b.sync().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sync_log WHERE entity = 'diary'").mapTo(Integer.class).one());
        assertThat(logged).isEqualTo(1);
        assertThat(onA.profileFieldsChanged()).isZero();
        assertThat(a.profiles().find()).isEmpty();
    }

    @Test
    void changesToDifferentProfileFieldsMergeAndTheLaterOfTwoWritesWins() {
        FridgeChef a = device("a");
        FridgeChef b = device("b");
        a.profiles().update(new ProfileUpdate(Sex.FEMALE, 1990, null, 168.5, 70.0, ActivityLevel.MODERATE, null, null, Diet.VEGETARIAN,
                Set.of(DietFlag.GLUTEN_FREE), Set.of(Allergen.PEANUTS), List.of("olives", "liver")));
        a.sync().linkTo("http://server", "anna");
        b.sync().linkTo("http://server", "anna");
        sync(a);
        DeviceSync.Report first = sync(b);
        assertThat(first.profileFieldsChanged()).isPositive();
        assertThat(b.profiles().get()).isEqualTo(a.profiles().get());

        // offline: a changes the weight, b adds an allergy; both change the height, b later
        a.profiles().update(weight(68.4));
        b.profiles().update(allergies(Allergen.PEANUTS, Allergen.SESAME));
        a.profiles().update(new ProfileUpdate(null, null, null, 170.0, null, null, null, null, null, null, null, null));
        clock.advance(Duration.ofSeconds(1));
        b.profiles().update(new ProfileUpdate(null, null, null, 171.0, null, null, null, null, null, null, null, null));
        sync(a);
        DeviceSync.Report onB = sync(b);
        sync(a);
        assertThat(onB.profileFieldsChanged()).isEqualTo(1);
        for (FridgeChef app : List.of(a, b)) {
            Profile p = app.profiles().get();
            assertThat(p.weightKg()).isEqualTo(68.4);
            assertThat(p.heightCm()).isEqualTo(171.0);
            assertThat(p.allergies()).containsExactly(Allergen.PEANUTS, Allergen.SESAME);
            assertThat(p.diet()).isEqualTo(Diet.VEGETARIAN);
            assertThat(p.flags()).containsExactly(DietFlag.GLUTEN_FREE);
            assertThat(p.dislikes()).containsExactly("olives", "liver");
            assertThat(p.birthYear()).isEqualTo(1990);
            assertThat(p.activity()).isEqualTo(ActivityLevel.MODERATE);
        }
        assertThat(b.profiles().get()).isEqualTo(a.profiles().get());
        List<LostValue> lost = a.sync().jdbi().withHandle(h -> Replica.of(h.createQuery("SELECT op FROM sync_log WHERE entity = 'profile'")
                .mapTo(String.class).map(Op::fromJson).list())).history(Entity.PROFILE, "anna");
        assertThat(lost).anySatisfy(l -> {
            assertThat(l.field()).isEqualTo("heightCm");
            assertThat(l.value().decimalValue()).isEqualByComparingTo("170");
        });
    }

    @Test
    void linkingMakesTheDiaryAndProfileInitialOperationsAndNothingIsRecordedBefore() {
        FridgeChef a = device("a");
        a.diary().ate("apple 150 g", null, null, LocalDateTime.of(DAY, java.time.LocalTime.of(9, 0)), null, 100);
        long removed = a.diary().ate("banana 120 g", null, null, LocalDateTime.of(DAY, java.time.LocalTime.of(9, 5)), null, 100).entry().id();
        a.diary().remove(removed);
        a.profiles().update(weight(70));
        assertThat(new H2Outbox(a.sync().jdbi()).size()).isZero();
        int ops = a.sync().linkTo("http://server", "anna").initialOps();
        List<Op> outbox = new H2Outbox(a.sync().jdbi()).pending(100);
        assertThat(outbox).filteredOn(o -> o.entity() == Entity.DIARY).extracting(Op::kind).containsExactly(OpKind.ENTRY_ADDED);
        assertThat(outbox).filteredOn(o -> o.entity() == Entity.PROFILE).extracting(o -> o.text("field"))
                .contains("weightKg", "goal", "diet");
        assertThat(ops).isEqualTo(outbox.size());
        Op entry = outbox.stream().filter(o -> o.entity() == Entity.DIARY).findFirst().orElseThrow();
        assertThat(entry.text("member")).isEqualTo("anna");
        assertThat(entry.text("eatenOn")).isEqualTo("2026-11-25");
        assertThat(entry.payload().get("portions").get(0).get("grams").decimalValue()).isEqualByComparingTo("150");
    }

    @Test
    void aStoreWhoseDiaryPredatesSyncMigratesAndLinksWithoutLosingAnEntry() {
        Path db = dir.resolve("old").resolve("store");
        org.flywaydb.core.Flyway.configure().dataSource("jdbc:h2:file:" + db.toAbsolutePath(), "fridgechef", "").loggers("slf4j")
                .locations("classpath:fridgechef/db/migration").target("20").load().migrate();
        String food = TestFoods.get().all().iterator().next().id();
        org.jdbi.v3.core.Jdbi.create("jdbc:h2:file:" + db.toAbsolutePath(), "fridgechef", "").useHandle(h -> {
            h.execute("INSERT INTO diary_session (id, user_name, eaten_on, eaten_at, meal) VALUES (1, 'default', DATE '2026-11-25', TIME '08:30:00', 'breakfast')");
            h.execute("INSERT INTO diary_entry (id, session_id, eaten_on, kind, food_id, label, amount, eaten_percent, logged_at) "
                    + "VALUES (1, 1, DATE '2026-11-25', 'dish', NULL, 'porridge', NULL, 75, TIMESTAMP '2026-11-25 08:31:00')");
            h.createUpdate("INSERT INTO diary_portion (entry_id, position, food_id, grams, amount) VALUES (1, 0, :f, 250, NULL)").bind("f", food).execute();
        });
        FridgeChef old = new FridgeChef(Store.open(db), TestFoods.get(), clock);
        apps.add(old);
        List<String> before = labels(old);
        assertThat(before).hasSize(1);
        old.sync().linkTo("http://server", "anna");
        assertThat(labels(old)).isEqualTo(before);
        String uid = old.sync().jdbi().withHandle(h -> h.createQuery("SELECT uid FROM diary_entry WHERE id = 1").mapTo(String.class).one());
        assertThat(uid).isNotNull();
        sync(old);
        FridgeChef other = device("other");
        other.sync().linkTo("http://server", "anna");
        sync(other);
        assertThat(labels(other)).isEqualTo(before);
        assertThat(entries(other).getFirst().entry().portions()).isEqualTo(entries(old).getFirst().entry().portions());
    }
}
