package dev.fridgechef.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.cli.CliRunner.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code fridge export --all} and {@code fridge forget}; the config folder is a temporary one, never the real one. */
class PrivacyCommandTest {
    @TempDir
    Path dir;

    CliRunner cli;
    Path config;
    Path backups;

    @BeforeEach
    void setUp() throws IOException {
        backups = dir.resolve("backups"); // beside the store file (dir/store.mv.db)
        cli = new CliRunner(dir).withEnv(Map.of("LANG", "en_US.UTF-8", "XDG_CONFIG_HOME", dir.toString()));
        config = dir.resolve("fridgechef"); // $XDG_CONFIG_HOME/fridgechef
        // few commands: every one opens the store, and the store is slow to open on a busy machine
        cli.run("import", cli.file("stock.csv", "name,quantity,unit,expires\neggs,10,pcs,+5d\nmilk,1,l,\n").toString()).ok();
        cli.run("profile", "set", "--sex", "female", "--age", "34", "--height", "168", "--weight", "64", "--activity", "moderate",
                "--goal", "maintain").ok();
        Files.createDirectories(config);
        Files.writeString(config.resolve("keys.properties"), "OPENAI_API_KEY=sk-secret-123\n");
        Files.writeString(config.resolve("gui.json"), "{\"language\": \"en\", \"theme\": \"DARK\"}");
        Files.createDirectories(backups);
        Files.writeString(backups.resolve("fridgechef-2026-11-24.zip"), "backup");
    }

    @Test
    void exportAllPrintsOneDocumentWithEverySection() {
        cli.run("plan", "--days", "1", "--meals", "breakfast").ok();
        Result r = cli.run("export", "--all").ok();
        JsonNode doc = r.json();
        assertThat(doc.get("format").asText()).isEqualTo("fridgechef-personal-data");
        assertThat(doc.get("version").asInt()).isEqualTo(2);
        assertThat(doc.get("exported_at").asText()).isEqualTo("2026-11-25T10:00Z");
        for (String section : List.of("profile", "stock", "plans", "cooked_meals", "shopping_checks", "user_recipes", "ai_usage", "jobs",
                "settings")) {
            assertThat(doc.has(section)).as(section).isTrue();
        }
        assertThat(doc.get("profile").get("document").get("sex").asText()).isEqualTo("FEMALE");
        assertThat(doc.get("stock")).extracting(n -> n.get("name").asText()).containsExactly("eggs", "milk");
        assertThat(doc.get("plans")).hasSize(1);
        assertThat(doc.get("settings").get("keys_saved_for")).extracting(JsonNode::asText).containsExactly("OPENAI_API_KEY");
        assertThat(doc.get("settings").get("gui").get("theme").asText()).isEqualTo("DARK");
        assertThat(r.out()).doesNotContain("sk-secret-123");
    }

    @Test
    void exportAllToAFile() throws IOException {
        Path file = Files.createDirectories(dir.resolve("out")).resolve("me.json");
        Result r = cli.run("export", "--all", "-o", file.toString(), "--format", "json").ok();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("Exported everything").contains(file.toString());
        JsonNode doc = CliRunner.JSON.readTree(file.toFile());
        assertThat(doc.get("stock")).hasSize(2);
        assertThat(Files.list(file.getParent())).as("no temporary file left").containsExactly(file);
    }

    @Test
    void anExportIntoAFolderThatDoesNotExistIsRefusedAsEveryExportIs() {
        for (String[] line : new String[][] {{"export", "--all", "-o", dir.resolve("typo/me.json").toString()},
                {"recipe", "export", "borscht-with-beef", "-o", dir.resolve("typo/b.jsonld").toString()},
                {"diary", "export", "--format", "csv", "-o", dir.resolve("typo/d.csv").toString()}}) {
            Result r = cli.run(line).exit(1);
            assertThat(r.err()).as(String.join(" ", line)).contains("no such folder");
        }
        assertThat(dir.resolve("typo")).doesNotExist();
    }

    @Test
    void exportAllIsNeverCsv() {
        Path file = dir.resolve("me.csv");
        Result r = cli.run("export", "--all", "--format", "csv", "-o", file.toString()).exit(2);
        assertThat(r.err()).contains("--all writes one JSON document");
        assertThat(file).doesNotExist();
    }

    @Test
    void forgetWithYesErasesEverything() {
        cli.run("plan", "--days", "1", "--meals", "breakfast").ok();
        Result r = cli.run("forget", "--yes").ok();
        assertThat(r.out()).contains("Erased").contains("keys.properties").contains("fridgechef-2026-11-24.zip");
        assertThat(cli.list()).as(r.toString()).isEmpty();
        JsonNode doc = cli.run("export", "--all").ok().json();
        assertThat(doc.get("profile").isNull()).isTrue();
        assertThat(doc.get("plans")).isEmpty();
        assertThat(config.resolve("keys.properties")).doesNotExist();
        assertThat(config.resolve("gui.json")).doesNotExist();
        assertThat(backups.resolve("fridgechef-2026-11-24.zip")).doesNotExist();
    }

    @Test
    void forgetWithoutYesIsRefusedWhenNotOnATerminal() {
        Result r = cli.run("forget").exit(1);
        assertThat(r.err()).contains("not an interactive terminal").contains("fridge forget --yes");
        assertThat(r.out()).isEmpty();
        assertThat(cli.list()).hasSize(2);
        assertThat(config.resolve("keys.properties")).exists();
        assertThat(backups.resolve("fridgechef-2026-11-24.zip")).exists();
    }

    @Test
    void forgetOnATerminalErasesOnlyAfterTheWord() {
        Result no = cli.typing("yes").run("forget").exit(1);
        assertThat(no.err()).contains("This erases everything").contains("Nothing was erased");
        assertThat(cli.list()).hasSize(2);

        cli.typing(" удалить ").run("--lang", "ru", "forget").ok();
        assertThat(cli.list()).isEmpty();
        assertThat(config.resolve("keys.properties")).doesNotExist();
    }

    @Test
    void forgetJson() {
        JsonNode erased = cli.run("forget", "--yes", "--json").ok().json();
        assertThat(erased.get("rows").get("inventory_item").asInt()).isEqualTo(2);
        java.util.List<String> files = new java.util.ArrayList<>();
        erased.get("files").forEach(f -> files.add(java.nio.file.Path.of(f.asText()).getFileName().toString()));
        // the settings files, and the store's backups (one is taken on the first use of each day)
        assertThat(files).contains("keys.properties", "gui.json");
        assertThat(files).filteredOn(f -> !f.endsWith(".properties") && !f.endsWith(".json")).allMatch(f -> f.startsWith("fridgechef-"));
    }
}
