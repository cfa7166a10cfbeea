package dev.fridgechef.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** fridge store backup|backups|check|restore|compact, and a damaged store as the person meets it. */
class StoreCommandTest {
    @TempDir
    Path dir;
    CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir);
        cli.run("add", "milk", "1", "l").ok();
        cli.run("add", "eggs", "10", "pcs").ok();
    }

    @Test
    void aBackupIsListedChecksAsSoundAndRestoresAfterTheStoreIsDamaged() throws Exception {
        JsonNode backup = cli.run("store", "backup", "--json").ok().json();
        assertThat(backup.get("kind").asText()).isEqualTo("manual");
        assertThat(cli.run("store", "backups", "--json").ok().json()).anySatisfy(b -> assertThat(b.get("label").asText()).isEqualTo(backup.get("label").asText()));
        JsonNode check = cli.run("store", "check", "--json").ok().json();
        assertThat(check.get("ok").asBoolean()).isTrue();
        assertThat(check.get("rows").get("INVENTORY_ITEM").asLong()).isEqualTo(2);

        Path file = dir.resolve("store.mv.db");
        Files.write(file, new byte[0]);
        CliRunner.Result broken = cli.run("list").exit(1);
        assertThat(broken.err()).contains("empty").contains("fridge store restore").doesNotContain("bug");
        assertThat(Files.size(file)).isZero(); // never replaced by a new empty store

        Files.write(file, "this is not a database".repeat(1000).getBytes());
        assertThat(cli.run("list").exit(1).err()).contains("cannot be opened").contains("fridge store restore").doesNotContain("bug");
        assertThat(cli.run("store", "restore").ok().out()).contains("restored");
        assertThat(cli.list()).hasSize(2);
        assertThat(cli.run("store", "backups", "--json").ok().json()).anySatisfy(b -> assertThat(b.get("kind").asText()).isEqualTo("before-restore"));
    }

    @Test
    void compactKeepsTheData() {
        cli.run("remove", "milk").ok();
        assertThat(cli.run("store", "compact").ok().out()).contains("Compacted");
        assertThat(cli.list()).hasSize(1);
    }

    @Test
    void anUnknownBackupIsAClearError() {
        assertThat(cli.run("store", "restore", "1999-01-01").exit(1).err()).contains("There is no backup").doesNotContain("bug");
    }
}
