package dev.fridgechef.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LlmConfigFileTest {
    @TempDir
    Path dir;

    @Test
    void writesProvidersBudgetAndLimitKeepingUnknownFields() throws Exception {
        Path file = dir.resolve("llm.json");
        Files.writeString(file, """
                {"reuse_extra_foods": 3, "comment": "mine", "monthly_budget_usd": 5,
                 "providers": [{"name": "router", "kind": "openai", "model": "old", "api_key_env": "ROUTER_KEY", "team": "kitchen"},
                               {"name": "gone", "kind": "gemini", "api_key_env": "G"}]}""");
        LlmConfigFile config = new LlmConfigFile(file, Json.mapper());
        LlmConfigFile.Config read = config.read();
        assertThat(read.providers()).extracting(LlmConfigFile.Provider::name).containsExactly("router", "gone");
        assertThat(read.providers().get(0).model()).isEqualTo("old");

        var router = new LlmConfigFile.Provider("router", ProviderKind.OPENAI, "https://router.example/v1", "new-model", "ROUTER_KEY",
                0.05, 0.08, 20, 100_000);
        var local = new LlmConfigFile.Provider("local", ProviderKind.OLLAMA, "", "llama3.1", "", 0, 0, 30, 200_000);
        config.write(new LlmConfigFile.Config(List.of(router, local), 2.5, 3));

        JsonNode root = Json.mapper().readTree(file.toFile());
        assertThat(root.path("reuse_extra_foods").asInt()).isEqualTo(3);
        assertThat(root.path("comment").asText()).isEqualTo("mine");
        assertThat(root.path("providers")).hasSize(2);
        assertThat(root.path("providers").get(0).path("team").asText()).isEqualTo("kitchen");
        assertThat(root.path("providers").get(1).has("base_url")).isFalse();
        assertThat(config.read()).isEqualTo(new LlmConfigFile.Config(List.of(router, local), 2.5, 3));

        LlmSettings loaded = LlmSettings.load(Map.of("ROUTER_KEY", "k"), file, Json.mapper());
        assertThat(loaded.monthlyBudgetUsd()).isEqualTo(2.5);
        assertThat(loaded.reuseExtraFoods()).isEqualTo(3);
        assertThat(loaded.providers()).extracting(ProviderSettings::model).containsExactly("new-model", "llama3.1");
    }

    @Test
    void keyVariableNamesComeFromTheProviderName() {
        assertThat(LlmConfigFile.Provider.keyVariableFor("my router")).isEqualTo("MY_ROUTER_API_KEY");
        assertThat(LlmConfigFile.Provider.keyVariableFor("Роутер")).isEqualTo("FRIDGECHEF_API_KEY");
        assertThat(new LlmConfigFile(dir.resolve("missing.json"), Json.mapper()).read().providers()).isEmpty();
    }
}
