package dev.fridgechef.llm;

import dev.fridgechef.FridgeChef;
import dev.fridgechef.TestFoods;
import dev.fridgechef.TestStores;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.store.Store;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Chat answers stream piece by piece (OpenAI and Anthropic server-sent events), and a failing provider hands over. */
class StreamingChatTest {
    @TempDir
    Path dir;
    private MockWebServer server;
    private MockWebServer second;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        second = new MockWebServer();
        second.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
        second.shutdown();
    }

    private static String openAiChunk(String text) {
        return "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
                + "\"delta\":{\"content\":\"" + text + "\"},\"finish_reason\":null}]}\n\n";
    }

    private FridgeChef app(ProviderSettings... providers) {
        return new FridgeChef(Store.open(dir.resolve("store")), TestFoods.get(), TestStores.CLOCK, new LlmSettings(List.of(providers), 5, 5));
    }

    @Test
    void openAiAnswersStreamInPieces() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(
                openAiChunk("Eat ") + openAiChunk("more ") + openAiChunk("beans.")
                        + "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
                        + "\"delta\":{},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":300,\"completion_tokens\":3,\"total_tokens\":303}}\n\n"
                        + "data: [DONE]\n\n"));
        List<String> pieces = new ArrayList<>();
        try (FridgeChef app = app(new ProviderSettings("o", ProviderKind.OPENAI, server.url("/v1").toString(), "m", "k", 1, 1))) {
            var answer = app.chat().ask(null, "what should I eat?", false, pieces::add).call();
            assertThat(pieces).containsExactly("Eat ", "more ", "beans.");
            assertThat(answer.text()).isEqualTo("Eat more beans.");
            assertThat(app.usage().days(1).get(0).calls()).isEqualTo(1);
        }
        String sent = server.takeRequest().getBody().readUtf8().replaceAll("\\s", "");
        assertThat(sent).contains("\"stream\":true").contains("{\"role\":\"user\",\"content\":\"whatshouldIeat?\"}");
    }

    @Test
    void aFailingProviderHandsOverToTheNextBeforeAnyText() {
        server.enqueue(new MockResponse().setResponseCode(500).setBody("{\"error\":\"down\"}"));
        second.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(
                "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg\",\"type\":\"message\",\"role\":\"assistant\","
                        + "\"model\":\"claude\",\"content\":[],\"usage\":{\"input_tokens\":200,\"output_tokens\":1}}}\n\n"
                        + "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n"
                        + "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Drink \"}}\n\n"
                        + "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"water.\"}}\n\n"
                        + "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
                        + "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},\"usage\":{\"output_tokens\":2}}\n\n"
                        + "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n"));
        List<String> pieces = new ArrayList<>();
        try (FridgeChef app = app(new ProviderSettings("cheap", ProviderKind.OPENAI, server.url("/v1").toString(), "m", "k", 0.1, 0.1),
                new ProviderSettings("claude", ProviderKind.ANTHROPIC, second.url("/v1/").toString(), "claude", "k", 5, 5))) {
            var answer = app.chat().ask(null, "water?", false, pieces::add).call();
            assertThat(String.join("", pieces)).isEqualTo("Drink water.");
            assertThat(answer.provider()).isEqualTo("claude");
            assertThat(answer.attempts()).extracting(LlmGateway.Attempt::outcome).containsExactly("server error 500", "ok");
        }
    }

    @Test
    void withoutProvidersChatSaysWhatToConfigure() {
        try (FridgeChef app = app()) {
            assertThatThrownBy(() -> app.chat().ask(null, "hi", false, s -> { })).isInstanceOf(UserException.class).hasMessageContaining("OPENAI_API_KEY");
        }
    }
}
