package dev.fridgechef.store;

import dev.fridgechef.config.AppFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StoreTest {
    @TempDir
    Path dir;

    @Test
    void migrationsCreateTheSchemaOnceAndRecordTheirVersion() {
        Path db = dir.resolve("nested/folder/fridgechef");
        try (Store store = Store.open(db)) {
            List<String> tables = store.jdbi().withHandle(h -> h.createQuery(
                    "SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = 'PUBLIC'").mapTo(String.class).list());
            assertThat(tables).contains("inventory_item", "profile", "flyway_schema_history");
        }
        assertThat(Files.exists(dir.resolve("nested/folder/fridgechef.mv.db"))).isTrue();
        try (Store again = Store.open(db)) {
            int applied = again.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" = '1'")
                    .mapTo(Integer.class).one());
            assertThat(applied).isEqualTo(1);
        }
    }

    /** A command's closing leaves the file as it is; the next opening compacts it once it has become sparse. */
    @Test
    void aSparseFileIsCompactedWhenTheStoreOpens() throws Exception {
        Path db = dir.resolve("sparse");
        StoreOptions command = StoreOptions.DEFAULT.withLinger(java.time.Duration.ZERO).withoutBackups().withoutCompactingOnClose();
        try (Store store = Store.open(db, command)) {
            for (int i = 0; i < 200; i++) {
                int n = i;
                // each unit of work closes the file, uncompacted
                store.jdbi().useHandle(h -> h.execute("INSERT INTO inventory_item(name, quantity, unit, location, added_on) "
                        + "VALUES (?, 1, 'kg', 'PANTRY', CURRENT_DATE)", "rice " + n));
            }
        }
        Path file = StoreLocation.databaseFile(db.toAbsolutePath());
        long grown = Files.size(file);
        assertThat(grown).as("without compaction at close the file grows").isGreaterThan(Store.COMPACT_ABOVE_BYTES);
        try (Store again = Store.open(db, command)) {
            int rows = again.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM inventory_item").mapTo(Integer.class).one());
            assertThat(rows).isEqualTo(200);
        }
        assertThat(Files.size(file)).as("compacted on opening").isLessThan(grown / 4);
    }

    @Test
    void aStoreOfTheSemanticCacheDaysOpensWithItsPlansAndWithoutTheVectors() {
        Path db = dir.resolve("old");
        org.flywaydb.core.Flyway.configure().dataSource("jdbc:h2:file:" + db.toAbsolutePath(), "fridgechef", "").loggers("slf4j")
                .locations("classpath:" + Store.MIGRATIONS).target("8").load().migrate();
        org.jdbi.v3.core.Jdbi old = org.jdbi.v3.core.Jdbi.create("jdbc:h2:file:" + db.toAbsolutePath(), "fridgechef", "");
        old.useHandle(h -> {
            h.execute("INSERT INTO meal_plan (user_name, inventory_hash, profile_hash, options, plan_day, start_date, end_date, source, plan_json, "
                    + "created_at) VALUES ('default', 'i', 'p', 'o', DATE '2026-11-24', DATE '2026-11-24', DATE '2026-11-24', "
                    + "'ai:semantic-cache (plan 1, similarity 0.970)', '{}', TIMESTAMP '2026-11-24 10:00:00')");
            h.execute("INSERT INTO plan_embedding (plan_id, user_name, vector, created_at) SELECT id, 'default', X'00000000', created_at FROM meal_plan");
        });
        try (Store store = Store.open(db)) {
            List<String> tables = store.jdbi().withHandle(h -> h.createQuery(
                    "SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = 'PUBLIC'").mapTo(String.class).list());
            assertThat(tables).contains("meal_plan").doesNotContain("plan_embedding");
            String source = store.jdbi().withHandle(h -> h.createQuery("SELECT source FROM meal_plan").mapTo(String.class).one());
            assertThat(source).startsWith("ai:semantic-cache");
        }
    }

    @Test
    void schemaVersionConstantMatchesTheNewestMigration() throws Exception {
        int newest;
        try (var files = Files.list(Path.of("src/main/resources", Store.MIGRATIONS))) {
            newest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertThat(Store.SCHEMA_VERSION).isEqualTo(newest);
    }

    @Test
    void locationFollowsDbOptionThenFridgechefHomeThenXdg() {
        Path home = Path.of("/home/anna");
        assertThat(StoreLocation.resolve("/tmp/x/my.mv.db", new AppFolders(Map.of(), "Linux", home))).isEqualTo(Path.of("/tmp/x/my"));
        assertThat(StoreLocation.resolve(null, new AppFolders(Map.of("FRIDGECHEF_HOME", "/data/fc"), "Linux", home))).isEqualTo(Path.of("/data/fc/fridgechef"));
        assertThat(StoreLocation.resolve(null, new AppFolders(Map.of("XDG_DATA_HOME", "/xdg"), "Linux", home))).isEqualTo(Path.of("/xdg/fridgechef/fridgechef"));
        assertThat(StoreLocation.resolve(null, new AppFolders(Map.of(), "Linux", home))).isEqualTo(Path.of("/home/anna/.local/share/fridgechef/fridgechef"));
        assertThat(StoreLocation.resolve(null, new AppFolders(Map.of(), "Mac OS X", home)))
                .isEqualTo(Path.of("/home/anna/Library/Application Support/FridgeChef/fridgechef"));
    }
}
