package dev.fridgechef.server;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static dev.fridgechef.server.AiTesting.conversation;
import static org.assertj.core.api.Assertions.assertThat;

/** Conversations are personal: another user, even of the same household, gets 404 for them; inputs are checked. */
class ChatAccessTest {
    static Api api;

    @BeforeAll
    static void start() {
        api = new Api(TestServer.shared());
    }

    @Test
    void anotherUsersConversationIsNotFoundEvenInTheSameHousehold() {
        Api.Session a = api.register("chatowner");
        Api.Session b = api.register("housemate");
        String home = api.post("/api/v1/households", a.access(), Map.of("name", "Shared flat")).text("id");
        String code = api.post("/api/v1/households/" + home + "/invites", a.access(), Map.of()).text("code");
        assertThat(api.post("/api/v1/households/join", b.access(), Map.of("code", code)).status()).isEqualTo(200);

        String id = api.post("/api/v1/chat/conversations", a.access(), Map.of("title", "Private")).text("id");
        String base = "/api/v1/chat/conversations/" + id;
        assertNotFound(api.get(base, b.access()));
        assertNotFound(api.get(base + "/messages", b.access()));
        assertNotFound(api.post(base + "/messages", b.access(), Map.of("text", "Let me in")));
        assertNotFound(AiTesting.patch(TestServer.shared(), base, b.access(), Map.of("title", "Mine now")));
        assertNotFound(api.delete(base, b.access()));
        assertNotFound(api.get("/api/v1/chat/conversations/" + UUID.randomUUID(), b.access()));
        assertNotFound(api.get("/api/v1/chat/conversations/42", b.access()));
        assertThat(api.get("/api/v1/chat/conversations", b.access()).json().path("total").asInt()).isZero();

        // untouched
        Api.Reply mine = api.get(base, a.access());
        assertThat(mine.text("title")).isEqualTo("Private");
        assertThat(api.get("/api/v1/chat/conversations", a.access()).json().path("total").asInt()).isEqualTo(1);
    }

    @Test
    void conversationsAreListedRenamedAndDeletedWithPages() {
        Api.Session s = api.register("chatter");
        for (int i = 0; i < 3; i++) api.post("/api/v1/chat/conversations", s.access(), Map.of("title", "Talk " + i));
        Api.Reply page = api.get("/api/v1/chat/conversations?limit=2&offset=0", s.access());
        assertThat(page.json().path("conversations")).hasSize(2);
        assertThat(page.json().path("total").asInt()).isEqualTo(3);
        assertThat(api.get("/api/v1/chat/conversations?limit=2&offset=2", s.access()).json().path("conversations")).hasSize(1);
        assertThat(page.header("ETag")).isNotBlank();
        assertThat(api.get("/api/v1/chat/conversations?limit=2&offset=0", s.access(), Map.of("If-None-Match", page.header("ETag"))).status())
                .isEqualTo(304);

        String id = conversation(api, s);
        assertThat(api.get("/api/v1/chat/conversations/" + id, s.access()).text("title")).isEmpty();
        Api.Reply renamed = AiTesting.patch(TestServer.shared(), "/api/v1/chat/conversations/" + id, s.access(), Map.of("title", " Dinner\u202E ideas "));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.text("title")).isEqualTo("Dinner ideas");
        assertThat(api.delete("/api/v1/chat/conversations/" + id, s.access()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/chat/conversations/" + id, s.access()).status()).isEqualTo(404);
    }

    @Test
    void inputsOutOfRangeAreRefusedClearly() {
        Api.Session s = api.register("sizer");
        String id = conversation(api, s);
        String base = "/api/v1/chat/conversations/" + id;
        Api.Reply longText = api.post(base + "/messages", s.access(), Map.of("text", "x".repeat(4001)));
        assertThat(longText.status()).isEqualTo(422);
        assertThat(longText.text("field")).isEqualTo("text");
        assertThat(api.post(base + "/messages", s.access(), Map.of("text", "   ")).text("field")).isEqualTo("text");
        assertThat(api.post(base + "/messages", s.access(), Map.of("text", 42)).text("field")).isEqualTo("text");
        assertThat(api.post(base + "/messages", s.access(), Map.of("text", "hi", "language", "de")).text("field")).isEqualTo("language");
        assertThat(api.postRaw(base + "/messages", s.access(), "{\"text\": \"" + "y".repeat(70_000) + "\"}").status()).isEqualTo(413);
        assertThat(api.postRaw(base + "/messages", s.access(), "{\"text\": ").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/chat/conversations", s.access(), Map.of("title", "t".repeat(121))).text("field")).isEqualTo("title");
        assertThat(AiTesting.patch(TestServer.shared(), base, s.access(), Map.of("title", "")).text("field")).isEqualTo("title");
        assertThat(api.get("/api/v1/chat/conversations?limit=0", s.access()).text("field")).isEqualTo("limit");
        assertThat(api.get("/api/v1/chat/conversations?offset=-1", s.access()).text("field")).isEqualTo("offset");
        assertThat(api.get(base + "/messages?limit=abc", s.access()).text("field")).isEqualTo("limit");
        assertThat(api.get("/api/v1/chat/conversations", null).status()).isEqualTo(401);
        // nothing was stored by any of it
        assertThat(api.get(base + "/messages", s.access()).json().path("total").asInt()).isZero();
    }

    private static void assertNotFound(Api.Reply r) {
        assertThat(r.status()).as(r.raw().uri().toString()).isEqualTo(404);
        assertThat(r.text("error")).isEqualTo("not_found");
    }
}
