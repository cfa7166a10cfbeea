package dev.fridgechef.llm;

import dev.fridgechef.Json;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.UserMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which model of each provider reads photos, and what an image counts for before a request is sent. */
class PhotoVisionModelTest {
    @TempDir
    Path dir;

    @Test
    void eachProviderFromTheEnvironmentHasACheapVisionModel() {
        LlmSettings s = LlmSettings.load(Map.of("OPENAI_API_KEY", "sk-1", "GEMINI_API_KEY", "g-1", "ANTHROPIC_API_KEY", "a-1",
                "OLLAMA_HOST", "127.0.0.1:11434"), dir.resolve("none.json"), Json.mapper());
        assertThat(s.providers()).extracting(ProviderSettings::visionModel)
                .containsExactly("gpt-4o-mini", "gemini-2.0-flash", "claude-haiku-4-5", "qwen2.5vl");
        assertThat(s.providers()).extracting(ProviderSettings::model)
                .containsExactly("gpt-4o-mini", "gemini-2.0-flash", "claude-3-5-haiku-latest", "llama3.1");
        assertThat(s.providers().get(2).toString()).contains("visionModel=claude-haiku-4-5").doesNotContain("a-1");
    }

    @Test
    void aVariableChoosesAnotherVisionModel() {
        LlmSettings s = LlmSettings.load(Map.of("OLLAMA_HOST", "localhost:11434", "OLLAMA_VISION_MODEL", "llava"), dir.resolve("none.json"), Json.mapper());
        assertThat(s.providers()).singleElement().extracting(ProviderSettings::visionModel).isEqualTo("llava");
    }

    @Test
    void theConfigFileSetsVisionModelAndARoutersOwnModelIsKeptOtherwise() throws Exception {
        Path file = dir.resolve("llm.json");
        Files.writeString(file, """
                {"providers": [
                  {"name": "openrouter", "kind": "openai", "base_url": "https://openrouter.example/api/v1", "model": "meta-llama/llama-3.1-8b",
                   "api_key_env": "OPENROUTER_API_KEY"},
                  {"name": "router-vision", "kind": "openai", "base_url": "https://openrouter.example/api/v1", "model": "m",
                   "vision_model": "qwen/qwen2.5-vl-72b-instruct", "api_key_env": "OPENROUTER_API_KEY"},
                  {"name": "openai", "kind": "openai", "model": "gpt-4.1-nano", "api_key_env": "OPENAI_API_KEY"}]}""");
        LlmSettings s = LlmSettings.load(Map.of("OPENROUTER_API_KEY", "or-1", "OPENAI_API_KEY", "sk-1"), file, Json.mapper());
        assertThat(s.providers()).extracting(ProviderSettings::visionModel)
                .containsExactly("meta-llama/llama-3.1-8b", "qwen/qwen2.5-vl-72b-instruct", "gpt-4o-mini");
    }

    @Test
    void theVisionGatewayAsksTheVisionModels() {
        ProviderSettings p = new ProviderSettings("o", ProviderKind.OPENAI, "http://localhost:1/v1", "chat-model", "k", 1, 1, 30, 1000, "eye-model");
        LlmGateway vision = new LlmGateway(List.of(p), LlmGateway.Limits.DEFAULT, d -> { }, 1).forVision();
        assertThat(vision.chain()).singleElement().satisfies(v -> {
            assertThat(v.model()).isEqualTo("eye-model");
            assertThat(v.name()).isEqualTo("o");
            assertThat(v.inputPricePerMillion()).isEqualTo(1);
        });
        assertThat(new ProviderSettings("o", ProviderKind.OPENAI, "u", "chat-model", "k", 1, 1).visionModel()).isEqualTo("chat-model");
    }

    @Test
    void anImageCountsAsAFewHundredTokensNotAsItsBase64() {
        String base64 = Base64.getEncoder().encodeToString(new byte[300_000]);
        UserMessage m = UserMessage.from(TextContent.from("The photo of the meal:"), ImageContent.from(base64, "image/jpeg"));
        long tokens = LlmGateway.estimateTokens(List.of(m));
        assertThat(tokens).isBetween(LlmGateway.IMAGE_TOKENS, LlmGateway.IMAGE_TOKENS + 20);
    }
}
