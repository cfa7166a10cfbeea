package dev.fridgechef.server.admin;

import dev.fridgechef.server.ai.AiBalances;
import dev.fridgechef.server.auth.Authenticator;
import dev.fridgechef.server.auth.Caller;
import dev.fridgechef.server.http.ApiException;
import dev.fridgechef.server.http.JsonBody;
import dev.fridgechef.server.http.Replies;
import dev.fridgechef.server.http.Routes;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** /api/v1/admin/*: users and their balances, token grants, roles, AI use and costs. Admins only (403 for anyone else). */
public final class AdminRoutes {
    public static final long MAX_GRANT = 1_000_000_000L;
    private static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    private final AdminGuard guard;
    private final AdminReports reports;
    private final AiBalances balances;
    private final Clock clock;

    public AdminRoutes(AdminGuard guard, AdminReports reports, AiBalances balances, Clock clock) {
        this.guard = guard;
        this.reports = reports;
        this.balances = balances;
        this.clock = clock;
    }

    public void register(Routes routes) {
        routes.user("GET", "/api/v1/admin/users", this::users);
        routes.user("POST", "/api/v1/admin/users/{id}/balance", this::grant);
        routes.user("POST", "/api/v1/admin/users/{id}/role", this::role);
        routes.user("GET", "/api/v1/admin/generations", this::generations);
        routes.user("GET", "/api/v1/admin/stats", this::stats);
    }

    private Caller admin(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        guard.require(caller);
        return caller;
    }

    private void users(Context ctx) {
        admin(ctx);
        int limit = number(ctx, "limit", 100, 1, 1000);
        int offset = number(ctx, "offset", 0, 0, 10_000_000);
        AdminReports.Page page = reports.users(limit, offset);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("users", page.users());
        body.put("total", page.total());
        body.put("limit", limit);
        body.put("offset", offset);
        Replies.read(ctx, body);
    }

    private void grant(Context ctx) {
        Caller caller = admin(ctx);
        UUID id = Routes.uuidParam(ctx, "id");
        int tokens = JsonBody.of(ctx).optionalInt("tokens", 1, (int) MAX_GRANT)
                .orElseThrow(() -> ApiException.invalidField("tokens", "is required"));
        if (!reports.userExists(id)) throw ApiException.notFound("User");
        long balance = balances.grant(id, tokens, caller.userId());
        Replies.json(ctx, 200, Map.of("userId", id, "granted", tokens, "balance", balance));
    }

    private void role(Context ctx) {
        Caller caller = admin(ctx);
        UUID id = Routes.uuidParam(ctx, "id");
        String role = JsonBody.of(ctx).string("role", 1, 10);
        if (!List.of("admin", "user").contains(role)) throw ApiException.invalidField("role", "must be \"admin\" or \"user\"");
        if (id.equals(caller.userId()) && role.equals("user")) {
            throw ApiException.conflict("last_admin_guard", "An admin cannot demote themselves; another admin can");
        }
        if (!reports.setRole(id, role)) throw ApiException.notFound("User");
        Replies.json(ctx, 200, Map.of("userId", id, "role", role));
    }

    private void generations(Context ctx) {
        admin(ctx);
        Instant[] period = period(ctx);
        List<UsageRow> rows = reports.usage(period[0], period[1]);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from", period[0]);
        body.put("to", period[1]);
        body.put("calls", rows.stream().mapToLong(UsageRow::calls).sum());
        body.put("tokens", rows.stream().mapToLong(r -> r.promptTokens() + r.completionTokens()).sum());
        body.put("costUsd", rows.stream().mapToDouble(UsageRow::costUsd).sum());
        body.put("byFeatureAndModel", rows);
        Replies.read(ctx, body);
    }

    private void stats(Context ctx) {
        admin(ctx);
        Instant[] period = period(ctx);
        Replies.read(ctx, reports.stats(period[0], period[1]));
    }

    /** {@code ?from=&to=}: ISO dates (a day's start, UTC) or instants; default the last 30 days; from before to. */
    private Instant[] period(Context ctx) {
        Instant to = instant(ctx, "to").orElse(clock.instant());
        Instant from = instant(ctx, "from").orElse(to.minus(DEFAULT_PERIOD));
        if (!from.isBefore(to)) throw ApiException.invalidField("from", "must be before 'to'");
        return new Instant[] {from, to};
    }

    private static java.util.Optional<Instant> instant(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) return java.util.Optional.empty();
        String t = text.strip();
        try {
            return java.util.Optional.of(t.length() == 10 ? LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(t));
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(name, "must be a date (2026-11-30) or an instant (2026-11-30T12:00:00Z)");
        }
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
