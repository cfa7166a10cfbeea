package dev.fridgechef.server;

import dev.fridgechef.profile.ActivityLevel;
import dev.fridgechef.profile.Goal;
import dev.fridgechef.profile.Profile;
import dev.fridgechef.profile.Sex;
import dev.fridgechef.profile.TargetCalculator;
import dev.fridgechef.profile.Targets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** /api/v1/profile: personal, validated as core validates it, with core's targets, ETag and If-Match. */
class ProfileApiTest {
    static Api api;

    @BeforeAll
    static void start() {
        api = new Api(TestServer.shared());
    }

    static Map<String, Object> complete() {
        Map<String, Object> p = new HashMap<>();
        p.put("sex", "female");
        p.put("age", 34);
        p.put("heightCm", 168);
        p.put("weightKg", 64.5);
        p.put("activity", "moderate");
        p.put("goal", "lose");
        p.put("diet", "vegetarian");
        p.put("allergies", List.of("peanuts", "sesame"));
        p.put("dislikes", List.of("olives"));
        p.put("householdSize", 2);
        p.put("conditions", List.of("hypertension"));
        return p;
    }

    @Test
    void aProfileIsSavedWithCoresTargets() {
        Api.Session s = api.register("prof");
        Api.Reply empty = api.get("/api/v1/profile", s.access());
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().path("targets").isNull()).isTrue();
        assertThat(empty.json().path("missingForTargets")).extracting(n -> n.asText()).contains("sex", "age", "height", "weight", "activity");

        Api.Reply saved = api.send("PUT", "/api/v1/profile", s.access(), complete(), Map.of());
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        assertThat(saved.text("diet")).isEqualTo("vegetarian");
        assertThat(saved.json().path("allergies")).extracting(n -> n.asText()).containsExactly("peanuts", "sesame");
        assertThat(saved.json().path("householdSize").asInt()).isEqualTo(2);
        assertThat(saved.json().path("version").asLong()).isEqualTo(1);
        int year = Year.now().getValue();
        Targets expected = TargetCalculator.compute(new Profile(Sex.FEMALE, year - 34, 168.0, 64.5, ActivityLevel.MODERATE, Goal.LOSE,
                null, dev.fridgechef.profile.Diet.VEGETARIAN, null, null, null), year);
        assertThat(saved.json().path("targets").path("energy").asDouble()).isCloseTo(expected.energy(), within(1e-6));
        assertThat(saved.json().path("targets").path("protein").asDouble()).isCloseTo(expected.protein(), within(1e-6));

        Api.Reply read = api.get("/api/v1/profile", s.access());
        assertThat(read.header("ETag")).isEqualTo(saved.header("ETag"));
        assertThat(api.get("/api/v1/profile", s.access(), Map.of("If-None-Match", read.header("ETag"))).status()).isEqualTo(304);

        // profiles are personal: another user (even in the same household) sees their own
        Api.Session other = api.register("prof2");
        assertThat(api.get("/api/v1/profile", other.access()).json().path("sex").isNull()).isTrue();
    }

    @Test
    void aStaleIfMatchIsRefusedAndChangesNothing() {
        Api.Session s = api.register("ifmatch");
        String first = api.send("PUT", "/api/v1/profile", s.access(), complete(), Map.of()).header("ETag");
        Map<String, Object> heavier = complete();
        heavier.put("weightKg", 70);
        Api.Reply second = api.send("PUT", "/api/v1/profile", s.access(), heavier, Map.of("If-Match", first));
        assertThat(second.status()).isEqualTo(200);
        Map<String, Object> lighter = complete();
        lighter.put("weightKg", 60);
        Api.Reply stale = api.send("PUT", "/api/v1/profile", s.access(), lighter, Map.of("If-Match", first));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.text("error")).isEqualTo("precondition_failed");
        assertThat(api.get("/api/v1/profile", s.access()).json().path("weightKg").asDouble()).isEqualTo(70.0);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        Api.Session s = api.register("badprof");
        assertField(put(s, "heightCm", 300), "heightCm");
        assertField(put(s, "age", 5), "age");
        assertField(put(s, "sex", "robot"), "sex");
        assertField(put(s, "allergies", List.of("gluten", "kryptonite")), "allergies");
        assertField(put(s, "weightKg", "heavy"), "weightKg");
        assertField(put(s, "householdSize", 13), "householdSize");
        assertField(put(s, "shoeSize", 42), "shoeSize");
        assertThat(api.send("PUT", "/api/v1/profile", s.access(), "{not an object", Map.of()).status()).isEqualTo(400);
        Api.Reply malformed = api.send("PUT", "/api/v1/profile", s.access(), null, Map.of("Content-Type", "application/json"));
        assertThat(malformed.status()).isEqualTo(400);
        Map<String, Object> huge = complete();
        huge.put("dislikes", List.of("x".repeat(70_000)));
        assertThat(api.send("PUT", "/api/v1/profile", s.access(), huge, Map.of()).status()).isEqualTo(413);
        // nothing was saved by any of them
        assertThat(api.get("/api/v1/profile", s.access()).json().path("version").asLong()).isZero();
    }

    private static Api.Reply put(Api.Session s, String field, Object value) {
        Map<String, Object> body = complete();
        body.put(field, value);
        return api.send("PUT", "/api/v1/profile", s.access(), body, Map.of());
    }

    private static void assertField(Api.Reply r, String field) {
        assertThat(r.status()).as(r.raw().body()).isEqualTo(422);
        assertThat(r.text("field")).isEqualTo(field);
    }
}
