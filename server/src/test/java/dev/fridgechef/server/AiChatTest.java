package dev.fridgechef.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static dev.fridgechef.server.AiTesting.ask;
import static dev.fridgechef.server.AiTesting.balance;
import static dev.fridgechef.server.AiTesting.conversation;
import static dev.fridgechef.server.AiTesting.setBalance;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chat through the server's provider (an OpenAI-compatible MockWebServer): the tokens the provider
 * reports are debited exactly; a provider's 429 is retried and a failed call debits nothing; a
 * time-out answers 504; an empty balance answers 402 without any request; no provider answers 503.
 */
class AiChatTest {
    static FakeOpenAi provider;
    static ServerApp app;
    static Api api;

    @BeforeAll
    static void start() {
        provider = new FakeOpenAi();
        app = provider.instance("ai-chat", Duration.ofSeconds(2));
        api = new Api(app);
    }

    @AfterAll
    static void stop() throws IOException {
        app.close();
        provider.close();
    }

    @Test
    void anAnswerIsStoredAndDebitsExactlyTheTokensTheProviderReported() {
        Api.Session s = api.register("asker");
        setBalance(s.userId(), 1000);
        String id = conversation(api, s);
        int before = provider.requests();
        provider.enqueue(FakeOpenAi.streamed(321, 12, "Eat ", "more ", "beans.\u202E"));
        Api.Reply first = ask(api, s, id, "What should I eat for protein?");
        assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
        assertThat(first.json().path("answer").path("text").asText()).isEqualTo("Eat more beans."); // the bidi override is gone
        assertThat(first.json().path("answer").path("promptTokens").asLong()).isEqualTo(321);
        assertThat(first.json().path("answer").path("completionTokens").asLong()).isEqualTo(12);
        assertThat(first.json().path("balance").asLong()).isEqualTo(1000 - 333);
        assertThat(balance(s.userId())).isEqualTo(1000 - 333);
        assertThat(first.json().path("conversation").path("title").asText()).isEqualTo("What should I eat for protein?");

        // the request in OpenAI's format, with the server's key, streamed
        JsonNode sent = provider.body(before);
        assertThat(sent.path("model").asText()).isEqualTo("gpt-test");
        assertThat(sent.path("stream").asBoolean()).isTrue();
        assertThat(provider.received.get(before).getHeader("Authorization")).isEqualTo("Bearer " + FakeOpenAi.KEY);

        // the next question goes with the conversation so far
        Api.Reply second = ask(api, s, id, "And how much is in a can?");
        assertThat(second.status()).isEqualTo(201);
        assertThat(provider.body(before + 1).path("messages")).extracting(m -> m.path("role").asText())
                .containsExactly("system", "user", "assistant", "user");
        assertThat(balance(s.userId())).isEqualTo(1000 - 333 - FakeOpenAi.PROMPT - FakeOpenAi.COMPLETION);

        Api.Reply messages = api.get("/api/v1/chat/conversations/" + id + "/messages", s.access());
        assertThat(messages.json().path("messages")).extracting(m -> m.path("role").asText())
                .containsExactly("user", "assistant", "user", "assistant");
        assertThat(messages.header("ETag")).isNotBlank();
        // the key is never in an answer
        assertThat(first.raw().body() + messages.raw().body()).doesNotContain(FakeOpenAi.KEY);
        // the ledger has both calls
        assertThat(generations(s.userId())).containsExactly("ok 321 12", "ok 300 7");
    }

    @Test
    void aProviders429IsRetriedAndOnlyTheAnsweredCallIsDebited() {
        Api.Session s = api.register("retry");
        setBalance(s.userId(), 500);
        String id = conversation(api, s);
        int before = provider.requests();
        provider.enqueue(FakeOpenAi.rateLimited(0));
        Api.Reply r = ask(api, s, id, "Is oat milk fine?");
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        assertThat(provider.requests() - before).isEqualTo(2);
        assertThat(balance(s.userId())).isEqualTo(500 - FakeOpenAi.PROMPT - FakeOpenAi.COMPLETION);
        assertThat(generations(s.userId())).containsExactly("rate limited 0 0", "ok 300 7");
    }

    @Test
    void aProviderThatKeepsRefusingGivesAClearErrorAndDebitsNothing() {
        Api.Session s = api.register("refused");
        setBalance(s.userId(), 500);
        String id = conversation(api, s);
        for (int i = 0; i < 3; i++) provider.enqueue(FakeOpenAi.rateLimited(0)); // the first try and 2 retries
        Api.Reply r = ask(api, s, id, "Is oat milk fine?");
        assertThat(r.status()).isEqualTo(502);
        assertThat(r.text("error")).isEqualTo("ai_provider_failed");
        assertThat(r.text("message")).contains("rate limited").contains("no tokens were debited");
        assertThat(balance(s.userId())).isEqualTo(500);
        // the question is kept; no answer
        assertThat(api.get("/api/v1/chat/conversations/" + id + "/messages", s.access()).json().path("messages"))
                .extracting(m -> m.path("role").asText()).containsExactly("user");
    }

    @Test
    void aProviderThatDoesNotAnswerInTimeGives504AndDebitsNothing() {
        Api.Session s = api.register("slow");
        setBalance(s.userId(), 500);
        String id = conversation(api, s);
        provider.enqueue(FakeOpenAi.streamed(100, 10, "late").setHeadersDelay(5, TimeUnit.SECONDS));
        long t0 = System.nanoTime();
        Api.Reply r = ask(api, s, id, "Quick question");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.status()).as(r.raw().body()).isEqualTo(504);
        assertThat(r.text("error")).isEqualTo("ai_timeout");
        assertThat(ms).isLessThan(4500);
        assertThat(balance(s.userId())).isEqualTo(500);
        assertThat(generations(s.userId())).containsExactly("time-out 0 0");
    }

    @Test
    void anEmptyBalanceAnswers402WithoutSendingAnything() {
        Api.Session s = api.register("broke");
        String id = conversation(api, s);
        int before = provider.requests();
        Api.Reply none = ask(api, s, id, "Hello?");
        assertThat(none.status()).isEqualTo(402);
        assertThat(none.text("error")).isEqualTo("balance_exhausted");
        assertThat(none.text("message")).contains("0 tokens left").contains("admin");
        setBalance(s.userId(), -5);
        assertThat(ask(api, s, id, "Hello?").text("message")).contains("-5 tokens left");
        assertThat(provider.requests()).isEqualTo(before);
        assertThat(api.get("/api/v1/chat/conversations/" + id + "/messages", s.access()).json().path("total").asInt()).isZero();
    }

    @Test
    void aBalanceEndsBelowZeroByOneCallAtMostAndTheNextCallIsRefused() {
        Api.Session s = api.register("last");
        setBalance(s.userId(), 10);
        String id = conversation(api, s);
        assertThat(ask(api, s, id, "One more?").status()).isEqualTo(201);
        assertThat(balance(s.userId())).isEqualTo(10 - FakeOpenAi.PROMPT - FakeOpenAi.COMPLETION);
        assertThat(ask(api, s, id, "And another?").status()).isEqualTo(402);
    }

    @Test
    void theSameOpeningQuestionTheSameDayIsServedFromTheCache() {
        Api.Session s = api.register("repeat");
        setBalance(s.userId(), 1000);
        provider.enqueue(FakeOpenAi.streamed(200, 20, "Lentils."));
        assertThat(ask(api, s, conversation(api, s), "Cheap protein?").status()).isEqualTo(201);
        int before = provider.requests();
        Api.Reply again = ask(api, s, conversation(api, s), "  cheap PROTEIN? ");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().path("answer").path("text").asText()).isEqualTo("Lentils.");
        assertThat(again.json().path("answer").path("cached").asBoolean()).isTrue();
        assertThat(provider.requests()).isEqualTo(before);
        assertThat(balance(s.userId())).isEqualTo(1000 - 220);
        assertThat(api.get("/metrics", null).raw().body()).contains("fridgechef_ai_cache_hits_total{feature=\"chat\"}");
        // another user asking the same is not served this user's answer
        Api.Session other = api.register("other");
        setBalance(other.userId(), 1000);
        assertThat(ask(api, other, conversation(api, other), "Cheap protein?").json().path("answer").path("cached").asBoolean()).isFalse();
    }

    @Test
    void aLongConversationIsSummarisedByOneMoreRequestOfTheSameCall() {
        Api.Session s = api.register("talker");
        setBalance(s.userId(), 100_000);
        String id = conversation(api, s);
        for (int i = 0; i < 3; i++) assertThat(ask(api, s, id, i + " " + "long question ".repeat(280)).status()).isEqualTo(201);
        int before = provider.requests();
        provider.enqueue(FakeOpenAi.streamed(900, 60, "They asked three long questions."));
        provider.enqueue(FakeOpenAi.streamed(400, 9, "Short answer."));
        Api.Reply r = ask(api, s, id, "And now?");
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        assertThat(r.json().path("answer").path("text").asText()).isEqualTo("Short answer.");
        assertThat(provider.requests() - before).isEqualTo(2);
        assertThat(provider.body(before).path("messages").get(0).path("content").asText()).startsWith("Summarise this conversation");
        JsonNode asked = provider.body(before + 1).path("messages");
        assertThat(asked.get(0).path("content").asText()).contains("SUMMARY OF THE EARLIER CONVERSATION: They asked three long questions.");
        // both requests are debited; the summary is not listed as a message
        assertThat(balance(s.userId())).isEqualTo(100_000 - 3 * (FakeOpenAi.PROMPT + FakeOpenAi.COMPLETION) - 960 - 409);
        assertThat(api.get("/api/v1/chat/conversations/" + id + "/messages", s.access()).json().path("total").asInt()).isEqualTo(8);
    }

    @Test
    void withoutAProviderAiRoutesAnswer503() {
        Api plain = new Api(TestServer.shared());
        Api.Session s = plain.register("noai");
        setBalance(s.userId(), 1000);
        String id = conversation(plain, s);
        Api.Reply r = ask(plain, s, id, "Hello?");
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.text("error")).isEqualTo("ai_not_configured");
        // conversations themselves work without AI
        assertThat(plain.get("/api/v1/chat/conversations/" + id, s.access()).status()).isEqualTo(200);
    }

    @Test
    void anAiCallShowsInTheMetrics() {
        Api.Session s = api.register("metered");
        setBalance(s.userId(), 1000);
        ask(api, s, conversation(api, s), "Metrics?");
        String metrics = api.get("/metrics", null).raw().body();
        assertThat(metrics).contains("fridgechef_ai_calls_total{cache=\"false\",feature=\"chat\",outcome=\"ok\"}");
        assertThat(metrics).contains("fridgechef_ai_tokens_total{feature=\"chat\",kind=\"prompt\"}");
        assertThat(metrics).contains("fridgechef_ai_cost_usd_total{feature=\"chat\"}");
    }

    static List<String> generations(String userId) {
        return TestServer.shared().database().jdbi().withHandle(h -> h.createQuery("""
                        SELECT outcome || ' ' || prompt_tokens || ' ' || completion_tokens FROM ai_generations
                        WHERE user_id = :user ORDER BY created_at""")
                .bind("user", UUID.fromString(userId)).mapTo(String.class).list());
    }
}
