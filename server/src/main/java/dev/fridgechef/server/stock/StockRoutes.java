package dev.fridgechef.server.stock;

import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.server.auth.Authenticator;
import dev.fridgechef.server.auth.Caller;
import dev.fridgechef.server.http.ApiException;
import dev.fridgechef.server.http.JsonBody;
import dev.fridgechef.server.http.Replies;
import dev.fridgechef.server.http.Routes;
import io.javalin.http.Context;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** /api/v1/stock/*: the household's shared stock. */
public final class StockRoutes {
    private static final Set<String> ITEM_FIELDS = Set.of("name", "foodId", "quantity", "unit", "location", "expires", "opened", "note", "force");
    private static final double MAX_QUANTITY = 1_000_000;

    private final Stock stock;

    public StockRoutes(Stock stock) {
        this.stock = stock;
    }

    public void register(Routes routes) {
        routes.user("GET", "/api/v1/stock", this::list);
        routes.user("POST", "/api/v1/stock", this::add);
        routes.user("GET", "/api/v1/stock/{id}", this::get);
        routes.user("PATCH", "/api/v1/stock/{id}", this::patch);
        routes.user("DELETE", "/api/v1/stock/{id}", this::delete);
        routes.user("POST", "/api/v1/stock/{id}/use", this::use);
    }

    private void list(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        List<StockItemView> items = stock.list(caller.userId()).stream().map(i -> StockItemView.of(i, stock.foods())).toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", items);
        answer.put("count", items.size());
        answer.put("maxItems", Stock.MAX_ITEMS);
        Replies.read(ctx, answer);
    }

    private void add(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        JsonBody body = JsonBody.of(ctx).only(ITEM_FIELDS);
        ItemDraft draft = new ItemDraft(body.string("name", 1, 200), quantity(body, true), body.string("unit", 1, 60),
                body.optionalString("location", 1, 40).orElse(null), body.optionalString("expires", 1, 40).orElse(null),
                body.optionalBoolean("opened").map(String::valueOf).orElse(null), body.optionalString("note", 0, 1000).orElse(null),
                body.optionalString("foodId", 1, 40).orElse(null));
        StockItem added = stock.add(caller.userId(), draft, body.optionalBoolean("force").orElse(false));
        ctx.header("Location", "/api/v1/stock/" + added.id());
        Replies.json(ctx, 201, StockItemView.of(added, stock.foods()));
    }

    private void get(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        Replies.read(ctx, StockItemView.of(stock.find(caller.userId(), Routes.uuidParam(ctx, "id"))
                .orElseThrow(() -> ApiException.notFound("Stock item")), stock.foods()));
    }

    /** Changes the fields given; "expires": null clears the expiry, "note": null the note. */
    private void patch(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        UUID id = Routes.uuidParam(ctx, "id");
        JsonBody body = JsonBody.of(ctx).only(ITEM_FIELDS);
        boolean clearNote = body.has("note") && body.optionalString("note", 0, 1000).isEmpty();
        ItemDraft changes = new ItemDraft(body.optionalString("name", 1, 200).orElse(null), quantity(body, false),
                body.optionalString("unit", 1, 60).orElse(null), body.optionalString("location", 1, 40).orElse(null),
                body.optionalString("expires", 1, 40).orElse(null), body.optionalBoolean("opened").map(String::valueOf).orElse(null),
                clearNote ? "" : body.optionalString("note", 0, 1000).orElse(null), body.optionalString("foodId", 1, 40).orElse(null));
        boolean clearExpiry = body.has("expires") && changes.expires() == null;
        StockItem changed = stock.edit(caller.userId(), id, changes, clearExpiry, body.optionalBoolean("force").orElse(false),
                ctx.header("If-Match"));
        Replies.json(ctx, 200, StockItemView.of(changed, stock.foods()));
    }

    private void delete(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        stock.delete(caller.userId(), Routes.uuidParam(ctx, "id"), ctx.header("If-Match"));
        ctx.status(204);
    }

    private void use(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        UUID id = Routes.uuidParam(ctx, "id");
        JsonBody body = JsonBody.of(ctx).only(Set.of("quantity", "unit"));
        double quantity = body.optionalNumber("quantity", 0, false, MAX_QUANTITY)
                .orElseThrow(() -> ApiException.invalidField("quantity", "is required"));
        if (quantity <= 0) throw ApiException.invalidField("quantity", "must be more than zero");
        Stock.Used used = stock.use(caller.userId(), id, quantity, body.optionalString("unit", 1, 60).orElse(null), ctx.header("If-Match"));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("taken", used.taken());
        answer.put("unit", used.unit());
        answer.put("left", used.left());
        answer.put("removed", used.item().isEmpty());
        answer.put("item", used.item().map(i -> StockItemView.of(i, stock.foods())).orElse(null));
        Replies.json(ctx, 200, answer);
    }

    /** The quantity as core reads it (text), after the API's own type and range check. */
    private static String quantity(JsonBody body, boolean required) {
        var value = body.optionalNumber("quantity", 0, false, MAX_QUANTITY);
        if (value.isEmpty() && required) throw ApiException.invalidField("quantity", "is required");
        return value.map(q -> BigDecimal.valueOf(q).stripTrailingZeros().toPlainString()).orElse(null);
    }
}
