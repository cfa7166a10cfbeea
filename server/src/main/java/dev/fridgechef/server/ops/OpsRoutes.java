package dev.fridgechef.server.ops;

import dev.fridgechef.server.http.ApiException;
import dev.fridgechef.server.http.ClientAddress;
import dev.fridgechef.server.http.Replies;
import dev.fridgechef.server.http.Routes;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * /health/live (the process answers), /health/ready (and its database does: 503 if not), /metrics
 * (Prometheus text format; with a metrics token only for {@code Authorization: Bearer TOKEN}, else
 * 401, and without one only for a client on this machine, else 403, since it tells who is active and
 * what the AI costs) and /openapi.json (the hand-written description of the API, a resource
 * kept true by OpenApiTest, which checks every registered route is in it).
 */
public final class OpsRoutes {
    public static final String OPENAPI = "/fridgechef/server/openapi.json";

    private final Metrics metrics;
    private final BooleanSupplier databaseReachable;
    private final byte[] openApi;
    private final Optional<byte[]> metricsToken;
    private final ClientAddress clientAddress;

    public OpsRoutes(Metrics metrics, BooleanSupplier databaseReachable, Optional<String> metricsToken, ClientAddress clientAddress) {
        this.metrics = metrics;
        this.clientAddress = clientAddress;
        this.databaseReachable = databaseReachable;
        this.metricsToken = metricsToken.map(t -> ("Bearer " + t).getBytes(StandardCharsets.UTF_8));
        try (InputStream in = OpsRoutes.class.getResourceAsStream(OPENAPI)) {
            if (in == null) throw new IllegalStateException(OPENAPI + " is missing from the jar");
            this.openApi = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void register(Routes routes) {
        routes.open("GET", "/health/live", ctx -> Replies.json(ctx, 200, Map.of("status", "up")));
        routes.open("GET", "/health/ready", this::ready);
        routes.open("GET", "/metrics", this::metrics);
        routes.open("GET", "/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    }

    private void metrics(Context ctx) {
        if (metricsToken.isPresent()) {
            String sent = ctx.header("Authorization");
            if (sent == null || !MessageDigest.isEqual(metricsToken.get(), sent.getBytes(StandardCharsets.UTF_8))) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"metrics\"");
                throw new ApiException(401, "metrics_token", "/metrics needs the server's metrics token: Authorization: Bearer TOKEN");
            }
        } else if (!loopback(clientAddress.of(ctx))) {
            throw new ApiException(403, "metrics_local_only",
                    "/metrics answers other machines only when the server has a metrics token (FRIDGECHEF_METRICS_TOKEN)");
        }
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }

    /** Whether {@code address}, an IP literal, is this machine's; anything else (a name, junk in a header) is not. */
    static boolean loopback(String address) {
        if (address == null || address.isEmpty() || !address.matches("[0-9a-fA-F:.]+")) return false;
        try {
            return InetAddress.getByName(address).isLoopbackAddress(); // a literal: no lookup
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private void ready(Context ctx) {
        boolean up = databaseReachable.getAsBoolean();
        Replies.json(ctx, up ? 200 : 503, Map.of("status", up ? "ready" : "database unreachable"));
    }
}
