package dev.fridgechef.server.ai;

import dev.fridgechef.llm.CallLimits;
import dev.fridgechef.llm.LlmGateway;
import dev.fridgechef.llm.ProviderSettings;
import dev.fridgechef.server.http.ApiException;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.request.ResponseFormat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * AI calls made for a user through the server's provider, with core's {@link LlmGateway} (retries of
 * a provider's 429 after its Retry-After, back-off on 5xx and time-outs, one time cap per call).
 * Before each request is sent, the user's balance must be above 0 (else 402 {@code balance_exhausted})
 * and the first request of a {@link Call} takes a place under the per-user limit shared by every
 * instance (else 429 with Retry-After); after it, the generation is recorded and the tokens the provider
 * reported are debited ({@link AiLedger}). A failed request debits nothing.
 */
public final class ServerAi {
    private final AiOptions options;
    private final AiBalances balances;
    private final AiCallLimit limit;
    private final AiLedger ledger;
    private final Consumer<Generation> onGeneration;
    private final LlmGateway.Sleeper sleeper;

    public ServerAi(AiOptions options, AiBalances balances, AiCallLimit limit, AiLedger ledger, Consumer<Generation> onGeneration,
                    LlmGateway.Sleeper sleeper) {
        this.options = options;
        this.balances = balances;
        this.limit = limit;
        this.ledger = ledger;
        this.onGeneration = onGeneration;
        this.sleeper = sleeper;
    }

    public boolean configured() {
        return options.provider().isPresent();
    }

    /** The provider and model answering ("openai/gpt-4o-mini"), when AI is configured: what cached answers are kept under. */
    public Optional<String> model() {
        return options.provider().map(p -> p.name() + "/" + p.model());
    }

    /**
     * One user action that may send one or more requests (they count once under the per-minute limit).
     * Refuses at once when AI is not configured (503) or the balance is used up (402), so a caller can
     * check before it stores anything.
     */
    public Call call(UUID userId, String feature) {
        ProviderSettings provider = options.provider().orElseThrow(ServerAi::notConfigured);
        requireBalance(userId);
        return new Call(userId, feature, provider);
    }

    /** Records an answer served without a model call (a cache hit): no tokens, no cost, no debit. */
    public void recordCacheHit(UUID userId, String feature) {
        record(new Generation(userId, feature, "cache", "cache", 0, 0, 0, 0, "ok", true));
    }

    public long balance(UUID userId) {
        return balances.tokens(userId);
    }

    private void requireBalance(UUID userId) {
        long left = balances.tokens(userId);
        if (left <= 0) {
            throw new ApiException(402, "balance_exhausted", "Your AI token balance is used up (" + left
                    + " tokens left); an admin can grant more. Features without AI, such as the offline planner, still work.");
        }
    }

    private void record(Generation g) {
        ledger.record(g);
        onGeneration.accept(g);
    }

    static ApiException notConfigured() {
        return new ApiException(503, "ai_not_configured",
                "AI is not configured on this server (its operator starts it with --llm-provider and a key); features without AI still work");
    }

    /** The requests of one user action. */
    public final class Call {
        private final UUID userId;
        private final String feature;
        private final ProviderSettings provider;
        private final Limits limits = new Limits();

        private Call(UUID userId, String feature, ProviderSettings provider) {
            this.userId = userId;
            this.feature = feature;
            this.provider = provider;
        }

        /** A plain-text answer (chat). */
        public LlmGateway.Answer text(List<ChatMessage> messages, int maxTokens) {
            return run(() -> gateway().stream(messages, maxTokens, piece -> { }));
        }

        /** A JSON answer in {@code format} (null: JSON mode), for features that parse what the model writes (plans). */
        public LlmGateway.Answer json(List<ChatMessage> messages, int maxTokens, ResponseFormat format) {
            return run(() -> gateway().chat(messages, maxTokens, format));
        }

        /**
         * A gateway for core code that sends its own requests (the AI planner): its requests count,
         * debit and are recorded as this call's. A refusal before a request is sent is an
         * {@link ApiException} (402 balance, 429 limit); a provider's failure is core's
         * {@link LlmGateway.AllProvidersFailed}, for that code to handle.
         */
        public LlmGateway gateway() {
            var gatewayLimits = new LlmGateway.Limits(options.retries(), LlmGateway.Limits.DEFAULT.maxRetryAfter(),
                    LlmGateway.Limits.DEFAULT.backoffBase(), options.timeout());
            return new LlmGateway(List.of(provider), gatewayLimits, sleeper, ThreadLocalRandom.current().nextLong(), limits);
        }

        private LlmGateway.Answer run(java.util.function.Supplier<LlmGateway.Answer> request) {
            try {
                return request.get();
            } catch (LlmGateway.AllProvidersFailed e) {
                boolean timedOut = !e.attempts().isEmpty() && e.attempts().getLast().outcome().equals("time-out");
                String why = e.attempts().isEmpty() ? "no request could be sent in time" : e.describe();
                throw new ApiException(timedOut ? 504 : 502, timedOut ? "ai_timeout" : "ai_provider_failed",
                        "The AI provider did not answer (" + why + "); no tokens were debited for it. Try again later.");
            } catch (LlmGateway.Cancelled e) {
                throw new ApiException(503, "ai_cancelled", "The AI call was stopped before it answered; no tokens were debited for it");
            }
        }

        /** The gateway's limits for this action: balance and shared per-user place before a request, the ledger after. */
        private final class Limits implements CallLimits {
            private final AtomicLong ids = new AtomicLong();
            private OffsetDateTime window;
            private int sent;

            @Override
            public synchronized Decision reserve(Request request) {
                requireBalance(userId);
                if (window == null) {
                    window = limit.take(userId).orElseThrow(() -> ApiException.tooManyRequests(limit.retryAfterSeconds(userId)));
                }
                return new Go(ids.incrementAndGet());
            }

            @Override
            public synchronized void release(long callId) {
                if (sent == 0 && window != null) {
                    limit.giveBack(userId, window);
                    window = null;
                }
            }

            @Override
            public synchronized void settle(long callId, Sent s) {
                sent++;
                record(new Generation(userId, feature, provider.name(), s.model(), s.tokensIn(), s.tokensOut(), s.costUsd(),
                        s.latencyMs(), s.outcome(), false));
            }
        }
    }
}
