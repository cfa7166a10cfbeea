package dev.fridgechef.llm;

import dev.langchain4j.data.message.UserMessage;

import java.time.Duration;
import java.util.List;

/**
 * Asks one provider for a tiny answer to see that its address, model and key work ("fridge llm
 * test" and the desktop app's Test button): no retries, a 20 s timeout, the call recorded in the
 * usage ledger like any other.
 */
public final class ProviderCheck {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    public record Result(String provider, String model, String outcome, long latencyMs) {
        public boolean ok() {
            return "ok".equals(outcome);
        }
    }

    private ProviderCheck() {
    }

    public static Result check(ProviderSettings p, UsageLedger usage) {
        LlmGateway one = new LlmGateway(List.of(p), new LlmGateway.Limits(0, Duration.ZERO, Duration.ZERO, TIMEOUT), d -> { }, 1);
        long start = System.nanoTime();
        String outcome;
        try {
            var answer = one.chat(List.of(UserMessage.from("Reply with the JSON {\"ok\": true} and nothing else.")), 20);
            outcome = "ok";
            usage.record(new UsageLedger.Call(p.name(), p.model(), "test", answer.tokensIn(), answer.tokensOut(), answer.costUsd(),
                    answer.latency().toMillis(), false, "ok"));
        } catch (LlmGateway.AllProvidersFailed e) {
            outcome = e.attempts().isEmpty() ? "failed" : e.attempts().get(0).outcome();
            usage.record(new UsageLedger.Call(p.name(), p.model(), "test", 0, 0, 0, 0, false, outcome));
        }
        return new Result(p.name(), p.model(), outcome, (System.nanoTime() - start) / 1_000_000);
    }
}
