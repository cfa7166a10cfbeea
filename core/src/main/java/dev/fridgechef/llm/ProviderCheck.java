package dev.fridgechef.llm;

import dev.langchain4j.data.message.UserMessage;

import java.time.Duration;
import java.util.List;

/**
 * Asks one provider for a tiny answer to see that its address, model and key work ("fridge llm
 * test" and the desktop app's Test button): no retries, a 20 s timeout, the call recorded in the
 * usage ledger like any other (within the provider's requests and tokens a minute).
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
        // the provider's requests and tokens a minute hold for a test too; the month's budget does not stop one
        CallLimits limits = usage.limits(new LlmSettings(List.of(p), Double.MAX_VALUE, Integer.MAX_VALUE, LlmSettings.DEFAULT_REUSE_EXTRA_FOODS,
                Double.MAX_VALUE, TIMEOUT));
        LlmGateway one = new LlmGateway(List.of(p), new LlmGateway.Limits(0, Duration.ZERO, Duration.ZERO, TIMEOUT), d -> { }, 1, limits)
                .forPurpose("test");
        long start = System.nanoTime();
        String outcome;
        try {
            one.chat(List.of(UserMessage.from("Reply with the JSON {\"ok\": true} and nothing else.")), 20);
            outcome = "ok";
        } catch (LlmGateway.AllProvidersFailed e) {
            outcome = e.attempts().isEmpty() ? "failed" : e.attempts().get(0).outcome();
        }
        return new Result(p.name(), p.model(), outcome, (System.nanoTime() - start) / 1_000_000);
    }
}
