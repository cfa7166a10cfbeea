package dev.fridgechef.llm;

import dev.fridgechef.i18n.UserException;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Sends a chat to the configured providers, cheapest first, and moves down the chain on failure.
 * Before each request is sent it takes a place under the {@link CallLimits} (kept in the store: the
 * per-user AI plans a minute, each provider's requests and tokens a minute, the month's budget and
 * the per-request cap), waiting when the provider's minute is full for a short while and refusing
 * ({@link RequestRefused}) what must not be sent; every request sent is recorded, a paid answer with
 * its text, before the answer is returned. A 429 is retried after the server's Retry-After (when it
 * is short enough), a 5xx or a time-out after an exponential back-off with jitter, anything else (bad
 * key, unknown model) goes straight to the next provider; all of it within one time cap per request
 * ({@link Limits#timeout}). Waits are told to the {@link LlmTask}'s progress listener, and cancelling
 * the task aborts the HTTP exchange. Keys never appear in errors or results.
 */
public final class LlmGateway {
    private static final Logger LOG = LoggerFactory.getLogger(LlmGateway.class);
    private static final long FIRST_NOTICE_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long NOTICE_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    /** Waits; a test passes one that records instead of sleeping. */
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;

        /** Really waits, and stops early (InterruptedException) when the thread's {@link LlmTask} is cancelled. */
        Sleeper CANCELLABLE = d -> {
            if (!LlmTask.current().pause(d.toMillis())) throw new InterruptedException("cancelled");
        };
    }

    /**
     * Retries per provider, the longest wait worth waiting (a Retry-After or the provider's minute),
     * back-off base, and the time cap of one request, retries and waits included.
     */
    public record Limits(int retries, Duration maxRetryAfter, Duration backoffBase, Duration timeout) {
        public static final Limits DEFAULT = new Limits(2, Duration.ofSeconds(20), Duration.ofMillis(500), LlmSettings.DEFAULT_REQUEST_TIMEOUT);

        public Limits withTimeout(Duration total) {
            return new Limits(retries, maxRetryAfter, backoffBase, total);
        }
    }

    /** A model's answer and who gave it; {@code callId} is its row in the usage ledger (0 when there is none). */
    public record Answer(String provider, String model, String text, long tokensIn, long tokensOut, double costUsd, Duration latency,
                         List<Attempt> attempts, long callId) {
    }

    /** What happened at one provider: "ok", "rate limited", "server error 500", "time-out", ... */
    public record Attempt(String provider, String outcome) {
    }

    /** "openai 429, anthropic time-out": each provider tried and what happened. */
    public static String describe(List<Attempt> attempts) {
        return String.join(", ", attempts.stream().map(a -> a.provider() + " " + a.outcome()).toList());
    }

    /** Every provider failed; the attempts say why, provider by provider. */
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

    /**
     * The {@link LlmTask} was cancelled, or the calling thread interrupted (the interrupt is consumed
     * into this exception): the request on its way was aborted (and recorded), no other is sent.
     */
    public static final class Cancelled extends UserException {
        Cancelled() {
            super("error.llm.cancelled");
        }
    }

    private final List<ProviderSettings> chain;
    private final Limits limits;
    private final Sleeper sleeper;
    private final Random jitter;
    private final BiFunction<ProviderSettings, Integer, ChatModel> models;
    private final CallLimits calls;
    private final String purpose;

    /** Without limits or a ledger (tests). */
    public LlmGateway(List<ProviderSettings> providers, Limits limits, Sleeper sleeper, long seed) {
        this(providers, limits, sleeper, seed, CallLimits.NONE);
    }

    public LlmGateway(List<ProviderSettings> providers, Limits limits, Sleeper sleeper, long seed, CallLimits calls) {
        this(providers, limits, sleeper, seed, (p, maxTokens) -> ChatModels.create(p, limits.timeout(), maxTokens), calls, "other");
    }

    LlmGateway(List<ProviderSettings> providers, Limits limits, Sleeper sleeper, long seed,
               BiFunction<ProviderSettings, Integer, ChatModel> models, CallLimits calls, String purpose) {
        this.chain = providers.stream().sorted(Comparator.comparingDouble(ProviderSettings::typicalCost)).toList();
        this.limits = limits;
        this.sleeper = sleeper;
        this.jitter = new Random(seed);
        this.models = models;
        this.calls = calls;
        this.purpose = purpose;
    }

    /** The same gateway recording its calls as {@code purpose} ("plan", "chat", "test"): the plan limit counts "plan" calls. */
    public LlmGateway forPurpose(String purpose) {
        return new LlmGateway(chain, limits, sleeper, jitter.nextLong(), models, calls, purpose);
    }

    /**
     * The same gateway asking each provider's vision model ({@link ProviderSettings#visionModel}):
     * messages may then carry images ({@link dev.langchain4j.data.message.ImageContent}, base64).
     */
    public LlmGateway forVision() {
        return new LlmGateway(chain.stream().map(ProviderSettings::forVision).toList(), limits, sleeper, jitter.nextLong(), models, calls, purpose);
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
        return run(messages, maxTokens, null, format);
    }

    /**
     * Streams an answer, calling {@code onToken} with each piece as it arrives. Before its first
     * piece a provider's 429 is retried like {@link #chat}'s and another failure hands over to the
     * next provider; once text has been shown, a failure ends the answer there (the person already
     * sees it).
     */
    public Answer stream(List<ChatMessage> messages, int maxTokens, Consumer<String> onToken) {
        return run(messages, maxTokens, java.util.Objects.requireNonNull(onToken));
    }

    private Answer run(List<ChatMessage> messages, int maxTokens, Consumer<String> onToken) {
        return run(messages, maxTokens, onToken, null);
    }

    private Answer run(List<ChatMessage> messages, int maxTokens, Consumer<String> onToken, dev.langchain4j.model.chat.request.ResponseFormat format) {
        LlmTask task = LlmTask.current();
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        long promptTokens = estimateTokens(messages);
        ChatRequest.Builder builder = ChatRequest.builder().messages(messages);
        if (format != null) builder.responseFormat(format);
        ChatRequest request = builder.build();
        List<Attempt> attempts = new ArrayList<>();
        providers:
        for (ProviderSettings p : chain) {
            for (int attempt = 0; attempt <= limits.retries(); attempt++) {
                if (task.cancelled()) throw new Cancelled();
                if (System.nanoTime() >= deadline) break providers;
                Optional<Long> callId = reserve(p, promptTokens, maxTokens, deadline, task);
                if (callId.isEmpty()) {
                    attempts.add(new Attempt(p.name(), "over its rate limit"));
                    continue providers;
                }
                long start = System.nanoTime();
                StringBuilder text = new StringBuilder();
                AtomicBoolean shown = new AtomicBoolean();
                ChatResponse r;
                try {
                    r = send(p, request, maxTokens, onToken == null ? null : piece -> {
                        synchronized (text) {
                            text.append(piece);
                        }
                        shown.set(true);
                        onToken.accept(piece);
                    }, deadline, task);
                } catch (Cancelled c) {
                    calls.settle(callId.get(), new CallLimits.Sent(p.model(), 0, 0, 0, millisSince(start), "cancelled", null));
                    logFailure(p, "cancelled", start);
                    throw c;
                } catch (RuntimeException e) {
                    Failure f = classify(e);
                    if (notConnected(e)) calls.release(callId.get()); // never reached the provider: not a call sent
                    else calls.settle(callId.get(), new CallLimits.Sent(p.model(), 0, 0, 0, millisSince(start), f.outcome(), null));
                    attempts.add(new Attempt(p.name(), f.outcome()));
                    logFailure(p, f.outcome(), start);
                    if (shown.get()) break providers;
                    boolean retry = f.retriable() && attempt < limits.retries() && (onToken == null || f.rateLimited());
                    if (!retry) continue providers;
                    Duration pause = f.retryAfter().isPresent() ? f.retryAfter().get() : backoff(attempt);
                    if (pause.compareTo(limits.maxRetryAfter()) > 0 || pause.toNanos() > deadline - System.nanoTime()) continue providers;
                    if (f.rateLimited()) task.progress().rateLimited(p.name(), pause);
                    else task.progress().retrying(p.name(), f.outcome(), pause);
                    pause(pause, task);
                    continue;
                }
                String answer = onToken != null ? text.toString() : r.aiMessage() == null ? null : r.aiMessage().text();
                var usage = r.tokenUsage();
                long in = usage == null || usage.inputTokenCount() == null ? promptTokens : usage.inputTokenCount();
                long out = usage == null || usage.outputTokenCount() == null ? estimateTokens(answer) : usage.outputTokenCount();
                Duration latency = Duration.ofNanos(System.nanoTime() - start);
                if (answer == null || answer.isBlank()) {
                    calls.settle(callId.get(), new CallLimits.Sent(p.model(), in, out, p.cost(in, out), latency.toMillis(), "empty answer", null));
                    attempts.add(new Attempt(p.name(), "empty answer"));
                    logFailure(p, "empty answer", start);
                    continue providers;
                }
                // the answer is paid for: it is stored before anything else can go wrong with it
                calls.settle(callId.get(), new CallLimits.Sent(p.model(), in, out, p.cost(in, out), latency.toMillis(), "ok", answer));
                attempts.add(new Attempt(p.name(), "ok"));
                LOG.info("provider {} ({}) answered in {} ms: {} tokens in, {} out", p.name(), p.model(), latency.toMillis(), in, out);
                task.answered(callId.get());
                if (task.cancelled()) throw new Cancelled();
                return new Answer(p.name(), p.model(), answer, in, out, p.cost(in, out), latency, List.copyOf(attempts), callId.get());
            }
        }
        throw new AllProvidersFailed(attempts);
    }

    /** A place under the limits for one request, waiting for the provider's minute while that is short; empty when it is not. */
    private Optional<Long> reserve(ProviderSettings p, long promptTokens, int maxTokens, long deadline, LlmTask task) {
        while (true) {
            CallLimits.Decision d = calls.reserve(new CallLimits.Request(p, purpose, promptTokens, maxTokens));
            if (d instanceof CallLimits.Go go) return Optional.of(go.callId());
            Duration wait = ((CallLimits.Wait) d).delay();
            if (wait.compareTo(limits.maxRetryAfter()) > 0 || wait.toNanos() > deadline - System.nanoTime()) return Optional.empty();
            task.progress().rateLimited(p.name(), wait);
            pause(wait, task);
        }
    }

    /**
     * Sends one request on a thread of its own, so that this one can tell of a slow provider, stop at
     * the deadline and be cancelled: both interrupt the sending thread, which aborts the HTTP exchange.
     */
    private ChatResponse send(ProviderSettings p, ChatRequest request, int maxTokens, Consumer<String> onToken, long deadline, LlmTask task) {
        CompletableFuture<ChatResponse> result = new CompletableFuture<>();
        Thread sender = Thread.ofVirtual().name("llm-" + p.name()).unstarted(() -> {
            try {
                if (onToken == null) {
                    result.complete(models.apply(p, maxTokens).chat(request));
                } else {
                    StreamingChatModel model = ChatModels.createStreaming(p, limits.timeout(), maxTokens);
                    model.chat(request, handler(result, onToken));
                }
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        AtomicBoolean cancelled = new AtomicBoolean();
        task.onCancel(() -> {
            cancelled.set(true);
            result.cancel(false);
            sender.interrupt();
        });
        sender.start();
        long start = System.nanoTime();
        long notice = start + FIRST_NOTICE_NANOS;
        try {
            while (true) {
                long now = System.nanoTime();
                if (now >= deadline) {
                    result.cancel(false);
                    sender.interrupt();
                    throw new TimeoutException("no answer within the time cap of " + limits.timeout().toSeconds() + " s");
                }
                try {
                    return result.get(Math.min(deadline, notice) - now, TimeUnit.NANOSECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    if (System.nanoTime() >= notice) {
                        task.progress().waiting(p.name(), Duration.ofNanos(System.nanoTime() - start));
                        notice += NOTICE_EVERY_NANOS;
                    }
                }
            }
        } catch (java.util.concurrent.CancellationException e) {
            if (cancelled.get()) throw new Cancelled();
            throw e;
        } catch (ExecutionException e) {
            if (cancelled.get()) throw new Cancelled();
            throw e.getCause() instanceof RuntimeException re ? re : new RuntimeException(e.getCause());
        } catch (InterruptedException e) {
            // the owner of this thread stops the work: abort the request too. The interrupt is not kept:
            // Cancelled says it, and an interrupted thread's next store write would close the database
            // file for the whole process (ClosedByInterruptException)
            sender.interrupt();
            throw new Cancelled();
        } finally {
            task.onCancel(null);
        }
    }

    private static StreamingChatResponseHandler handler(CompletableFuture<ChatResponse> result, Consumer<String> onToken) {
        return new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                if (!result.isDone()) onToken.accept(partial);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                result.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                result.completeExceptionally(error);
            }
        };
    }

    /**
     * Tokens an image of at most 1,568 px a side costs, rounded up over the providers: Anthropic
     * charges width × height / 750 (about 1,600 for 1,024 × 1,024, at most about 1,600 after its own
     * downscaling), OpenAI 765 in high detail, Gemini 258 a tile.
     */
    static final long IMAGE_TOKENS = 1_600;

    /** About a token per four characters of text, a few per message, {@link #IMAGE_TOKENS} per image. */
    static long estimateTokens(List<ChatMessage> messages) {
        long tokens = 0;
        for (ChatMessage m : messages) {
            if (m instanceof UserMessage u && !u.hasSingleText()) {
                tokens += 4;
                for (var c : u.contents()) {
                    if (c instanceof dev.langchain4j.data.message.TextContent t) tokens += estimateTokens(t.text());
                    else if (c instanceof dev.langchain4j.data.message.ImageContent) tokens += IMAGE_TOKENS;
                    else tokens += estimateTokens(c.toString());
                }
            } else {
                tokens += 4 + estimateTokens(textOf(m));
            }
        }
        return tokens;
    }

    private static long estimateTokens(String text) {
        return text == null ? 0 : (text.length() + 3) / 4;
    }

    private static String textOf(ChatMessage m) {
        if (m instanceof SystemMessage s) return s.text();
        if (m instanceof AiMessage a) return a.text();
        if (m instanceof UserMessage u) return u.hasSingleText() ? u.singleText() : u.contents().toString();
        return m.toString();
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Only our own words for the outcome: a provider's error text may quote the request. */
    private static void logFailure(ProviderSettings p, String outcome, long startNanos) {
        LOG.warn("provider {} ({}) {} after {} ms", p.name(), p.model(), outcome, millisSince(startNanos));
    }

    private void pause(Duration d, LlmTask task) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException ie) {
            throw new Cancelled(); // the interrupt is not kept (see send)
        }
        if (task.cancelled()) throw new Cancelled();
    }

    private Duration backoff(int attempt) {
        long base = limits.backoffBase().toMillis() << attempt;
        return Duration.ofMillis(base + (long) (jitter.nextDouble() * base / 2));
    }

    record Failure(String outcome, boolean retriable, Optional<Duration> retryAfter) {
        boolean rateLimited() {
            return outcome.equals("rate limited");
        }
    }

    /** Whether the connection itself was refused, so that nothing was sent. */
    static boolean notConnected(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException) return true;
            if (t.getCause() == t) break;
        }
        return false;
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
