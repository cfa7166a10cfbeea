package dev.fridgechef.server.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes the users the load runs as, a household at a time: the first member registers (which logs
 * it in) and creates the household; a household of 2 or 3 invites the others by code and they
 * register and join; every member puts a complete profile, the members fill the fridge with 10 to
 * 25 items between them, and every member asks for a plan once (the request repeated under load
 * is then a cache hit: the cache key holds the caller's profile, so one plan per household would
 * only be a hit for the member who made it). A step that fails stops the seeding.
 */
final class Seeder {
    private static final int PLAN_ATTEMPTS = 30;

    private final Http http;
    private final Recorder recorder;
    private final String runId;

    Seeder(Http http, Recorder recorder, String runId) {
        this.http = http;
        this.recorder = recorder;
        this.runId = runId;
    }

    /** Seeds {@code users} users in households of 1 to 3, {@code parallel} households at a time. */
    List<Household> seed(int users, int parallel, long seed) throws Exception {
        Random random = new Random(seed);
        List<int[]> plan = new ArrayList<>(); // {first user number, size}
        for (int next = 0; next < users; ) {
            int roll = random.nextInt(100);
            int size = Math.min(users - next, roll < 60 ? 1 : roll < 85 ? 2 : 3);
            plan.add(new int[] {next, size});
            next += size;
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(parallel)) {
            List<Future<Household>> made = new ArrayList<>();
            for (int[] h : plan) made.add(pool.submit(() -> household(h[0], h[1], new Random(seed + h[0]))));
            List<Household> households = new ArrayList<>();
            for (Future<Household> f : made) households.add(f.get());
            return households;
        }
    }

    private Household household(int firstUser, int size, Random random) {
        Login first = register(firstUser);
        Http.Reply created = expect(http.send(recorder, "POST /api/v1/households", "POST", "/api/v1/households", first.access(),
                Map.of("name", "Home of " + first.username())), "create a household");
        Household household = new Household(created.text("id"));
        Member owner = new Member(first.username(), first.userId(), first.password(), household, first.access(), first.refresh());
        household.members.add(owner);
        if (size > 1) {
            Http.Reply invite = expect(http.send(recorder, "POST /api/v1/households/{id}/invites", "POST",
                    "/api/v1/households/" + household.id + "/invites", owner.token(http, recorder), Map.of("maxUses", size - 1)), "invite");
            for (int i = 1; i < size; i++) {
                Login login = register(firstUser + i);
                Member joiner = new Member(login.username(), login.userId(), login.password(), household, login.access(), login.refresh());
                expect(http.send(recorder, "POST /api/v1/households/join", "POST", "/api/v1/households/join", joiner.token(http, recorder),
                        Map.of("code", invite.text("code"))), "join a household");
                household.members.add(joiner);
            }
        }
        for (Member m : household.members) {
            expect(http.send(recorder, "PUT /api/v1/profile", "PUT", "/api/v1/profile", m.token(http, recorder), Kitchen.profile(random, size)),
                    "put a profile");
        }
        List<Kitchen.Item> fridge = Kitchen.fridge(random);
        for (int i = 0; i < fridge.size(); i++) {
            Member m = household.members.get(i % size);
            http.send(recorder, "POST /api/v1/stock", "POST", "/api/v1/stock", m.token(http, recorder), fridge.get(i).body());
        }
        for (Member m : household.members) plan(m);
        return household;
    }

    record Login(String username, String userId, String password, String access, String refresh) {
    }

    private Login register(int number) {
        return register(http, recorder, "load_" + runId + "_" + number, "load test password " + number);
    }

    static Login register(Http http, Recorder recorder, String name, String password) {
        Http.Reply r = expect(http.send(recorder, "POST /api/v1/auth/register", "POST", "/api/v1/auth/register", null,
                Map.of("username", name, "email", name + "@example.org", "password", password,
                        "deviceName", "load generator")), "register");
        return new Login(name, r.json().path("user").path("id").asText(), password, r.json().path("tokens").path("accessToken").asText(),
                r.json().path("tokens").path("refreshToken").asText());
    }

    /** The member's first plan; the planner's slots may all be busy (503), then it asks again after Retry-After. */
    private void plan(Member m) {
        for (int attempt = 1; attempt <= PLAN_ATTEMPTS; attempt++) {
            Http.Reply r = http.send(recorder, "POST /api/v1/plans (seeding)", "POST", "/api/v1/plans", m.token(http, recorder),
                    Kitchen.PLAN_REQUEST);
            if (r.ok()) return;
            if (r.status() != 503) expect(r, "make a plan");
            sleep(200 + ThreadLocalRandom.current().nextInt(800));
        }
        throw new IllegalStateException("the planner stayed busy for " + PLAN_ATTEMPTS + " attempts of " + m.username);
    }

    static Http.Reply expect(Http.Reply r, String what) {
        if (!r.ok()) throw new IllegalStateException("seeding could not " + what + ": HTTP " + r.status() + " " + r.json());
        return r;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
