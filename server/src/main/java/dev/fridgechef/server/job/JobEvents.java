package dev.fridgechef.server.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.fridgechef.server.http.Replies;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * GET /api/v1/jobs/{id}/events: server-sent events ("job", the job as GET /api/v1/jobs/{id} answers it)
 * each time its state or progress changes, read from the shared table (so a job run by another instance
 * is followed too), ending with its final state. A stream lasts at most {@code lifetime}; then a
 * "timeout" event ends it and the client polls or opens a new stream.
 */
public final class JobEvents {
    private final JobQueue queue;
    private final Duration lifetime;
    private final Duration interval;

    public JobEvents(JobQueue queue, Duration lifetime, Duration interval) {
        this.queue = queue;
        this.lifetime = lifetime;
        this.interval = interval;
    }

    void stream(Context ctx, UUID userId, UUID id) throws Exception {
        new SseHandler(lifetime.toMillis() + 5_000, client -> follow(client, userId, id)).handle(ctx);
    }

    private void follow(SseClient client, UUID userId, UUID id) {
        long deadline = System.nanoTime() + lifetime.toNanos();
        String last = null;
        try {
            while (!client.terminated()) {
                Optional<Job> job = queue.find(userId, id);
                if (job.isEmpty()) return;
                String now = json(JobRoutes.view(job.get()));
                if (!now.equals(last)) {
                    client.sendEvent("job", now);
                    last = now;
                }
                if (job.get().ended()) return;
                if (System.nanoTime() > deadline) {
                    client.sendEvent("timeout", json(Map.of("message", "This stream ended after " + lifetime.toSeconds()
                            + " s; poll " + JobRoutes.self(id) + " or open a new stream")));
                    return;
                }
                Thread.sleep(interval.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            client.close();
        }
    }

    private static String json(Object value) {
        try {
            return Replies.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
