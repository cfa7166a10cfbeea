package dev.fridgechef.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.Json;
import dev.fridgechef.i18n.Messages;
import dev.fridgechef.llm.LlmGateway;
import dev.fridgechef.llm.ProviderKind;
import dev.fridgechef.llm.ProviderSettings;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The AI narrative of the fixed day of {@link DayAnalyzerTest} against a local server speaking OpenAI's chat completions format. */
class NarrativeWriterTest {
    private static final DayAnalysis DAY = DayAnalysisTextTest.fixedDay();
    private static final String GOOD = "A calm day built on rice with lentils: you ate 667 kcal, 43 % of your target. Iron came to 8.8 mg of 18 mg;"
            + " 150 g of the beef liver in your fridge closes that gap, and it also covers vitamin B12.";
    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private NarrativeWriter writer() {
        LlmGateway gateway = new LlmGateway(List.of(new ProviderSettings("openai-test", ProviderKind.OPENAI, server.url("/v1").toString(),
                "gpt-test", "sk-test-secret", 0.15, 0.6)), new LlmGateway.Limits(2, Duration.ofSeconds(20), Duration.ofMillis(1), Duration.ofSeconds(10)),
                d -> { }, 7);
        return new NarrativeWriter(gateway.forPurpose("analysis"), Json.mapper());
    }

    private static MockResponse completion(String narrative) throws Exception {
        String content = Json.mapper().writeValueAsString(Json.mapper().createObjectNode().put("narrative", narrative));
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(
                "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"gpt-test\",\"choices\":[{\"index\":0,\"message\":"
                        + "{\"role\":\"assistant\",\"content\":" + Json.mapper().writeValueAsString(content) + "},\"finish_reason\":\"stop\"}],"
                        + "\"usage\":{\"prompt_tokens\":900,\"completion_tokens\":60,\"total_tokens\":960}}");
    }

    private static JsonNode body(RecordedRequest r) throws Exception {
        return Json.mapper().readTree(r.getBody().readUtf8());
    }

    @Test
    void aNarrativeWhoseNumbersAreAllComputedFiguresIsUsedAsWritten() throws Exception {
        server.enqueue(completion(GOOD));
        NarrativeWriter.Narrative n = writer().write(DAY, Locale.ENGLISH);

        assertThat(n.text()).isEqualTo(GOOD);
        assertThat(n.fromModel()).isTrue();
        assertThat(n.source()).isEqualTo("ai:openai-test/gpt-test");
        assertThat(n.problems()).isEmpty();
        JsonNode sent = body(server.takeRequest());
        assertThat(sent.get("response_format").get("json_schema").get("name").asText()).isEqualTo("fridge_chef_day_narrative");
        JsonNode messages = sent.get("messages");
        assertThat(messages.get(0).get("content").asText()).contains("copied exactly");
        // the model is given the computed figures, not only the foods
        JsonNode data = Json.mapper().readTree(messages.get(1).get("content").asText()).get("DATA");
        JsonNode iron = null;
        for (JsonNode x : data.get("NUTRIENTS")) if (x.get("nutrient").asText().equals("Iron")) iron = x;
        assertThat(iron.get("eaten").asText()).isEqualTo("8.8 mg");
        assertThat(iron.get("reference").asText()).isEqualTo("18 mg RDA");
        assertThat(iron.get("status").asText()).isEqualTo("low");
        assertThat(data.get("FIXES").findValuesAsText("nutrient")).contains("Iron", "Vitamin B12");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void theSameDayClosedAgainReadsTheKeptNoteWithoutACall(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        server.enqueue(completion(GOOD));
        try (dev.fridgechef.store.Store store = dev.fridgechef.store.Store.open(dir.resolve("store"))) {
            LlmGateway gateway = new LlmGateway(List.of(new ProviderSettings("openai-test", ProviderKind.OPENAI, server.url("/v1").toString(),
                    "gpt-test", "sk-test-secret", 0.15, 0.6)), LlmGateway.Limits.DEFAULT, d -> { }, 7);
            NarrativeCache cache = new NarrativeCache(store.jdbi(), java.time.Clock.systemUTC());
            NarrativeWriter first = new NarrativeWriter(gateway.forPurpose("analysis"), Json.mapper(), cache, null);
            assertThat(first.write(DAY, Locale.ENGLISH).text()).isEqualTo(GOOD);
            NarrativeWriter again = new NarrativeWriter(gateway.forPurpose("analysis"), Json.mapper(), cache, null);
            NarrativeWriter.Narrative kept = again.write(DAY, Locale.ENGLISH);
            assertThat(kept.text()).isEqualTo(GOOD);
            assertThat(kept.source()).isEqualTo("ai:openai-test/gpt-test");
            assertThat(server.getRequestCount()).isEqualTo(1);
            // another language is another request
            server.enqueue(completion("Спокойный день: 667 ккал."));
            assertThat(again.write(DAY, Locale.forLanguageTag("ru")).fromModel()).isTrue();
            assertThat(server.getRequestCount()).isEqualTo(2);
        }
    }

    @Test
    void aNarrativeWithAWrongNumberIsRejectedAndTheRetryNamesIt() throws Exception {
        server.enqueue(completion("You ate 1,850 kcal today and iron reached 3.7 mg. Lovely!"));
        server.enqueue(completion(GOOD));
        NarrativeWriter.Narrative n = writer().write(DAY, Locale.ENGLISH);

        assertThat(n.text()).isEqualTo(GOOD);
        assertThat(n.fromModel()).isTrue();
        assertThat(n.problems()).containsExactly("numbers not in the analysis: 1,850, 3.7");
        server.takeRequest();
        JsonNode retry = body(server.takeRequest()).get("messages");
        assertThat(retry).extracting(m -> m.get("role").asText()).containsExactly("system", "user", "assistant", "user");
        assertThat(retry.get(3).get("content").asText()).contains("numbers not in the analysis: 1,850, 3.7");
    }

    @Test
    void twoNarrativesWithWrongNumbersGiveTheOfflineText() throws Exception {
        server.enqueue(completion("You ate 1234 kcal."));
        server.enqueue(completion("Still 1234 kcal, and 3.7 mg of iron."));
        NarrativeWriter.Narrative n = writer().write(DAY, Locale.ENGLISH);

        assertThat(n.fromModel()).isFalse();
        assertThat(n.source()).isEqualTo(NarrativeWriter.OFFLINE);
        assertThat(n.text()).isEqualTo(OfflineSummary.text(DAY, Messages.english()));
        assertThat(n.problems()).containsExactly("numbers not in the analysis: 1234", "numbers not in the analysis: 1234, 3.7");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aRussianNarrativeWithRussianNumberWritingPassesAndModelControlCharactersAreRemoved() throws Exception {
        server.enqueue(completion("Вы съели 667 ккал\u001b[2J — 43 % от цели. Железа 8,8 мг из 18; 150 г печени закроют нехватку."));
        NarrativeWriter.Narrative n = writer().write(DAY, Locale.of("ru"));

        assertThat(n.fromModel()).isTrue();
        assertThat(n.text()).isEqualTo("Вы съели 667 ккал[2J — 43 % от цели. Железа 8,8 мг из 18; 150 г печени закроют нехватку.");
        JsonNode data = Json.mapper().readTree(body(server.takeRequest()).get("messages").get(1).get("content").asText()).get("DATA");
        assertThat(data.get("NUTRIENTS").get(0).get("eaten").asText()).isEqualTo("667 ккал");
    }

    @Test
    void anUnreadableAnswerIsRetriedLikeAWrongOne() throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(
                "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"gpt-test\",\"choices\":[{\"index\":0,\"message\":"
                        + "{\"role\":\"assistant\",\"content\":\"Great day!\"},\"finish_reason\":\"stop\"}]}"));
        server.enqueue(completion(GOOD));
        NarrativeWriter.Narrative n = writer().write(DAY, Locale.ENGLISH);
        assertThat(n.text()).isEqualTo(GOOD);
        assertThat(n.problems()).containsExactly("the answer had no narrative");
    }

    @Test
    void whenNoProviderAnswersTheOfflineTextIsUsedAndSaysWhy() {
        for (int i = 0; i < 3; i++) server.enqueue(new MockResponse().setResponseCode(500).setBody("{}"));
        NarrativeWriter.Narrative n = writer().write(DAY, Locale.ENGLISH);
        assertThat(n.fromModel()).isFalse();
        assertThat(n.text()).isEqualTo(OfflineSummary.text(DAY, Messages.english()));
        assertThat(n.problems()).singleElement().asString().startsWith("no AI provider answered: openai-test server error 500");
    }

    @Test
    void withoutAProviderTheOfflineTextIsTheNarrative() {
        NarrativeWriter none = new NarrativeWriter(new LlmGateway(List.of(), LlmGateway.Limits.DEFAULT, d -> { }, 1), Json.mapper());
        NarrativeWriter.Narrative n = none.write(DAY, Locale.of("ru"));
        assertThat(n.fromModel()).isFalse();
        assertThat(n.text()).isEqualTo(OfflineSummary.text(DAY, Messages.forLocale(Locale.of("ru"))));
        assertThat(n.problems()).containsExactly("no AI provider is configured");
        assertThat(server.getRequestCount()).isZero();
    }
}
