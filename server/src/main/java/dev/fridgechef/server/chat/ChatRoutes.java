package dev.fridgechef.server.chat;

import dev.fridgechef.server.auth.Authenticator;
import dev.fridgechef.server.auth.Caller;
import dev.fridgechef.server.http.ApiException;
import dev.fridgechef.server.http.JsonBody;
import dev.fridgechef.server.http.Replies;
import dev.fridgechef.server.http.Routes;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** /api/v1/chat/conversations: the caller's own conversations and their messages (another user's answer 404). */
public final class ChatRoutes {
    public static final int MAX_TITLE = 120;
    public static final int MAX_TEXT = 4000;
    private static final String BASE = "/api/v1/chat/conversations";

    private final ChatStore store;
    private final ChatService chat;

    public ChatRoutes(ChatStore store, ChatService chat) {
        this.store = store;
        this.chat = chat;
    }

    public void register(Routes routes) {
        routes.user("GET", BASE, this::list);
        routes.user("POST", BASE, this::create);
        routes.user("GET", BASE + "/{id}", this::get);
        routes.user("PATCH", BASE + "/{id}", this::rename);
        routes.user("DELETE", BASE + "/{id}", this::delete);
        routes.user("GET", BASE + "/{id}/messages", this::messages);
        routes.user("POST", BASE + "/{id}/messages", this::ask);
    }

    private void list(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        Paging paging = Paging.of(ctx, 20, 100);
        ChatStore.Page<Conversation> page = store.list(caller.userId(), paging.limit(), paging.offset());
        Replies.read(ctx, page(page, "conversations", paging));
    }

    private void create(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        String title = JsonBody.optional(ctx).flatMap(b -> b.optionalString("title", 0, MAX_TITLE)).map(ChatRoutes::title).orElse("");
        Replies.json(ctx, 201, store.create(caller.userId(), title));
    }

    private void get(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        Replies.read(ctx, store.find(caller.userId(), Routes.uuidParam(ctx, "id")).orElseThrow(ChatRoutes::notFound));
    }

    private void rename(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        UUID id = Routes.uuidParam(ctx, "id");
        String title = title(JsonBody.of(ctx).string("title", 1, MAX_TITLE));
        if (title.isEmpty()) throw ApiException.invalidField("title", "must hold some visible text");
        Replies.json(ctx, 200, store.rename(caller.userId(), id, title).orElseThrow(ChatRoutes::notFound));
    }

    private void delete(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        if (!store.delete(caller.userId(), Routes.uuidParam(ctx, "id"))) throw notFound();
        ctx.status(204);
    }

    private void messages(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        UUID id = Routes.uuidParam(ctx, "id");
        Paging paging = Paging.of(ctx, 50, 200);
        ChatStore.Page<StoredMessage> page = store.messages(caller.userId(), id, paging.limit(), paging.offset())
                .orElseThrow(ChatRoutes::notFound);
        Replies.read(ctx, page(page, "messages", paging));
    }

    private void ask(Context ctx) {
        Caller caller = Authenticator.caller(ctx);
        UUID id = Routes.uuidParam(ctx, "id");
        JsonBody body = JsonBody.of(ctx);
        String text = body.string("text", 1, MAX_TEXT);
        String language = body.optionalString("language", 2, 2).orElse("en");
        if (!language.equals("en") && !language.equals("ru")) throw ApiException.invalidField("language", "must be \"en\" or \"ru\"");
        Replies.json(ctx, 201, chat.ask(caller.userId(), id, text, language.equals("ru")));
    }

    private static Map<String, Object> page(ChatStore.Page<?> page, String name, Paging paging) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(name, page.items());
        body.put("total", page.total());
        body.put("limit", paging.limit());
        body.put("offset", paging.offset());
        return body;
    }

    /** One line without control or direction characters. */
    private static String title(String text) {
        return dev.fridgechef.text.SafeText.clean(text).replaceAll("\\s+", " ").strip();
    }

    private static ApiException notFound() {
        return ApiException.notFound("Conversation");
    }
}
