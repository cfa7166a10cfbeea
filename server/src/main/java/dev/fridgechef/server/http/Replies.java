package dev.fridgechef.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.fridgechef.text.Sha256;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON answers. A read ({@link #read}) carries a strong ETag of its exact bytes, and a request whose
 * If-None-Match names it gets 304 with no body.
 */
public final class Replies {
    public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Replies() {
    }

    public static void json(Context ctx, int status, Object value) {
        ctx.status(status).contentType("application/json").result(bytes(value));
    }

    /** A read with an ETag. */
    public static void read(Context ctx, Object value) {
        byte[] body = bytes(value);
        String etag = etagOf(body);
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "private, no-cache");
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        ctx.status(200).contentType("application/json").result(body);
    }

    /** The ETag {@link #read} gives this value: what an If-Match header must name to change it. */
    public static String etag(Object value) {
        return etagOf(bytes(value));
    }

    /**
     * Refuses (412) a change whose If-Match header names none of the current ETag; a request without
     * If-Match (null) is unconditional.
     */
    public static void checkIfMatch(String ifMatch, String currentEtag) {
        if (ifMatch != null && !matches(ifMatch, currentEtag)) {
            throw new ApiException(412, "precondition_failed", "It was changed since you read it (If-Match does not match); read it again");
        }
    }

    public static void error(Context ctx, ApiException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.code());
        body.put("message", e.getMessage());
        e.field().ifPresent(f -> body.put("field", f));
        e.headers().forEach(ctx::header);
        json(ctx, e.status(), body);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) return true;
        }
        return false;
    }

    private static String etagOf(byte[] body) {
        return "\"" + Sha256.hex(body).substring(0, 32) + "\"";
    }

    private static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer as JSON", e);
        }
    }
}
