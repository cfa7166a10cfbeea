package dev.fridgechef.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.llm.ProviderKind;
import dev.fridgechef.llm.ProviderSettings;
import dev.fridgechef.server.ai.AiOptions;
import dev.fridgechef.server.db.Database;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An OpenAI-compatible provider on loopback (MockWebServer) speaking the real wire format (a streamed
 * chat completion, usage in its last chunk), and server instances on the shared test database that
 * use it. Each request gets the next queued answer, else {@link #streamed} of "OK." with 300 prompt
 * and 7 completion tokens.
 */
final class FakeOpenAi implements AutoCloseable {
    static final String KEY = "sk-test-secret-key-0123456789";
    static final long PROMPT = 300;
    static final long COMPLETION = 7;

    private final MockWebServer server = new MockWebServer();
    private final Queue<MockResponse> next = new ConcurrentLinkedQueue<>();
    final List<RecordedRequest> received = new CopyOnWriteArrayList<>();

    FakeOpenAi() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                received.add(request);
                MockResponse queued = next.poll();
                return queued != null ? queued : streamed(PROMPT, COMPLETION, "OK.");
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void enqueue(MockResponse response) {
        next.add(response);
    }

    int requests() {
        return received.size();
    }

    JsonNode body(int index) {
        try {
            return Api.JSON.readTree(received.get(index).getBody().clone().readUtf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    AiOptions options(Duration timeout) {
        return AiOptions.of(new ProviderSettings("openai", ProviderKind.OPENAI, server.url("/v1").toString(), "gpt-test", KEY, 0.15, 0.60))
                .withTimeout(timeout);
    }

    /** Another instance on the shared test server's database, asking this provider. */
    ServerApp instance(String name, Duration timeout) {
        Database.Target db = TestServer.shared().database().embeddedTarget().orElseThrow();
        try {
            return ServerApp.start(TestServer.options(TestServer.freshFolder(name))
                    .withDatabase(new ServerOptions.ExternalDatabase(db.url(), db.user(), db.password()))
                    .withAi(options(timeout)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MockResponse streamed(long promptTokens, long completionTokens, String... pieces) {
        StringBuilder body = new StringBuilder();
        for (String p : pieces) {
            body.append("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-test\",\"choices\":[{\"index\":0,")
                    .append("\"delta\":{\"content\":").append(Api.write(p)).append("},\"finish_reason\":null}]}\n\n");
        }
        body.append("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-test\",\"choices\":[{\"index\":0,")
                .append("\"delta\":{},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":").append(promptTokens)
                .append(",\"completion_tokens\":").append(completionTokens).append(",\"total_tokens\":").append(promptTokens + completionTokens)
                .append("}}\n\ndata: [DONE]\n\n");
        return new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(body.toString());
    }

    /** A whole (not streamed) chat completion whose message is {@code content}, as features that want JSON get (plans). */
    static MockResponse completion(long promptTokens, long completionTokens, String content) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody("{\"id\":\"c\",\"object\":\"chat.completion\","
                + "\"created\":1,\"model\":\"gpt-test\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
                + Api.write(content) + "},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":" + promptTokens
                + ",\"completion_tokens\":" + completionTokens + ",\"total_tokens\":" + (promptTokens + completionTokens) + "}}");
    }

    static MockResponse serverError() {
        return new MockResponse().setResponseCode(500).setHeader("Content-Type", "application/json")
                .setBody("{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}");
    }

    static MockResponse rateLimited(int retryAfterSeconds) {
        return new MockResponse().setResponseCode(429).setHeader("Retry-After", Integer.toString(retryAfterSeconds))
                .setHeader("Content-Type", "application/json")
                .setBody("{\"error\":{\"message\":\"Rate limit reached for gpt-test\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}");
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
