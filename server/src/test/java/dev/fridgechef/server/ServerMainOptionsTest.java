package dev.fridgechef.server;

import dev.fridgechef.llm.ProviderKind;
import dev.fridgechef.server.ai.AiOptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ./fridge server's AI options: the provider from the command line, its key only from the environment. */
class ServerMainOptionsTest {
    private static AiOptions parse(Map<String, String> env, String... args) {
        ServerMain main = new ServerMain();
        new CommandLine(main).parseArgs(args);
        return main.aiOptions(env);
    }

    @Test
    void aProviderIsConfiguredWithItsKeyFromTheEnvironment() {
        AiOptions ai = parse(Map.of("FRIDGECHEF_LLM_API_KEY", "sk-live-secret"), "--llm-provider", "OpenAI", "--llm-base-url",
                "https://openrouter.ai/api/v1", "--llm-model", "meta-llama/llama-3.1-8b-instruct", "--llm-input-price", "0.05",
                "--llm-output-price", "0.08", "--ai-calls-per-minute", "3", "--llm-timeout", "30");
        var p = ai.provider().orElseThrow();
        assertThat(p.kind()).isEqualTo(ProviderKind.OPENAI);
        assertThat(p.baseUrl()).isEqualTo("https://openrouter.ai/api/v1");
        assertThat(p.apiKey()).isEqualTo("sk-live-secret");
        assertThat(p.cost(1_000_000, 1_000_000)).isEqualTo(0.13, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ai.callsPerMinute()).isEqualTo(3);
        assertThat(ai.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(ai.toString()).doesNotContain("sk-live-secret");
        // the provider's own address and model by default
        var defaults = parse(Map.of("FRIDGECHEF_LLM_API_KEY", "k"), "--llm-provider", "anthropic").provider().orElseThrow();
        assertThat(defaults.baseUrl()).startsWith("https://api.anthropic.com");
        assertThat(defaults.model()).isNotBlank();
    }

    @Test
    void withoutAProviderThereIsNoAiAndMistakesAreUsageErrors() {
        assertThat(parse(Map.of()).provider()).isEmpty();
        assertThat(parse(Map.of()).callsPerMinute()).isEqualTo(5);
        assertThat(parse(Map.of(), "--llm-provider", "ollama").provider()).isPresent(); // a local model needs no key
        assertThatThrownBy(() -> parse(Map.of(), "--llm-provider", "openai")).isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("FRIDGECHEF_LLM_API_KEY");
        assertThatThrownBy(() -> parse(Map.of(), "--llm-provider", "skynet")).hasMessageContaining("openai, gemini, anthropic, ollama");
        assertThatThrownBy(() -> parse(Map.of(), "--llm-model", "x")).hasMessageContaining("--llm-provider");
        assertThatThrownBy(() -> parse(Map.of(), "--ai-calls-per-minute", "0")).hasMessageContaining("1 or more");
    }
}
