package dev.fridgechef.llm;

import dev.fridgechef.Json;
import dev.fridgechef.i18n.UserException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LlmSettingsTest {
    @TempDir
    Path dir;

    @Test
    void providersComeFromTheUsualEnvironmentVariables() {
        LlmSettings s = LlmSettings.load(Map.of("OPENAI_API_KEY", "sk-1", "GOOGLE_API_KEY", "g-1", "ANTHROPIC_API_KEY", "a-1",
                "OLLAMA_HOST", "127.0.0.1:11434"), dir.resolve("none.json"), Json.mapper());
        assertThat(s.providers()).extracting(ProviderSettings::kind)
                .containsExactly(ProviderKind.OPENAI, ProviderKind.GEMINI, ProviderKind.ANTHROPIC, ProviderKind.OLLAMA);
        assertThat(s.providers().get(3).baseUrl()).isEqualTo("http://127.0.0.1:11434");
        assertThat(s.monthlyBudgetUsd()).isEqualTo(LlmSettings.DEFAULT_BUDGET);
        assertThat(s.providers().toString()).doesNotContain("sk-1", "g-1", "a-1");
    }

    @Test
    void theConfigFileNamesKeysByVariableAndSetsBudgetAndLimits() throws Exception {
        Path file = dir.resolve("llm.json");
        Files.writeString(file, """
                {"monthly_budget_usd": 2.5, "generations_per_minute": 3, "providers": [
                  {"name": "openrouter", "kind": "openai", "base_url": "https://openrouter.example/api/v1", "model": "m",
                   "api_key_env": "OPENROUTER_API_KEY", "input_price": 0.05, "output_price": 0.08},
                  {"name": "nokey", "kind": "anthropic", "api_key_env": "MISSING_KEY"}]}""");
        LlmSettings s = LlmSettings.load(Map.of("OPENROUTER_API_KEY", "or-1"), file, Json.mapper());
        assertThat(s.monthlyBudgetUsd()).isEqualTo(2.5);
        assertThat(s.generationsPerMinute()).isEqualTo(3);
        assertThat(s.providers()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("openrouter");
            assertThat(p.apiKey()).isEqualTo("or-1");
            assertThat(p.cost(1_000_000, 1_000_000)).isEqualTo(0.13, org.assertj.core.api.Assertions.within(1e-9));
        });
        Files.writeString(file, "{\"providers\": [{\"kind\": \"skynet\"}]}");
        assertThatThrownBy(() -> LlmSettings.load(Map.of(), file, Json.mapper())).isInstanceOf(UserException.class).hasMessageContaining("skynet");
    }

    @Test
    void theFileSetsThePerRequestCapAndTheTimeCap() throws Exception {
        Path file = dir.resolve("llm.json");
        assertThat(LlmSettings.load(Map.of(), file, Json.mapper())).satisfies(s -> {
            assertThat(s.maxRequestUsd()).isEqualTo(LlmSettings.DEFAULT_MAX_REQUEST_USD);
            assertThat(s.requestTimeout()).isEqualTo(java.time.Duration.ofSeconds(90));
        });
        Files.writeString(file, "{\"max_request_usd\": 0.02, \"request_timeout_seconds\": 45}");
        LlmSettings s = LlmSettings.load(Map.of(), file, Json.mapper());
        assertThat(s.maxRequestUsd()).isEqualTo(0.02);
        assertThat(s.requestTimeout()).isEqualTo(java.time.Duration.ofSeconds(45));
        Files.writeString(file, "{\"request_timeout_seconds\": 0}");
        assertThatThrownBy(() -> LlmSettings.load(Map.of(), file, Json.mapper())).isInstanceOf(UserException.class)
                .hasMessageContaining("request_timeout_seconds").hasMessageContaining("above 0");
    }
}
