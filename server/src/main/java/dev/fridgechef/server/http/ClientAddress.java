package dev.fridgechef.server.http;

import io.javalin.http.Context;

/**
 * Who sent a request. Directly exposed, that is the socket's peer: X-Forwarded-For is ignored, as
 * anybody can send it (Javalin's own {@code ctx.ip()} would believe it, so it is not used). Behind a
 * reverse proxy ({@code --behind-proxy}) the peer is the proxy, and the address is the last entry of
 * X-Forwarded-For, the one the proxy itself appended (earlier entries come from the client).
 */
public record ClientAddress(boolean behindProxy) {

    public String of(Context ctx) {
        if (behindProxy) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                String last = hops[hops.length - 1].strip();
                if (!last.isEmpty() && last.length() <= 64) return last;
            }
        }
        return ctx.req().getRemoteAddr();
    }

    /** https or http, as the client used it (from X-Forwarded-Proto only behind a proxy). */
    public String scheme(Context ctx) {
        if (behindProxy) {
            String proto = ctx.header("X-Forwarded-Proto");
            if ("https".equalsIgnoreCase(proto) || "http".equalsIgnoreCase(proto)) return proto.toLowerCase();
        }
        return ctx.req().getScheme();
    }
}
