package dev.fridgechef.llm;

import dev.fridgechef.plan.FakeModelAnswers;
import dev.fridgechef.store.Store;
import dev.langchain4j.data.message.UserMessage;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The gateway against an OpenAI-compatible server on loopback: 429 with Retry-After (streaming
 * too), slow answers cut at the time cap, waits told to the listener, cancellation aborting the
 * request, and every request sent recorded in the store.
 */
class GatewayWaitsTest {
    @TempDir
    Path dir;
    private MockWebServer server;
    private Store store;
    private UsageLedger ledger;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final List<String> told = new CopyOnWriteArrayList<>();

    private final LlmProgress listener = new LlmProgress() {
        @Override
        public void rateLimited(String provider, Duration wait) {
            told.add("rate limited by " + provider + ", retrying in " + wait.toSeconds() + " s");
        }

        @Override
        public void waiting(String provider, Duration elapsed) {
            told.add("waiting for " + provider);
        }
    };

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        store = Store.open(dir.resolve("store"));
        ledger = new UsageLedger(store.jdbi(), Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
        store.close();
    }

    private ProviderSettings provider() {
        return new ProviderSettings("local", ProviderKind.OPENAI, server.url("/v1").toString(), "m", "k", 1, 2);
    }

    private LlmGateway gateway(Duration cap, double maxRequestUsd) {
        CallLimits limits = ledger.limits(new LlmSettings(List.of(provider()), 5, 5, 2, maxRequestUsd, cap));
        return new LlmGateway(List.of(provider()), new LlmGateway.Limits(2, Duration.ofSeconds(20), Duration.ofMillis(10), cap),
                sleeps::add, 1, limits).forPurpose("chat");
    }

    private static String chunk(String text) {
        return "data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
                + "\"delta\":{\"content\":\"" + text + "\"},\"finish_reason\":null}]}\n\n";
    }

    private static MockResponse stream(String... pieces) {
        StringBuilder body = new StringBuilder();
        for (String p : pieces) body.append(chunk(p));
        body.append("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
                + "\"delta\":{},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":30,\"completion_tokens\":3,\"total_tokens\":33}}\n\n"
                + "data: [DONE]\n\n");
        return new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(body.toString());
    }

    private List<String> outcomes() {
        return store.jdbi().withHandle(h -> h.createQuery("SELECT outcome FROM llm_call ORDER BY id").mapTo(String.class).list());
    }

    @Test
    void streamingChatRetriesA429BeforeItsFirstPieceAndSaysSo() {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3").setBody("{\"error\":{\"message\":\"slow down\"}}"));
        server.enqueue(stream("Eat ", "beans."));
        List<String> pieces = new CopyOnWriteArrayList<>();
        LlmGateway.Answer a = new LlmTask(listener).run(() ->
                gateway(Duration.ofSeconds(30), 0.5).stream(List.of(UserMessage.from("what now?")), 100, pieces::add));
        assertThat(String.join("", pieces)).isEqualTo("Eat beans.");
        assertThat(a.attempts()).extracting(LlmGateway.Attempt::outcome).containsExactly("rate limited", "ok");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
        assertThat(told).containsExactly("rate limited by local, retrying in 3 s");
        assertThat(outcomes()).containsExactly("rate limited", "ok");
        assertThat(ledger.answer(a.callId())).contains("Eat beans.");
    }

    @Test
    void anAnswerDribblingInIsCutAtTheTimeCapAndRecorded() {
        // 10 kB of answer at 1 kB a second (MockWebServer reads the request at that pace too: it is smaller)
        String padded = "{\"days\": []" + " ".repeat(10_000) + "}";
        server.enqueue(FakeModelAnswers.openAi(padded).throttleBody(1024, 1, TimeUnit.SECONDS));
        LlmGateway gateway = gateway(Duration.ofSeconds(2), 0.5);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                assertThatThrownBy(() -> gateway.chat(List.of(UserMessage.from("plan")), 100))
                        .isInstanceOfSatisfying(LlmGateway.AllProvidersFailed.class,
                                e -> assertThat(e.attempts()).extracting(LlmGateway.Attempt::outcome).containsExactly("time-out")));
        assertThat(outcomes()).as("one request, no retry past the cap").containsExactly("time-out");
    }

    @Test
    void aSlowProviderIsToldOfWhileItThinks() {
        server.enqueue(FakeModelAnswers.openAi("{\"ok\": true}").setHeadersDelay(7, TimeUnit.SECONDS));
        LlmGateway.Answer a = new LlmTask(listener).run(() -> gateway(Duration.ofSeconds(60), 0.5).chat(List.of(UserMessage.from("plan")), 100));
        assertThat(a.text()).contains("ok");
        assertThat(told).contains("waiting for local");
    }

    @Test
    void cancellingAbortsTheRequestOnItsWayAndItIsRecordedAsSent() throws Exception {
        server.enqueue(new MockResponse().setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.NO_RESPONSE));
        LlmTask task = new LlmTask(listener);
        LlmGateway gateway = gateway(Duration.ofSeconds(90), 0.5);
        CompletableFuture<Object> asked = CompletableFuture.supplyAsync(() -> {
            try {
                return task.run(() -> gateway.chat(List.of(UserMessage.from("plan")), 100));
            } catch (RuntimeException e) {
                return e;
            }
        });
        assertThat(server.takeRequest(20, TimeUnit.SECONDS)).isNotNull();
        task.cancel();
        Object result = asked.get(20, TimeUnit.SECONDS);
        assertThat(result).isInstanceOf(LlmGateway.Cancelled.class);
        assertThat(outcomes()).containsExactly("cancelled");
        assertThatThrownBy(() -> task.run(() -> gateway.chat(List.of(UserMessage.from("again")), 100)))
                .as("a cancelled task sends nothing more").isInstanceOf(LlmGateway.Cancelled.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void cancellingAStreamStopsItAfterThePiecesShown() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 50; i++) body.append(chunk("word" + i + " "));
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(body.toString())
                .throttleBody(chunk("word0 ").length(), 1, TimeUnit.SECONDS));
        LlmTask task = new LlmTask(listener);
        LlmGateway gateway = gateway(Duration.ofSeconds(90), 0.5);
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<Object> asked = CompletableFuture.supplyAsync(() -> {
            try {
                return task.run(() -> gateway.stream(List.of(UserMessage.from("talk")), 100, first::complete));
            } catch (RuntimeException e) {
                return e;
            }
        });
        assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo("word0 ");
        task.cancel();
        assertThat(asked.get(20, TimeUnit.SECONDS)).isInstanceOf(LlmGateway.Cancelled.class);
        assertThat(outcomes()).containsExactly("cancelled");
    }

    @Test
    void aRequestOverThePerRequestCapIsNeverSent() {
        LlmGateway gateway = gateway(Duration.ofSeconds(30), 0.000001);
        assertThatThrownBy(() -> gateway.chat(List.of(UserMessage.from("plan")), 8000)).isInstanceOf(RequestRefused.class)
                .hasMessageContaining("It was not sent");
        assertThat(server.getRequestCount()).isZero();
        assertThat(outcomes()).isEmpty();
    }

    @Test
    void aProviderThatCannotBeReachedIsNotACallSent() {
        ProviderSettings closed = new ProviderSettings("closed", ProviderKind.OPENAI, "http://127.0.0.1:1/v1", "m", "k", 1, 2);
        CallLimits limits = ledger.limits(new LlmSettings(List.of(closed), 5, 5));
        LlmGateway gateway = new LlmGateway(List.of(closed), new LlmGateway.Limits(0, Duration.ofSeconds(20), Duration.ofMillis(10),
                Duration.ofSeconds(30)), sleeps::add, 1, limits).forPurpose("plan");
        assertThatThrownBy(() -> gateway.chat(List.of(UserMessage.from("plan")), 100)).isInstanceOf(LlmGateway.AllProvidersFailed.class);
        assertThat(outcomes()).isEmpty();
        assertThat(ledger.generationsInLastMinute()).isZero();
    }
}
