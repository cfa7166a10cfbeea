package dev.fridgechef.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.server.job.Claim;
import dev.fridgechef.server.job.JobQueue;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Plan requests queued as jobs: polling, cancelling, scoping, server-sent events, two instances, takeover, metrics. */
class JobApiTest {
    private static final Map<String, Object> FRESH = Map.of("days", 1, "meals", List.of("lunch", "dinner"), "fresh", true);
    static Api api;
    static Jdbi jdbi;

    @BeforeAll
    static void start() {
        api = new Api(TestServer.shared());
        jdbi = TestServer.shared().database().jdbi();
        PlanApiTest.start();
    }

    @Test
    void aQueuedPlanRequestEndsDoneWithAPlanThatReadsBack() {
        Api.Session s = PlanApiTest.cook("jobann");
        Api.Reply queued = api.post("/api/v1/plans/jobs", s.access(), FRESH);
        assertThat(queued.status()).as(queued.raw().body()).isEqualTo(202);
        assertThat(queued.json().path("completedAtOnce").asBoolean()).isFalse();
        String id = queued.text("id");
        assertThat(queued.header("Location")).isEqualTo("/api/v1/jobs/" + id);
        assertThat(queued.json().path("links").path("events").asText()).isEqualTo("/api/v1/jobs/" + id + "/events");

        JsonNode done = awaitEnd(api, s, id);
        assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("done");
        assertThat(done.path("attempts").asInt()).isEqualTo(1);
        String planId = done.path("result").path("planId").asText();
        assertThat(done.path("links").path("plan").asText()).isEqualTo("/api/v1/plans/" + planId);
        Api.Reply plan = api.get("/api/v1/plans/" + planId, s.access());
        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.json().path("days")).hasSize(1);
    }

    @Test
    void aRequestTheSharedCacheAnswersIsDoneAtOnce() {
        Map<String, Object> ask = Map.of("days", 2, "meals", List.of("breakfast", "dinner"));
        assertThat(api.post("/api/v1/plans", PlanApiTest.cook("jobcachefirst").access(), ask).status()).isEqualTo(201);
        Api.Session s = PlanApiTest.cook("jobcached");
        Api.Reply job = api.post("/api/v1/plans/jobs", s.access(), ask);
        assertThat(job.status()).isEqualTo(202);
        assertThat(job.json().path("completedAtOnce").asBoolean()).isTrue();
        assertThat(job.text("state")).isEqualTo("done");
        Api.Reply plan = api.get("/api/v1/plans/" + job.json().path("result").path("planId").asText(), s.access());
        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.json().path("cached").asBoolean()).isTrue();
    }

    @Test
    void aQueuedJobIsCancelledAndNeverRuns() {
        Api.Session s = PlanApiTest.cook("jobcancel");
        UUID id = waitingJob(s, "queued", null, "now() + interval '1 hour'", 0);
        Api.Reply cancelled = api.delete("/api/v1/jobs/" + id, s.access());
        assertThat(cancelled.status()).as(cancelled.raw().body()).isEqualTo(200);
        assertThat(cancelled.text("state")).isEqualTo("cancelled");
        assertThat(api.delete("/api/v1/jobs/" + id, s.access()).text("state")).as("cancelling again answers the same").isEqualTo("cancelled");
        assertThat(api.get("/api/v1/jobs/" + id, s.access()).json().path("result").isNull()).isTrue();
    }

    @Test
    void aRunningJobCancelledKeepsNoResultEvenWhenItsWorkerFinishes() {
        Api.Session s = PlanApiTest.cook("jobcancelrun");
        UUID id = waitingJob(s, "running", "instance-slow", "now()", 1);
        jdbi.useHandle(h -> h.execute("UPDATE plan_jobs SET lease_until = now() + interval '1 hour' WHERE id = ?", id));
        assertThat(api.delete("/api/v1/jobs/" + id, s.access()).text("state")).isEqualTo("cancelled");
        Claim slowWorker = new Claim(id, null, UUID.fromString(s.userId()), "plan", "{}", "instance-slow", 1);
        boolean stored = new JobQueue(jdbi).complete(slowWorker, h -> {
            throw new AssertionError("a cancelled job's result must not be stored");
        });
        assertThat(stored).isFalse();
        JsonNode job = api.get("/api/v1/jobs/" + id, s.access()).json();
        assertThat(job.path("state").asText()).isEqualTo("cancelled");
        assertThat(job.path("result").isNull()).isTrue();
    }

    @Test
    void anEndedJobCannotBeCancelled() {
        Api.Session s = PlanApiTest.cook("jobended");
        String id = api.post("/api/v1/plans/jobs", s.access(), FRESH).text("id");
        assertThat(awaitEnd(api, s, id).path("state").asText()).isEqualTo("done");
        Api.Reply refused = api.delete("/api/v1/jobs/" + id, s.access());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("error")).isEqualTo("job_ended");
    }

    @Test
    void anotherHouseholdsJobIsNotFound() {
        Api.Session owner = PlanApiTest.cook("jobowner");
        Api.Session stranger = StockApiTest.member("jobstranger");
        UUID id = waitingJob(owner, "queued", null, "now() + interval '1 hour'", 0);
        assertThat(api.get("/api/v1/jobs/" + id, stranger.access()).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/jobs/" + id, stranger.access()).status()).isEqualTo(404);
        Api.Reply events = api.get("/api/v1/jobs/" + id + "/events", stranger.access(), Map.of("Accept", "text/event-stream"));
        assertThat(events.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/jobs/" + id, owner.access()).text("state")).as("still queued for its owner").isEqualTo("queued");
        assertThat(api.get("/api/v1/jobs/not-a-uuid", owner.access()).status()).isEqualTo(404);
        api.delete("/api/v1/jobs/" + id, owner.access());
    }

    @Test
    void theEventStreamDeliversTheJobsStatesThroughDone() {
        Api.Session s = PlanApiTest.cook("jobevents");
        String id = api.post("/api/v1/plans/jobs", s.access(), FRESH).text("id");
        Api.Reply stream = api.get("/api/v1/jobs/" + id + "/events", s.access(), Map.of("Accept", "text/event-stream"));
        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
        List<JsonNode> events = jobEvents(stream.raw().body());
        assertThat(events).isNotEmpty();
        List<String> states = events.stream().map(e -> e.path("state").asText()).toList();
        assertThat(states.getLast()).as(states.toString()).isEqualTo("done");
        assertThat(states.subList(0, states.size() - 1)).as("only the last event is an end").allMatch(st -> st.equals("queued") || st.equals("running"));
        List<String> order = List.of("queued", "running", "done");
        for (int i = 1; i < states.size(); i++) {
            assertThat(order.indexOf(states.get(i))).as(states.toString()).isGreaterThanOrEqualTo(order.indexOf(states.get(i - 1)));
        }
        assertThat(events.getLast().path("result").path("planId").asText()).isNotEmpty();
    }

    @Test
    void twoInstancesOnOneDatabaseRunEveryJobExactlyOnce() throws IOException {
        var db = TestServer.shared().database().embeddedTarget().orElseThrow();
        try (ServerApp second = ServerApp.start(TestServer.options(TestServer.freshFolder("second-jobs")).withJobWorkers(2)
                .withDatabase(new ServerOptions.ExternalDatabase(db.url(), db.user(), db.password())))) {
            Api other = new Api(second);
            Api.Session s = PlanApiTest.cook("jobtwo");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Api.Reply r = api.post("/api/v1/plans/jobs", s.access(), Map.of("days", 1 + i % 3, "fresh", true));
                assertThat(r.status()).isEqualTo(202);
                ids.add(r.text("id"));
            }
            Set<String> plans = new HashSet<>();
            for (String id : ids) {
                JsonNode done = awaitEnd(other, s, id);
                assertThat(done.path("state").asText()).as("the second instance sees the job the first queued").isEqualTo("done");
                assertThat(done.path("attempts").asInt()).as("claimed once").isEqualTo(1);
                plans.add(done.path("result").path("planId").asText());
            }
            assertThat(plans).hasSize(ids.size());
            long stored = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM plans WHERE household_id = "
                    + "(SELECT household_id FROM household_members WHERE user_id = CAST(:user AS uuid))")
                    .bind("user", s.userId()).mapTo(Long.class).one());
            assertThat(stored).as("one plan per job, none twice").isEqualTo(ids.size());
        }
    }

    @Test
    void aJobLeftByADeadInstanceIsTakenOverAndFinished() {
        Api.Session s = PlanApiTest.cook("jobtakeover");
        UUID id = waitingJob(s, "running", "instance-dead", "now()", 1);
        jdbi.useHandle(h -> h.execute("UPDATE plan_jobs SET lease_until = now() - interval '1 second' WHERE id = ?", id));
        JsonNode done = awaitEnd(api, s, id.toString());
        assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("done");
        assertThat(done.path("attempts").asInt()).as("the dead instance's claim and the takeover").isEqualTo(2);
        assertThat(api.get("/api/v1/plans/" + done.path("result").path("planId").asText(), s.access()).status()).isEqualTo(200);
        String owner = jdbi.withHandle(h -> h.createQuery("SELECT owner FROM plan_jobs WHERE id = :id").bind("id", id).mapTo(String.class).one());
        assertThat(owner).isNotEqualTo("instance-dead");
        Claim deadWorker = new Claim(id, null, UUID.fromString(s.userId()), "plan", "{}", "instance-dead", 1);
        assertThat(new JobQueue(jdbi).complete(deadWorker, h -> UUID.randomUUID())).as("the dead claim cannot finish it").isFalse();
    }

    @Test
    void theQueueDepthIsOnMetrics() {
        Api.Session s = PlanApiTest.cook("jobmetrics");
        UUID id = waitingJob(s, "queued", null, "now() + interval '1 hour'", 0);
        String text = api.get("/metrics", null).raw().body();
        String line = text.lines().filter(l -> l.startsWith("fridgechef_jobs_queued ")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(line.substring(line.indexOf(' ') + 1))).isGreaterThanOrEqualTo(1);
        api.delete("/api/v1/jobs/" + id, s.access());
    }

    /** A plan job written straight to the table (its request a valid fresh one-day plan), to set up a state a test needs. */
    private static UUID waitingJob(Api.Session s, String state, String owner, String availableAt, int attempts) {
        UUID id = UUID.randomUUID();
        String request = "{\"start\":\"" + java.time.LocalDate.now() + "\",\"days\":1,\"meals\":[\"LUNCH\"],\"fresh\":true,"
                + "\"shop\":\"FEW\",\"maxBuy\":-1,\"people\":0,\"wish\":null}";
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO plan_jobs (id, household_id, requested_by, kind, request, state, owner, "
                        + "attempts, available_at) SELECT :id, household_id, user_id, 'plan', CAST(:request AS jsonb), :state, :owner, "
                        + ":attempts, " + availableAt + " FROM household_members WHERE user_id = CAST(:user AS uuid)")
                .bind("id", id).bind("request", request).bind("state", state).bind("owner", owner).bind("attempts", attempts)
                .bind("user", s.userId()).execute());
        return id;
    }

    /** Polls the job until it ends (a deadline, not a fixed wait). */
    static JsonNode awaitEnd(Api on, Api.Session s, String id) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            Api.Reply r = on.get("/api/v1/jobs/" + id, s.access());
            assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
            String state = r.text("state");
            if (state.equals("done") || state.equals("failed") || state.equals("cancelled")) return r.json();
            if (System.nanoTime() > deadline) throw new AssertionError("job " + id + " did not end: " + r.raw().body());
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static List<JsonNode> jobEvents(String body) {
        List<JsonNode> out = new ArrayList<>();
        String event = null;
        for (String line : body.split("\n")) {
            if (line.startsWith("event:")) event = line.substring(6).strip();
            if (line.startsWith("data:") && "job".equals(event)) {
                try {
                    out.add(Api.JSON.readTree(line.substring(5).strip()));
                } catch (IOException e) {
                    throw new AssertionError("not JSON: " + line, e);
                }
            }
        }
        return out;
    }
}
