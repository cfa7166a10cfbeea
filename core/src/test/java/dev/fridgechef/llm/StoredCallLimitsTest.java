package dev.fridgechef.llm;

import dev.fridgechef.MovableClock;
import dev.fridgechef.i18n.Messages;
import dev.fridgechef.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The limits kept in the store: taken atomically before a request is sent, only sent requests counting. */
class StoredCallLimitsTest {
    /** $1 per million tokens in, $2 out; 30 requests and 100,000 tokens a minute. */
    private static final ProviderSettings P = new ProviderSettings("p", ProviderKind.OPENAI, "http://127.0.0.1:1/v1", "m", "k", 1, 2, 30, 100_000);

    @TempDir
    Path dir;
    private Store store;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private UsageLedger ledger;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("store"));
        ledger = new UsageLedger(store.jdbi(), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private StoredCallLimits limits(double budget, int plansPerMinute, double maxRequest) {
        return new StoredCallLimits(store.jdbi(), clock, budget, plansPerMinute, maxRequest);
    }

    private static CallLimits.Request plan(ProviderSettings p, long prompt, int maxTokens) {
        return new CallLimits.Request(p, "plan", prompt, maxTokens);
    }

    @Test
    void sixteenThreadsAtOnceGetFivePlanPlacesAndNoMore() throws Exception {
        StoredCallLimits limits = limits(5, 5, 0.5);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            results.add(pool.submit(() -> {
                go.await();
                try {
                    return limits.reserve(plan(P, 1000, 500));
                } catch (RequestRefused e) {
                    return e.key();
                }
            }));
        }
        go.countDown();
        int places = 0;
        int refused = 0;
        for (Future<Object> f : results) {
            Object r = f.get();
            if (r instanceof CallLimits.Go) places++;
            else if ("error.llm.limit.plans".equals(r)) refused++;
        }
        pool.shutdown();
        assertThat(places).isEqualTo(5);
        assertThat(refused).isEqualTo(11);
        assertThat(ledger.generationsInLastMinute()).isEqualTo(5);
    }

    @Test
    void aPlaceNotUsedIsGivenBackAndAMinuteLaterThereIsRoomAgain() {
        StoredCallLimits limits = limits(5, 2, 0.5);
        CallLimits.Go first = (CallLimits.Go) limits.reserve(plan(P, 1000, 500));
        limits.release(first.callId());
        assertThat(ledger.generationsInLastMinute()).isZero();
        CallLimits.Go second = (CallLimits.Go) limits.reserve(plan(P, 1000, 500));
        CallLimits.Go third = (CallLimits.Go) limits.reserve(plan(P, 1000, 500));
        assertThatThrownBy(() -> limits.reserve(plan(P, 1000, 500))).isInstanceOf(RequestRefused.class)
                .hasMessageContaining("2 AI plans a minute").hasMessageContaining("60 s");
        // chat is not a plan: the plan limit does not hold it back
        assertThat(limits.reserve(new CallLimits.Request(P, "chat", 100, 100))).isInstanceOf(CallLimits.Go.class);
        for (CallLimits.Go g : List.of(second, third)) limits.settle(g.callId(), new CallLimits.Sent("m", 900, 100, P.cost(900, 100), 5, "ok", "{}"));
        clock.advance(Duration.ofSeconds(61));
        assertThat(limits.reserve(plan(P, 1000, 500))).isInstanceOf(CallLimits.Go.class);
    }

    @Test
    void theProvidersRequestsAndTokensAMinuteMakeTheNextRequestWait() {
        ProviderSettings slow = new ProviderSettings("slow", ProviderKind.OPENAI, "http://127.0.0.1:1/v1", "m", "k", 1, 2, 2, 10_000);
        StoredCallLimits limits = limits(5, 100, 0.5);
        CallLimits.Go a = (CallLimits.Go) limits.reserve(new CallLimits.Request(slow, "chat", 1000, 7000));
        clock.advance(Duration.ofSeconds(10));
        // 8,000 reserved, 3,000 more would be over 10,000 tokens a minute until the first, still on its
        // way (so counted as now), leaves the window
        assertThat(limits.reserve(new CallLimits.Request(slow, "chat", 1000, 2000))).isInstanceOfSatisfying(CallLimits.Wait.class,
                w -> assertThat(w.delay()).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(61)));
        // the real usage was small: once corrected, the request fits
        limits.settle(a.callId(), new CallLimits.Sent("m", 900, 100, slow.cost(900, 100), 5, "ok", "{}"));
        CallLimits.Go b = (CallLimits.Go) limits.reserve(new CallLimits.Request(slow, "chat", 1000, 2000));
        assertThat(limits.reserve(new CallLimits.Request(slow, "chat", 10, 10))).as("2 requests a minute").isInstanceOf(CallLimits.Wait.class);
        limits.release(b.callId());
        assertThat(limits.reserve(new CallLimits.Request(slow, "chat", 10, 10))).isInstanceOf(CallLimits.Go.class);
    }

    @Test
    void aSettledCallHasItsRealUsageAndItsAnswerIsKept() {
        StoredCallLimits limits = limits(5, 5, 0.5);
        CallLimits.Go go = (CallLimits.Go) limits.reserve(plan(P, 1000, 8000));
        assertThat(ledger.spentThisMonth()).as("the estimate counts while the call is on its way").isEqualTo(P.cost(1000, 8000));
        limits.settle(go.callId(), new CallLimits.Sent("m-2", 1200, 300, P.cost(1200, 300), 42, "ok", "{\"days\": []}"));
        assertThat(ledger.spentThisMonth()).isEqualTo(P.cost(1200, 300));
        assertThat(ledger.answer(go.callId())).contains("{\"days\": []}");
        ledger.markUnusable(go.callId(), "not a plan");
        assertThat(ledger.days(1)).singleElement().satisfies(d -> {
            assertThat(d.calls()).isEqualTo(1);
            assertThat(d.failures()).isEqualTo(1);
            assertThat(d.tokensIn()).isEqualTo(1200);
        });
        assertThat(ledger.generationsInLastMinute()).as("an unusable answer was still a call sent").isEqualTo(1);
    }

    @Test
    void aRequestOverTheBudgetOrTheCapIsRefusedBeforeItIsSentWithItsEstimate() {
        // 2,000 tokens in and 8,000 out at $1/$2 a million: at most $0.018
        assertThatThrownBy(() -> limits(5, 5, 0.01).reserve(plan(P, 2000, 8000))).isInstanceOfSatisfying(RequestRefused.class, e -> {
            assertThat(e.getMessage()).contains("$0.0180").contains("10000 tokens").contains("$0.0100 a request");
            assertThat(e.localizedMessage(Messages.forLocale(Messages.RUSSIAN))).contains("$0.0180").contains("Запрос не отправлен");
        });
        StoredCallLimits limits = limits(0.03, 5, 0.5);
        limits.reserve(plan(P, 2000, 8000));
        assertThatThrownBy(() -> limits.reserve(plan(P, 2000, 8000))).isInstanceOf(RequestRefused.class)
                .hasMessageContaining("$0.0180").hasMessageContaining("only $0.0120 of the monthly AI budget of $0.0300 is left");
        assertThat(ledger.days(1)).singleElement().satisfies(d -> assertThat(d.calls()).isEqualTo(1));
    }

    @Test
    void theWindowWaitsForTheOldestCallsToLeave() {
        var now = java.time.LocalDateTime.of(2026, 11, 25, 10, 0, 30);
        List<StoredCallLimits.Recent> window = List.of(new StoredCallLimits.Recent(now.minusSeconds(30), 100),
                new StoredCallLimits.Recent(now.minusSeconds(10), 100));
        assertThat(StoredCallLimits.delay(window, 3, 1000, 100, now)).isZero();
        assertThat(StoredCallLimits.delay(window, 2, 1000, 100, now)).isEqualTo(Duration.ofSeconds(30).plusMillis(1));
        assertThat(StoredCallLimits.delay(window, 3, 250, 100, now)).isEqualTo(Duration.ofSeconds(30).plusMillis(1));
        assertThat(StoredCallLimits.delay(List.of(), 1, 10, 5000, now)).as("one request larger than the minute goes alone").isZero();
    }

    @Test
    void aCallCountsFromWhenItWasAnsweredAndWhileOnItsWaySoNoMinuteAtTheProviderHoldsMore() {
        StoredCallLimits limits = limits(5, 1, 0.5);
        CallLimits.Go first = (CallLimits.Go) limits.reserve(plan(P, 1000, 500));
        clock.advance(Duration.ofSeconds(70));
        assertThatThrownBy(() -> limits.reserve(plan(P, 1000, 500))).as("still on its way after 70 s: it counts as now")
                .isInstanceOf(RequestRefused.class);
        limits.settle(first.callId(), new CallLimits.Sent("m", 900, 100, P.cost(900, 100), 70_000, "ok", "{}"));
        clock.advance(Duration.ofSeconds(59));
        assertThatThrownBy(() -> limits.reserve(plan(P, 1000, 500))).as("answered 59 s ago").isInstanceOf(RequestRefused.class);
        clock.advance(Duration.ofSeconds(2));
        assertThat(limits.reserve(plan(P, 1000, 500))).isInstanceOf(CallLimits.Go.class);
    }

    @Test
    void aCallLeftPendingByAKilledProcessStopsCountingAfterFiveMinutes() {
        StoredCallLimits limits = limits(5, 1, 0.5);
        limits.reserve(plan(P, 1000, 500));
        clock.advance(Duration.ofMinutes(4));
        assertThatThrownBy(() -> limits.reserve(plan(P, 1000, 500))).isInstanceOf(RequestRefused.class);
        clock.advance(Duration.ofMinutes(2));
        assertThat(limits.reserve(plan(P, 1000, 500))).isInstanceOf(CallLimits.Go.class);
    }
}
