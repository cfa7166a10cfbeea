package dev.fridgechef.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DoctorCommandTest {
    private static final String KEY = "sk-doctor-never-prints-this";

    @TempDir
    Path dir;

    private CliRunner cli() {
        return new CliRunner(dir).withEnv(Map.of("LANG", "en_US.UTF-8", "HOME", dir.resolve("home").toString(), "OPENAI_API_KEY", KEY));
    }

    @Test
    void printsVersionsStoreConfigProvidersAndLogButNeverAKey() throws Exception {
        CliRunner cli = cli();
        cli.add("eggs", "6", "pcs");
        Files.createDirectories(dir.resolve("home/.config/fridgechef"));
        Files.writeString(dir.resolve("home/.config/fridgechef/llm.json"), "{\"providers\": [{\"name\": \"router\", \"kind\": \"openai\","
                + " \"model\": \"small\", \"api_key_env\": \"ROUTER_KEY\"}]}");

        CliRunner.Result r = cli.run("doctor").ok();
        assertThat(r.out()).contains("Fridge Chef ", "Java ", "Store: " + dir.resolve("store.mv.db"), "opens; schema version ",
                        "inventory_item 1", "Config folder: " + dir.resolve("home/.config/fridgechef"), "llm.json: present",
                        "keys.properties: absent", "openai (openai, model gpt-4o-mini), key present", "router (openai, model small), key absent", "Log: ")
                .doesNotContain(KEY);

        JsonNode json = cli.run("doctor", "--json").ok().json();
        assertThat(json.path("store").path("schema_version").asInt()).isPositive();
        assertThat(json.path("store").path("rows").path("inventory_item").asLong()).isEqualTo(1);
        assertThat(json.path("providers").path("configured").get(0).path("key_present").asBoolean()).isTrue();
        assertThat(json.toString()).doesNotContain(KEY);
    }

    @Test
    void aStoreThatDoesNotOpenIsReportedInWordsWithEverythingElse() throws Exception {
        byte[] garbage = "this is not an H2 file at all, just words ".repeat(200).getBytes();
        Files.write(dir.resolve("store.mv.db"), garbage);
        CliRunner.Result r = cli().run("doctor").exit(1);
        assertThat(r.out()).contains("does not open: ", "Config folder: ", "AI providers:", "Log: ", "Java ")
                .doesNotContain("\tat ");
        assertThat(Files.size(dir.resolve("store.mv.db"))).as("the broken store is left as it was").isEqualTo(garbage.length);
    }

    @Test
    void noStoreYetIsNotAProblemAndIsNotCreated() {
        CliRunner.Result r = cli().run("doctor").ok();
        assertThat(r.out()).contains("no store yet");
        assertThat(Files.exists(dir.resolve("store.mv.db"))).isFalse();
    }
}
