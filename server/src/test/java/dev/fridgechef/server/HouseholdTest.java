package dev.fridgechef.server;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Households and invites, and the scoping rule: another household's ids answer 404. */
class HouseholdTest {
    static Api api;

    @BeforeAll
    static void start() {
        api = new Api(TestServer.shared());
    }

    @Test
    void aMemberInvitesAndTheInviteeJoins() {
        Api.Session ann = api.register("ann");
        Api.Session ben = api.register("ben");
        Api.Reply created = api.post("/api/v1/households", ann.access(), Map.of("name", "Flat 3"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.text("id");
        Api.Reply invite = api.post("/api/v1/households/" + id + "/invites", ann.access(), Map.of("validHours", 24));
        assertThat(invite.status()).isEqualTo(201);
        String code = invite.text("code");
        assertThat(code).hasSize(12);

        Api.Reply joined = api.post("/api/v1/households/join", ben.access(), Map.of("code", code.toLowerCase()));
        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.text("id")).isEqualTo(id);
        Api.Reply mine = api.get("/api/v1/households/mine", ann.access());
        assertThat(mine.json().path("members")).extracting(m -> m.path("username").asText())
                .containsExactlyInAnyOrder(ann.username(), ben.username());
        assertThat(mine.header("ETag")).isNotBlank();

        // single use by default
        Api.Session cid = api.register("cid");
        assertThat(api.post("/api/v1/households/join", cid.access(), Map.of("code", code)).status()).isEqualTo(404);
        // one household at a time
        assertThat(api.post("/api/v1/households", ben.access(), Map.of("name", "Another")).status()).isEqualTo(409);
    }

    @Test
    void anotherHouseholdCanNeitherBeReadNorChanged() {
        Api.Session a = api.register("owner");
        Api.Session b = api.register("prober");
        String home = api.post("/api/v1/households", a.access(), Map.of("name", "A's home")).text("id");
        String inviteId = api.post("/api/v1/households/" + home + "/invites", a.access(), Map.of()).json().path("invite").path("id").asText();
        api.post("/api/v1/households", b.access(), Map.of("name", "B's home"));

        String base = "/api/v1/households/" + home;
        assertNotFound(api.get(base, b.access()));
        assertNotFound(api.get(base + "/invites", b.access()));
        assertNotFound(api.post(base + "/invites", b.access(), Map.of()));
        assertNotFound(api.delete(base + "/invites/" + inviteId, b.access()));
        assertNotFound(api.post(base + "/leave", b.access(), Map.of()));
        // a guessed id answers exactly like a foreign one
        assertNotFound(api.get("/api/v1/households/" + UUID.randomUUID(), b.access()));
        assertNotFound(api.get("/api/v1/households/not-a-uuid", b.access()));

        // A's household and invite are untouched
        assertThat(api.get(base, a.access()).json().path("members")).hasSize(1);
        assertThat(api.get(base + "/invites", a.access()).json().path("invites").get(0).path("revoked").asBoolean()).isFalse();
    }

    @Test
    void aRevokedOrExpiredCodeNoLongerJoins() {
        Api.Session a = api.register("host");
        Api.Session b = api.register("guest");
        String home = api.post("/api/v1/households", a.access(), Map.of("name", "Home")).text("id");
        Api.Reply invite = api.post("/api/v1/households/" + home + "/invites", a.access(), Map.of("maxUses", 5));
        assertThat(api.delete("/api/v1/households/" + home + "/invites/" + invite.json().path("invite").path("id").asText(),
                a.access()).status()).isEqualTo(204);
        assertThat(api.post("/api/v1/households/join", b.access(), Map.of("code", invite.text("code"))).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/households/" + home + "/invites", a.access(), Map.of("validHours", 0)).text("field"))
                .isEqualTo("validHours");
        // no body at all: the defaults (72 hours, one use)
        Api.Reply defaults = api.postRaw("/api/v1/households/" + home + "/invites", a.access(), "");
        assertThat(defaults.status()).isEqualTo(201);
        assertThat(defaults.json().path("invite").path("maxUses").asInt()).isEqualTo(1);
    }

    @Test
    void theLastMemberLeavingDeletesTheHousehold() {
        Api.Session a = api.register("leaver");
        String home = api.post("/api/v1/households", a.access(), Map.of("name", "Short-lived")).text("id");
        assertThat(api.post("/api/v1/households/" + home + "/leave", a.access(), Map.of()).status()).isEqualTo(204);
        assertNotFound(api.get("/api/v1/households/mine", a.access()));
        assertThat(api.post("/api/v1/households", a.access(), Map.of("name", "Next")).status()).isEqualTo(201);
    }

    private static void assertNotFound(Api.Reply r) {
        assertThat(r.status()).as(r.raw().uri().toString()).isEqualTo(404);
        assertThat(r.text("error")).isEqualTo("not_found");
    }
}
