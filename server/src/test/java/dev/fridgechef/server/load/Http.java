package dev.fridgechef.server.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

/**
 * The JDK HTTP client (HTTP/1.1 with keep-alive, as a browser or the desktop app would talk to the
 * server) timing each request into a {@link Recorder} under its route label. A request that gets no
 * answer within the timeout, or whose connection fails, is recorded with status 0.
 */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final String base;
    private final Duration timeout;

    Http(String base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    }

    record Reply(int status, JsonNode json) {
        boolean ok() {
            return status >= 200 && status <= 299;
        }

        String text(String field) {
            return json.path(field).asText();
        }
    }

    /** Sends one request (body: an object written as JSON, or null) and records it under {@code route}. */
    Reply send(Recorder recorder, String route, String method, String path, String token, Object body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
        if (token != null) b.header("Authorization", "Bearer " + token);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        }
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            recorder.record(route, System.nanoTime() - started, response.statusCode());
            return new Reply(response.statusCode(), parse(response.body()));
        } catch (IOException e) {
            recorder.record(route, System.nanoTime() - started, RouteStats.NO_ANSWER);
            return new Reply(RouteStats.NO_ANSWER, MissingNode.getInstance());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            recorder.record(route, System.nanoTime() - started, RouteStats.NO_ANSWER);
            return new Reply(RouteStats.NO_ANSWER, MissingNode.getInstance());
        }
    }

    /** A plain GET that is not recorded (health checks, metrics). */
    String getText(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IOException(path + " answered " + r.statusCode());
        return r.body();
    }

    String base() {
        return base;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isEmpty()) return MissingNode.getInstance();
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return MissingNode.getInstance();
        }
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
