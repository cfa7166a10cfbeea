package dev.fridgechef.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Where the feature routes register: {@link #open} for routes anybody may call, {@link #user} for
 * routes that need a logged-in user (the authenticator runs first). Keeps the list of what it
 * registered (the OpenAPI test compares it with /openapi.json).
 */
public final class Routes {
    private final RoutesConfig javalin;
    private final Consumer<Context> authenticator;
    private final List<Route> registered = new ArrayList<>();

    public Routes(RoutesConfig javalin, Consumer<Context> authenticator) {
        this.javalin = javalin;
        this.authenticator = authenticator;
    }

    public record Route(String method, String path, boolean needsUser) {
    }

    public void open(String method, String path, Handler handler) {
        add(new Route(method, path, false), handler);
    }

    public void user(String method, String path, Handler handler) {
        add(new Route(method, path, true), ctx -> {
            authenticator.accept(ctx);
            handler.handle(ctx);
        });
    }

    public List<Route> registered() {
        return List.copyOf(registered);
    }

    private void add(Route route, Handler handler) {
        registered.add(route);
        javalin.addHttpHandler(HandlerType.findOrCreate(route.method()), route.path(), handler);
    }

    /** A path parameter that must be a UUID; anything else names nothing here (404). */
    public static UUID uuidParam(Context ctx, String name) {
        try {
            return UUID.fromString(ctx.pathParam(name));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("That " + name);
        }
    }
}
