package dev.fridgechef.server.chat;

import dev.fridgechef.server.http.ApiException;
import io.javalin.http.Context;

/** {@code ?limit=&offset=} of a list: limit 1..{@code max} (default {@code standard}), offset 0 or more; else 422. */
record Paging(int limit, int offset) {
    static Paging of(Context ctx, int standard, int max) {
        return new Paging(number(ctx, "limit", standard, 1, max), number(ctx, "offset", 0, 0, 1_000_000));
    }

    private static int number(Context ctx, String name, int standard, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) return standard;
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ApiException.invalidField(name, "must be a whole number from " + min + " to " + max);
    }
}
