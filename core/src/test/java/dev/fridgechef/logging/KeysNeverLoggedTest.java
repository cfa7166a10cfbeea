package dev.fridgechef.logging;

import ch.qos.logback.classic.Level;
import dev.fridgechef.llm.LlmGateway;
import dev.fridgechef.llm.ProviderKind;
import dev.fridgechef.llm.ProviderSettings;
import dev.langchain4j.data.message.UserMessage;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** With every logger at DEBUG, a provider's key never reaches the log file, whether the call works or fails. */
class KeysNeverLoggedTest {
    private static final String KEY = "sk-test-Do-Not-Log-7f3a9c";

    @TempDir
    Path dir;
    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        Logs.writeTo(dir, Level.DEBUG);
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
        Logs.restoreDefaults();
    }

    @Test
    void theKeyIsNotInTheLog() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("""
                {"id":"c1","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,
                 "message":{"role":"assistant","content":"Eat beans."},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":12,"completion_tokens":3,"total_tokens":15}}"""));
        server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}"));
        ProviderSettings provider = new ProviderSettings("leaky", ProviderKind.OPENAI, server.url("/v1").toString(), "m", KEY, 1, 1);
        LlmGateway gateway = new LlmGateway(List.of(provider), new LlmGateway.Limits(0, Duration.ofSeconds(1), Duration.ofMillis(1),
                Duration.ofSeconds(5)), d -> { }, 1);

        assertThat(gateway.chat(List.of(UserMessage.from("what should I eat?")), 100).text()).isEqualTo("Eat beans.");
        assertThatThrownBy(() -> gateway.chat(List.of(UserMessage.from("and now?")), 100)).isInstanceOf(LlmGateway.AllProvidersFailed.class);
        assertThat(server.takeRequest().getHeader("Authorization")).contains(KEY); // the key was really sent

        Path log = Logs.currentFile().orElseThrow();
        String text = Files.readString(log);
        assertThat(text).contains("provider leaky (m) answered in").contains("provider leaky (m) refused (401)");
        assertThat(text).doesNotContain(KEY).doesNotContain(KEY.substring(8)).doesNotContain("what should I eat");
    }
}
