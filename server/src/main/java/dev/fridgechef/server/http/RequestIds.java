package dev.fridgechef.server.http;

import io.javalin.http.Context;
import org.slf4j.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request has an id: the client's X-Request-Id when it is a sane token, else a new one. It is
 * echoed in the answer and put in the logging context (MDC key {@code requestId}), so each JSON log
 * line of the request carries it.
 */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestIds() {
    }

    public static void begin(Context ctx) {
        String given = ctx.header(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.attribute(MDC_KEY, id);
        ctx.header(HEADER, id);
        MDC.put(MDC_KEY, id);
    }

    public static String of(Context ctx) {
        String id = ctx.attribute(MDC_KEY);
        return id == null ? "-" : id;
    }
}
