package dev.fridgechef.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient.Redirect;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The HTTP client every provider model uses: the JDK's client with the request time-out, and
 * errors that keep the server's Retry-After (Langchain4j's own client drops the headers). No
 * retries here: {@link LlmGateway} decides.
 */
final class ProviderHttpClient implements HttpClient {
    private static final int MAX_ERROR_BODY = 2000;

    private final java.net.http.HttpClient client;
    private final Duration readTimeout;

    private ProviderHttpClient(Duration connectTimeout, Duration readTimeout) {
        this.client = java.net.http.HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(Redirect.NORMAL).build();
        this.readTimeout = readTimeout;
    }

    static HttpClientBuilder builder(Duration timeout) {
        return new Builder(timeout);
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) throw error(response.statusCode(), response.body(), response.headers().map());
        return SuccessfulHttpResponse.builder().statusCode(response.statusCode()).headers(response.headers().map()).body(response.body()).build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        try {
            HttpResponse<InputStream> response = send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() >= 300) {
                    throw error(response.statusCode(), new String(body.readNBytes(MAX_ERROR_BODY)), response.headers().map());
                }
                listener.onOpen(SuccessfulHttpResponse.builder().statusCode(response.statusCode()).headers(response.headers().map()).build());
                parser.parse(body, listener);
                listener.onClose();
            }
        } catch (IOException | RuntimeException e) {
            listener.onError(e);
        }
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(URI.create(request.url())).timeout(readTimeout);
        for (Map.Entry<String, List<String>> h : request.headers().entrySet()) {
            for (String v : h.getValue()) b.header(h.getKey(), v);
        }
        String body = request.body();
        b.method(request.method().name(), body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(body));
        try {
            return client.send(b.build(), handler);
        } catch (HttpTimeoutException e) {
            throw new dev.langchain4j.exception.TimeoutException(e);
        } catch (IOException e) {
            throw new dev.langchain4j.exception.UnresolvedModelServerException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new dev.langchain4j.exception.LangChain4jException(e);
        }
    }

    private static HttpException error(int status, String body, Map<String, List<String>> headers) {
        String text = body == null ? "" : body.length() > MAX_ERROR_BODY ? body.substring(0, MAX_ERROR_BODY) : body;
        return new RetryAfterException(status, text, retryAfter(headers));
    }

    /** Retry-After in seconds (the HTTP-date form is rare from these APIs and is ignored). */
    static Duration retryAfter(Map<String, List<String>> headers) {
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if (!h.getKey().equalsIgnoreCase("retry-after") || h.getValue().isEmpty()) continue;
            try {
                double seconds = Double.parseDouble(h.getValue().get(0).trim());
                return seconds >= 0 ? Duration.ofMillis((long) (seconds * 1000)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static final class Builder implements HttpClientBuilder {
        private Duration connect;
        private Duration read;

        Builder(Duration timeout) {
            this.connect = Duration.ofSeconds(Math.min(10, Math.max(1, timeout.toSeconds())));
            this.read = timeout;
        }

        @Override
        public Duration connectTimeout() {
            return connect;
        }

        @Override
        public HttpClientBuilder connectTimeout(Duration timeout) {
            if (timeout != null) connect = timeout;
            return this;
        }

        @Override
        public Duration readTimeout() {
            return read;
        }

        @Override
        public HttpClientBuilder readTimeout(Duration timeout) {
            if (timeout != null) read = timeout;
            return this;
        }

        @Override
        public HttpClient build() {
            return new ProviderHttpClient(connect, read);
        }
    }
}
