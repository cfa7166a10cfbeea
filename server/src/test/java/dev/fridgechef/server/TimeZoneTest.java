package dev.fridgechef.server;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's "today" is where they are: with a profile in UTC+14 (Kiritimati), a relative expiry,
 * a plan without a start and a meal logged without a time all take that zone's date, which is
 * never UTC's. Each expected date is read before and after the request (a midnight in between
 * allows either).
 */
class TimeZoneTest {
    static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
    static Api api;

    @BeforeAll
    static void start() {
        api = new Api(TestServer.shared());
    }

    @Test
    void expiryPlansAndTheDiaryCountFromTheProfilesTimeZone() {
        Api.Session s = api.register("kiri");
        assertThat(api.post("/api/v1/households", s.access(), Map.of("name", "kiri's home")).status()).isEqualTo(201);
        Map<String, Object> profile = new HashMap<>(ProfileApiTest.complete());
        profile.put("timeZone", "Pacific/Kiritimati");
        Api.Reply saved = api.send("PUT", "/api/v1/profile", s.access(), profile, Map.of());
        assertThat(saved.status()).as(saved.raw().body()).isEqualTo(200);
        assertThat(saved.text("timeZone")).isEqualTo("Pacific/Kiritimati");
        assertThat(api.get("/api/v1/profile", s.access()).text("timeZone")).isEqualTo("Pacific/Kiritimati");

        assertToday(() -> api.post("/api/v1/stock", s.access(), Map.of("name", "milk", "quantity", 1, "unit", "l", "expires", "+3d")),
                r -> LocalDate.parse(r.text("expiresOn")).minusDays(3));
        api.post("/api/v1/stock", s.access(), Map.of("name", "rice", "quantity", 1, "unit", "kg"));
        assertToday(() -> api.post("/api/v1/plans", s.access(), Map.of("days", 1, "meals", List.of("lunch"))),
                r -> LocalDate.parse(r.json().path("days").get(0).path("date").asText()));
        assertToday(() -> api.post("/api/v1/diary/entries", s.access(), Map.of("foodId", "09003", "grams", 150)),
                r -> LocalDate.parse(r.json().path("session").path("date").asText()));
    }

    @Test
    void aTimeZoneIsAnIanaName() {
        Api.Session s = api.register("zone");
        for (String bad : List.of("+03:00", "Mars/Olympus", "GMT+3", "x".repeat(61))) {
            Map<String, Object> profile = new HashMap<>(ProfileApiTest.complete());
            profile.put("timeZone", bad);
            Api.Reply r = api.send("PUT", "/api/v1/profile", s.access(), profile, Map.of());
            assertThat(r.status()).as(bad + ": " + r.raw().body()).isEqualTo(422);
            assertThat(r.text("field")).isEqualTo("timeZone");
        }
        Api.Reply utc = api.send("PUT", "/api/v1/profile", s.access(), ProfileApiTest.complete(), Map.of());
        assertThat(utc.text("timeZone")).as("none given: UTC").isEqualTo("UTC");
    }

    private static void assertToday(Supplier<Api.Reply> request, java.util.function.Function<Api.Reply, LocalDate> dateOf) {
        LocalDate before = LocalDate.now(KIRITIMATI);
        Api.Reply r = request.get();
        LocalDate after = LocalDate.now(KIRITIMATI);
        assertThat(r.status()).as(r.raw().body()).isBetween(200, 201);
        assertThat(dateOf.apply(r)).isIn(before, after);
        assertThat(before).isNotEqualTo(LocalDate.now(ZoneId.of("UTC")).minusDays(1)); // UTC+14 is always ahead of UTC's yesterday
    }
}
