package dev.fridgechef.store;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestFoods;
import dev.fridgechef.TestStores;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.ItemDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A store is never silently replaced, always has a way back, and is readable by its owner alone. */
class StoreSafetyTest {
    @TempDir
    Path dir;

    private static Clock day(String date) {
        return Clock.fixed(Instant.parse(date + "T09:00:00Z"), ZoneOffset.UTC);
    }

    private Path storeWithOneItem() {
        Path db = dir.resolve("fridgechef");
        try (FridgeChef app = new FridgeChef(Store.open(db), TestFoods.get(), TestStores.CLOCK)) {
            app.inventory().add(ItemDraft.of("milk", "1", "l"));
        }
        return db;
    }

    private long items(Path db) {
        try (Store store = Store.open(db, StoreOptions.DEFAULT.withoutBackups())) {
            return store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM inventory_item").mapTo(Long.class).one());
        }
    }

    @Test
    void anEmptyFileIsRefusedAndLeftAsItIs() throws Exception {
        Path db = storeWithOneItem();
        Path file = StoreLocation.databaseFile(db);
        Files.write(file, new byte[0]);
        assertThatThrownBy(() -> Store.open(db)).isInstanceOf(StoreDamagedException.class).hasMessageContaining("empty");
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void aDamagedFileNamesTheNewestGoodBackupAndRestoreBringsTheDataBack() throws Exception {
        Path db = storeWithOneItem();
        try (Store store = Store.open(db)) {
            Backups.of(db, TestStores.CLOCK).take(store, Backups.Kind.MANUAL);
        }
        Path file = StoreLocation.databaseFile(db);
        byte[] garbage = new byte[30_000];
        new Random(7).nextBytes(garbage);
        Files.write(file, garbage);

        assertThatThrownBy(() -> Store.open(db)).isInstanceOf(StoreDamagedException.class)
                .hasMessageContaining("fridge store restore").hasMessageContaining("newest good backup");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);

        Backups backups = Backups.of(db, TestStores.CLOCK);
        StoreMaintenance.Restored r = StoreMaintenance.restore(db, backups.resolve(null), TestStores.CLOCK, java.time.Duration.ofSeconds(5));
        assertThat(items(db)).isEqualTo(1);
        assertThat(r.previousSavedAs()).isPresent();
        assertThat(backups.list()).anySatisfy(b -> assertThat(b.kind()).isEqualTo(Backups.Kind.BEFORE_RESTORE));
        assertThat(backups.verify(r.previousSavedAs().get().file())).isPresent(); // the garbage was kept, and is known to be bad
    }

    @Test
    void aBadBackupIsNotRestored() throws Exception {
        Path db = storeWithOneItem();
        Path fake = dir.resolve("fake.zip");
        Files.write(fake, "not a zip".getBytes());
        Backups.Backup bad = Backups.of(db, TestStores.CLOCK).resolve(fake.toString());
        assertThatThrownBy(() -> StoreMaintenance.restore(db, bad, TestStores.CLOCK, java.time.Duration.ofSeconds(5)))
                .isInstanceOf(UserException.class).hasMessageContaining("cannot be restored");
        assertThat(items(db)).isEqualTo(1);
    }

    @Test
    void theFirstUseOfEachDayTakesABackupAndOldOnesArePrunedToSevenDailyAndFourWeekly() {
        Path db = storeWithOneItem();
        for (int d = 1; d <= 40; d++) {
            Clock clock = day(java.time.LocalDate.of(2026, 10, 1).plusDays(d).toString());
            Store.open(db, StoreOptions.DEFAULT.withClock(clock)).close();
            Store.open(db, StoreOptions.DEFAULT.withClock(clock)).close(); // the second use of a day takes none
        }
        var daily = Backups.of(db, TestStores.CLOCK).list().stream().filter(b -> b.kind() == Backups.Kind.DAILY).toList();
        assertThat(daily).hasSize(Backups.KEEP_DAILY + Backups.KEEP_WEEKLY);
        assertThat(daily.get(0).label()).isEqualTo("2026-11-10");
        assertThat(daily.get(Backups.KEEP_DAILY - 1).label()).isEqualTo("2026-11-04");
        long weeks = daily.stream().skip(Backups.KEEP_DAILY)
                .map(b -> b.taken().toLocalDate().get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)).distinct().count();
        assertThat(weeks).isEqualTo(Backups.KEEP_WEEKLY);
    }

    @Test
    void aStoreFromANewerVersionIsRefusedUntouched() throws Exception {
        Path db = storeWithOneItem();
        try (Store store = Store.open(db)) {
            store.jdbi().useHandle(h -> h.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                    + "\"script\", \"installed_by\", \"execution_time\", \"success\") VALUES (999, '999', 'future', 'SQL', 'V999__future.sql', 'x', 0, TRUE)"));
        }
        assertThatThrownBy(() -> Store.open(db)).isInstanceOf(UserException.class).hasMessageContaining("newer Fridge Chef");
    }

    @Test
    void theFileIsReadableByItsOwnerOnlyAndNothingListensOnTheNetwork() throws Exception {
        Path db = storeWithOneItem();
        try (Store store = Store.open(db)) {
            store.jdbi().useHandle(h -> h.execute("SELECT 1"));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(StoreLocation.databaseFile(db)))).isEqualTo("rw-------");
            assertThat(ListeningSockets.ofThisProcess()).isEmpty();
        }
    }

    @Test
    void aFileThatIsNotWritableOpensForReadingAndRefusesChangesInWords() throws Exception {
        Path db = storeWithOneItem();
        Path file = StoreLocation.databaseFile(db);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(file), "root writes to any file");
        try (FridgeChef app = new FridgeChef(Store.open(db), TestFoods.get(), TestStores.CLOCK)) {
            assertThat(app.store().readOnly()).isTrue();
            assertThat(app.inventory().list()).hasSize(1);
            assertThatThrownBy(() -> app.inventory().add(ItemDraft.of("eggs", "6", "pcs")))
                    .satisfies(e -> assertThat(StoreErrors.translate(e)).hasValueSatisfying(u -> assertThat(u.key()).isEqualTo("error.store.readonly")));
        }
    }
}
