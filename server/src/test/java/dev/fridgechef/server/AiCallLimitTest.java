package dev.fridgechef.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.fridgechef.server.db.Database;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.fridgechef.server.AiTesting.ask;
import static dev.fridgechef.server.AiTesting.balance;
import static dev.fridgechef.server.AiTesting.conversation;
import static dev.fridgechef.server.AiTesting.setBalance;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-user limit of AI calls (5 a minute) is one conditional statement in PostgreSQL: a burst of
 * parallel requests lets exactly 5 through, and two instances on one database share the count.
 */
class AiCallLimitTest {
    static FakeOpenAi provider;
    static ServerApp first;
    static ServerApp second;
    static Api one;
    static Api two;

    @BeforeAll
    static void start() {
        provider = new FakeOpenAi();
        first = provider.instance("ai-limit-1", Duration.ofSeconds(5));
        second = provider.instance("ai-limit-2", Duration.ofSeconds(5));
        one = new Api(first);
        two = new Api(second);
    }

    @AfterAll
    static void stop() throws IOException {
        first.close();
        second.close();
        provider.close();
    }

    @Test
    void twelveParallelCallsOnTwoInstancesLetExactlyFiveThrough() throws Exception {
        Api.Session s = one.register("burst");
        setBalance(s.userId(), 1_000_000);
        List<String> conversations = new ArrayList<>();
        for (int i = 0; i < 12; i++) conversations.add(conversation(one, s));
        int before = provider.requests();
        CountDownLatch go = new CountDownLatch(1);
        long t0 = System.nanoTime();
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(12)) {
            for (int i = 0; i < 12; i++) {
                Api api = i % 2 == 0 ? one : two;
                String id = conversations.get(i);
                String question = "Question " + i;
                replies.add(pool.submit(() -> {
                    go.await();
                    return ask(api, s, id, question);
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Reply> f : replies) {
                Api.Reply r = f.get();
                statuses.add(r.status());
                if (r.status() == 429) {
                    assertThat(Long.parseLong(r.header("Retry-After"))).isBetween(1L, 60L);
                    assertThat(r.text("error")).isEqualTo("too_many_requests");
                }
            }
            System.err.printf("12 parallel AI calls on two instances: %d ms for all answers%n", (System.nanoTime() - t0) / 1_000_000);
            assertThat(statuses).filteredOn(st -> st == 201).hasSize(5);
            assertThat(statuses).filteredOn(st -> st == 429).hasSize(7);
        }
        // only the 5 were sent and debited
        assertThat(provider.requests() - before).isEqualTo(5);
        assertThat(balance(s.userId())).isEqualTo(1_000_000 - 5 * (FakeOpenAi.PROMPT + FakeOpenAi.COMPLETION));
    }

    @Test
    void callsOnOneInstanceCountOnTheOther() {
        Api.Session s = one.register("roaming");
        setBalance(s.userId(), 1_000_000);
        String id = conversation(one, s);
        for (int i = 0; i < 3; i++) assertThat(ask(one, s, id, "On one " + i).status()).isEqualTo(201);
        for (int i = 0; i < 2; i++) assertThat(ask(two, s, id, "On two " + i).status()).isEqualTo(201);
        assertThat(ask(two, s, id, "Sixth").status()).isEqualTo(429);
        assertThat(ask(one, s, id, "Seventh").status()).isEqualTo(429);
        // another user has a limit of their own
        Api.Session other = two.register("neighbour");
        setBalance(other.userId(), 1_000);
        assertThat(ask(two, other, conversation(two, other), "Mine").status()).isEqualTo(201);
    }

    @Test
    void aRequestThatNeverReachedTheProviderDoesNotCount() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var dead = new dev.fridgechef.llm.ProviderSettings("openai", dev.fridgechef.llm.ProviderKind.OPENAI,
                "http://127.0.0.1:" + closedPort + "/v1", "gpt-test", FakeOpenAi.KEY, 0.15, 0.60);
        Database.Target db = TestServer.shared().database().embeddedTarget().orElseThrow();
        try (ServerApp unreachable = ServerApp.start(TestServer.options(TestServer.freshFolder("ai-limit-dead"))
                .withDatabase(new ServerOptions.ExternalDatabase(db.url(), db.user(), db.password()))
                .withAi(dev.fridgechef.server.ai.AiOptions.of(dead).withTimeout(Duration.ofSeconds(5))))) {
            Api down = new Api(unreachable);
            Api.Session s = one.register("unlucky");
            setBalance(s.userId(), 10_000);
            String id = conversation(one, s);
            for (int i = 0; i < 6; i++) {
                Api.Reply r = ask(down, s, id, "Anyone there " + i);
                assertThat(r.status()).as(r.raw().body()).isEqualTo(502);
                assertThat(r.raw().body()).doesNotContain(FakeOpenAi.KEY);
            }
            assertThat(balance(s.userId())).isEqualTo(10_000);
            for (int i = 0; i < 5; i++) assertThat(ask(one, s, id, "Now " + i).status()).isEqualTo(201);
        }
    }

    @Test
    void refusedCallsDoNotCount() {
        Api.Session s = one.register("patient");
        String id = conversation(one, s);
        for (int i = 0; i < 8; i++) assertThat(ask(one, s, id, "No balance " + i).status()).isEqualTo(402);
        setBalance(s.userId(), 1_000_000);
        for (int i = 0; i < 5; i++) assertThat(ask(two, s, id, "Now " + i).status()).isEqualTo(201);
    }
}
