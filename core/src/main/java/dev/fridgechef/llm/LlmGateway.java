package dev.fridgechef.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Sends a chat to the configured providers, cheapest first, within each provider's requests and
 * tokens per minute, and moves down the chain on failure:
 * a 429 is retried after the server's Retry-After (when it is short enough), a 5xx or a time-out
 * after an exponential back-off with jitter, anything else (bad key, unknown model) goes straight
 * to the next provider. Keys never appear in errors or results.
 */
public final class LlmGateway {
    private static final Logger LOG = LoggerFactory.getLogger(LlmGateway.class);
    /** Waits; a test passes one that records instead of sleeping. */
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /** Retries per provider, the longest Retry-After worth waiting for, back-off base and the request time-out. */
    public record Limits(int retries, Duration maxRetryAfter, Duration backoffBase, Duration timeout) {
        public static final Limits DEFAULT = new Limits(2, Duration.ofSeconds(20), Duration.ofMillis(500), Duration.ofSeconds(60));
    }

    /** A model's answer and who gave it. */
    public record Answer(String provider, String model, String text, long tokensIn, long tokensOut, double costUsd, Duration latency,
                         List<Attempt> attempts) {
    }

    /** What happened at one provider: "ok", "rate limited", "server error 500", "time-out", ... */
    public record Attempt(String provider, String outcome) {
    }

    /** Every provider failed; the attempts say why, provider by provider. */
    /** "openai 429, anthropic time-out": each provider tried and what happened. */
    public static String describe(List<Attempt> attempts) {
        return String.join(", ", attempts.stream().map(a -> a.provider() + " " + a.outcome()).toList());
    }

    public static final class AllProvidersFailed extends RuntimeException {
        private final transient List<Attempt> attempts;

        AllProvidersFailed(List<Attempt> attempts) {
            super("no provider answered: " + attempts);
            this.attempts = List.copyOf(attempts);
        }

        /** "openai 429, anthropic time-out": each provider tried and what happened. */
        public String describe() {
            return LlmGateway.describe(attempts);
        }

        public List<Attempt> attempts() {
            return attempts;
        }
    }

    private final List<ProviderSettings> chain;
    private final Limits limits;
    private final Sleeper sleeper;
    private final Random jitter;
    private final BiFunction<ProviderSettings, Integer, ChatModel> models;
    private final java.util.Map<String, RateLimiter> limiters = new java.util.HashMap<>();

    public LlmGateway(List<ProviderSettings> providers, Limits limits, Sleeper sleeper, long seed) {
        this(providers, limits, sleeper, seed, (p, maxTokens) -> ChatModels.create(p, limits.timeout(), maxTokens));
    }

    LlmGateway(List<ProviderSettings> providers, Limits limits, Sleeper sleeper, long seed,
               BiFunction<ProviderSettings, Integer, ChatModel> models) {
        this.chain = providers.stream().sorted(Comparator.comparingDouble(ProviderSettings::typicalCost)).toList();
        this.limits = limits;
        this.sleeper = sleeper;
        this.jitter = new Random(seed);
        this.models = models;
        for (ProviderSettings p : chain) {
            limiters.put(p.name(), new RateLimiter(p.requestsPerMinute(), p.tokensPerMinute(), java.time.Clock.systemUTC()));
        }
    }

    public List<ProviderSettings> chain() {
        return chain;
    }

    public boolean configured() {
        return !chain.isEmpty();
    }

    public Answer chat(List<ChatMessage> messages, int maxTokens) {
        return chat(messages, maxTokens, null);
    }

    /**
     * As {@link #chat(List, int)}, asking for answers in {@code format} (a JSON schema: strict where
     * the provider supports it; null: the model's default, JSON mode).
     */
    public Answer chat(List<ChatMessage> messages, int maxTokens, dev.langchain4j.model.chat.request.ResponseFormat format) {
        List<Attempt> attempts = new ArrayList<>();
        for (ProviderSettings p : chain) {
            ChatModel model = models.apply(p, maxTokens);
            RateLimiter limiter = limiters.get(p.name());
            for (int attempt = 0; attempt <= limits.retries(); attempt++) {
                Duration wait = limiter.delay(maxTokens);
                if (wait.compareTo(limits.maxRetryAfter()) > 0) {
                    attempts.add(new Attempt(p.name(), "over its rate limit"));
                    break;
                }
                if (!wait.isZero() && !sleep(wait)) throw new AllProvidersFailed(attempts);
                long start = System.nanoTime();
                try {
                    ChatRequest.Builder request = ChatRequest.builder().messages(messages);
                    if (format != null) request.responseFormat(format);
                    ChatResponse r = model.chat(request.build());
                    String text = r.aiMessage() == null ? null : r.aiMessage().text();
                    if (text == null || text.isBlank()) {
                        attempts.add(new Attempt(p.name(), "empty answer"));
                        logFailure(p, "empty answer", start);
                        break;
                    }
                    Answer answer = answer(p, text, r, start, attempts);
                    limiter.record(answer.tokensIn() + answer.tokensOut());
                    return answer;
                } catch (RuntimeException e) {
                    limiter.record(0);
                    Failure f = classify(e);
                    attempts.add(new Attempt(p.name(), f.outcome()));
                    logFailure(p, f.outcome(), start);
                    if (!f.retriable() || attempt == limits.retries()) break;
                    Duration pause = f.retryAfter().isPresent() ? f.retryAfter().get() : backoff(attempt);
                    if (pause.compareTo(limits.maxRetryAfter()) > 0) break; // not worth waiting: try the next provider
                    if (!sleep(pause)) throw new AllProvidersFailed(attempts);
                }
            }
        }
        throw new AllProvidersFailed(attempts);
    }

    /**
     * Streams an answer, calling {@code onToken} with each piece as it arrives. A provider that fails
     * before its first piece is skipped for the next one; once text has been shown, a failure ends
     * the answer there (the person already sees it).
     */
    public Answer stream(List<ChatMessage> messages, int maxTokens, java.util.function.Consumer<String> onToken) {
        List<Attempt> attempts = new ArrayList<>();
        for (ProviderSettings p : chain) {
            var model = ChatModels.createStreaming(p, limits.timeout(), maxTokens);
            java.util.concurrent.CompletableFuture<ChatResponse> done = new java.util.concurrent.CompletableFuture<>();
            StringBuilder text = new StringBuilder();
            long start = System.nanoTime();
            model.chat(ChatRequest.builder().messages(messages).build(), new dev.langchain4j.model.chat.response.StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String partial) {
                    text.append(partial);
                    onToken.accept(partial);
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.complete(response);
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            try {
                ChatResponse r = done.get(limits.timeout().toMillis() * 2, java.util.concurrent.TimeUnit.MILLISECONDS);
                return answer(p, text.toString(), r, start, attempts);
            } catch (java.util.concurrent.ExecutionException e) {
                String outcome = classify(e.getCause()).outcome();
                attempts.add(new Attempt(p.name(), outcome));
                logFailure(p, outcome, start);
                if (!text.isEmpty()) break;
            } catch (java.util.concurrent.TimeoutException e) {
                attempts.add(new Attempt(p.name(), "time-out"));
                logFailure(p, "time-out", start);
                if (!text.isEmpty()) break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AllProvidersFailed(attempts);
    }

    /** A successful answer: records the attempt, reads the token counts (0 where the provider gives none) and prices them. */
    private static Answer answer(ProviderSettings p, String text, ChatResponse r, long startNanos, List<Attempt> attempts) {
        var usage = r.tokenUsage();
        long in = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
        long out = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        attempts.add(new Attempt(p.name(), "ok"));
        Duration latency = Duration.ofNanos(System.nanoTime() - startNanos);
        LOG.info("provider {} ({}) answered in {} ms: {} tokens in, {} out", p.name(), p.model(), latency.toMillis(), in, out);
        return new Answer(p.name(), p.model(), text, in, out, p.cost(in, out), latency, List.copyOf(attempts));
    }

    /** Only our own words for the outcome: a provider's error text may quote the request. */
    private static void logFailure(ProviderSettings p, String outcome, long startNanos) {
        LOG.warn("provider {} ({}) {} after {} ms", p.name(), p.model(), outcome, (System.nanoTime() - startNanos) / 1_000_000);
    }

    private boolean sleep(Duration d) {
        try {
            sleeper.sleep(d);
            return true;
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Duration backoff(int attempt) {
        long base = limits.backoffBase().toMillis() << attempt;
        return Duration.ofMillis(base + (long) (jitter.nextDouble() * base / 2));
    }

    private record Failure(String outcome, boolean retriable, Optional<Duration> retryAfter) {
    }

    /** Reads what went wrong from the exception and its causes (Langchain4j wraps our HTTP errors). */
    static Failure classify(Throwable e) {
        Optional<Duration> retryAfter = Optional.empty();
        Integer status = null;
        boolean timeout = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RetryAfterException r && retryAfter.isEmpty()) retryAfter = r.retryAfter();
            if (t instanceof HttpException h && status == null) status = h.statusCode();
            if (t instanceof TimeoutException || t instanceof java.net.http.HttpTimeoutException) timeout = true;
            if (t.getCause() == t) break;
        }
        if (timeout) return new Failure("time-out", true, Optional.empty());
        if (status != null && status == 429) return new Failure("rate limited", true, retryAfter);
        if (status != null && status >= 500) return new Failure("server error " + status, true, retryAfter);
        if (status != null) return new Failure("refused (" + status + ")", false, Optional.empty());
        if (e instanceof AuthenticationException || e instanceof InvalidRequestException || e instanceof ModelNotFoundException) {
            return new Failure("refused (" + e.getClass().getSimpleName() + ")", false, Optional.empty());
        }
        return new Failure("failed (" + e.getClass().getSimpleName() + ")", false, Optional.empty());
    }
}
