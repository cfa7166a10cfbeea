package dev.fridgechef.server.household;

import dev.fridgechef.server.auth.Authenticator;
import dev.fridgechef.server.auth.Caller;
import dev.fridgechef.server.http.ApiException;
import dev.fridgechef.server.http.JsonBody;
import dev.fridgechef.server.http.Replies;
import dev.fridgechef.server.http.Routes;
import io.javalin.http.Context;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** /api/v1/households/*. */
public final class HouseholdRoutes {
    private final Households households;

    public HouseholdRoutes(Households households) {
        this.households = households;
    }

    public void register(Routes routes) {
        routes.user("POST", "/api/v1/households", this::create);
        routes.user("GET", "/api/v1/households/mine", this::mine);
        routes.user("POST", "/api/v1/households/join", this::join);
        routes.user("GET", "/api/v1/households/{id}", this::get);
        routes.user("POST", "/api/v1/households/{id}/leave", this::leave);
        routes.user("POST", "/api/v1/households/{id}/invites", this::createInvite);
        routes.user("GET", "/api/v1/households/{id}/invites", this::listInvites);
        routes.user("DELETE", "/api/v1/households/{id}/invites/{inviteId}", this::revokeInvite);
    }

    private void create(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        String name = JsonBody.of(ctx).string("name", 1, 100);
        Replies.json(ctx, 201, households.create(caller.userId(), name));
    }

    private void mine(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        Replies.read(ctx, households.mine(caller.userId())
                .orElseThrow(() -> ApiException.notFound("Household (you are in none)")));
    }

    private void get(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        Replies.read(ctx, households.find(caller.userId(), Routes.uuidParam(ctx, "id"))
                .orElseThrow(() -> ApiException.notFound("Household")));
    }

    private void join(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        String code = JsonBody.of(ctx).string("code", 4, 40);
        Replies.json(ctx, 200, households.join(caller.userId(), code));
    }

    private void leave(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        if (!households.leave(caller.userId(), Routes.uuidParam(ctx, "id"))) throw ApiException.notFound("Household");
        ctx.status(204);
    }

    private void createInvite(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        UUID id = Routes.uuidParam(ctx, "id");
        Optional<JsonBody> body = JsonBody.optional(ctx);
        int hours = body.flatMap(b -> b.optionalInt("validHours", 1, 24 * 30)).orElse(72);
        int maxUses = body.flatMap(b -> b.optionalInt("maxUses", 1, 50)).orElse(1);
        Households.NewInvite created = households.invite(caller.userId(), id, Duration.ofHours(hours), maxUses)
                .orElseThrow(() -> ApiException.notFound("Household"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("code", created.code());
        answer.put("invite", created.invite());
        Replies.json(ctx, 201, answer);
    }

    private void listInvites(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        Replies.read(ctx, Map.of("invites", households.invites(caller.userId(), Routes.uuidParam(ctx, "id"))
                .orElseThrow(() -> ApiException.notFound("Household"))));
    }

    private void revokeInvite(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        if (!households.revokeInvite(caller.userId(), Routes.uuidParam(ctx, "id"), Routes.uuidParam(ctx, "inviteId"))) {
            throw ApiException.notFound("Invite");
        }
        ctx.status(204);
    }
}
