package dev.fridgechef.cli;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** plan --ai, llm status/test and usage against a local server speaking the OpenAI format. */
class AiCommandTest {
    private static final String PLAN = """
            {"dishes": [
              {"day": 1, "meal": "lunch", "recipe_id": "", "title_en": "Chicken with rice", "title_ru": "Курица с рисом",
               "ingredients": [{"food_id": "05062", "grams_per_serving": 70}, {"food_id": "20044", "grams_per_serving": 100},
                               {"food_id": "04053", "grams_per_serving": 12}],
               "steps": ["Cook the rice.", "Fry the chicken in the oil."], "active_minutes": 25},
              {"day": 1, "meal": "dinner", "recipe_id": "", "title_en": "Chicken rice bowl", "title_ru": "Боул с курицей и рисом",
               "ingredients": [{"food_id": "05062", "grams_per_serving": 80}, {"food_id": "20044", "grams_per_serving": 90},
                               {"food_id": "11529", "grams_per_serving": 100}, {"food_id": "04053", "grams_per_serving": 10}],
               "steps": ["Cook the rice.", "Grill the chicken, slice the tomato."], "active_minutes": 20}]}""";


    @TempDir
    Path dir;
    private MockWebServer server;
    private CliRunner cli;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        cli = new CliRunner(dir).withOpenAi(server);
        cli.run("profile", "set", "--sex", "male", "--age", "40", "--height", "180", "--weight", "80", "--activity", "moderate",
                "--goal", "maintain").ok();
        cli.add("chicken breast", "500", "g", "--expires", "+2d");
        cli.add("rice", "1", "kg");
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    private void answer(String content) throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(
                "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"local-model\",\"choices\":[{\"index\":0,\"message\":"
                        + "{\"role\":\"assistant\",\"content\":" + CliRunner.JSON.writeValueAsString(content) + "},\"finish_reason\":\"stop\"}],"
                        + "\"usage\":{\"prompt_tokens\":1000,\"completion_tokens\":500,\"total_tokens\":1500}}"));
    }

    @Test
    void planWithAiSaysWhoMadeItAndIsCachedForTheDay() throws Exception {
        answer(PLAN);
        String out = cli.run("plan", "--ai", "--days", "1", "--meals", "lunch,dinner").ok().out();
        assertThat(out).contains("Made by: openai/local-model").contains("Chicken with rice");
        JsonNode again = cli.run("plan", "--ai", "--days", "1", "--meals", "lunch,dinner", "--json").ok().json();
        assertThat(again.get("cached").asBoolean()).isTrue();
        assertThat(again.get("source").asText()).isEqualTo("ai:openai/local-model");
        assertThat(server.getRequestCount()).isEqualTo(1);
        JsonNode usage = cli.run("usage", "--json").ok().json();
        assertThat(usage.get("days").get(0).get("calls").asInt()).isEqualTo(1);
        assertThat(usage.get("days").get(0).get("cache_hits").asInt()).isEqualTo(1);
        assertThat(usage.get("features").get(0).get("purpose").asText()).isEqualTo("plan");
        assertThat(usage.get("features").get(0).get("tokens_in").asInt()).isEqualTo(1000);
        assertThat(cli.run("usage").ok().out()).contains("Cache hits: 1 exact").contains("0 reused");
    }

    @Test
    void aRateLimitedPlanSaysSoOnStandardErrorAndUsageShowsEachFeature() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "1").setBody("{\"error\":{\"message\":\"slow down\"}}"));
        answer(PLAN);
        var run = cli.run("plan", "--ai", "--days", "1", "--meals", "lunch,dinner").ok();
        assertThat(run.err()).contains("rate limited by openai, retrying in 1 s");
        assertThat(run.out()).contains("Made by: openai/local-model");
        String usage = cli.run("usage").ok().out();
        assertThat(usage).contains("By feature:").containsPattern("plan\\s+2\\s+0\\s+1\\s+1000 / 500");
    }

    @Test
    void aWishReachesTheModelAndANewDishCanBeShownAndSaved() throws Exception {
        answer(PLAN);
        String out = cli.run("plan", "--ai", "--days", "1", "--meals", "lunch,dinner", "--wish", "quick dinners").ok().out();
        assertThat(server.takeRequest().getBody().readUtf8()).contains("WISH").contains("quick dinners");
        String id = out.replaceAll("(?s).*\\[(ai-[0-9a-f]{10})\\].*", "$1");
        assertThat(id).startsWith("ai-");
        assertThat(out).contains("fridge recipe save ID");
        assertThat(cli.run("recipe", "show", id).ok().out()).contains("Cook the rice.");
        assertThat(cli.run("recipe", "save", id).ok().out()).contains("Saved").contains(id);
        var unknown = cli.run("recipe", "save", "ai-0000000000");
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).contains("No AI plan created a dish \"ai-0000000000\"");
        assertThat(cli.run("plan", "--wish", "x").exitCode()).isNotZero();
    }

    @Test
    void aBrokenAnswerFallsBackOfflineAndSaysWhy() throws Exception {
        answer("not json at all");
        answer("still not json");
        String out = cli.run("plan", "--ai", "--days", "1").ok().out();
        assertThat(out).contains("Made by: the offline planner").contains("AI plan not used").contains("not valid JSON");
    }

    @Test
    void statusAndTestNeverShowTheKey() throws Exception {
        answer("{\"ok\": true}");
        var status = cli.run("llm", "status");
        assertThat(status.ok().out()).contains("openai").contains("local-model").doesNotContain("sk-never-shown")
                .contains("One request: at most $0.50").contains("and 90 s");
        JsonNode json = cli.run("llm", "status", "--json").ok().json();
        assertThat(json.toString()).doesNotContain("sk-never-shown");
        assertThat(json.get("chain").get(0).get("key_set").asBoolean()).isTrue();
        assertThat(json.get("request_timeout_seconds").asInt()).isEqualTo(90);
        assertThat(cli.run("llm", "test").ok().out()).contains("openai (local-model): ok");
        assertThat(cli.run("llm", "status").ok().out()).contains("last reachability test: ok at 2026-11-25");
        server.enqueue(new MockResponse().setResponseCode(401).setBody("{\"error\":{\"message\":\"bad key\"}}"));
        var failed = cli.run("llm", "test");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.out() + failed.err()).contains("refused").doesNotContain("sk-never-shown");
    }

    @Test
    void testAsJsonGivesProviderModelOutcomeAndLatency() throws Exception {
        answer("{\"ok\": true}");
        JsonNode json = cli.run("llm", "test", "--json").ok().json();
        assertThat(json).hasSize(1);
        List<String> fields = new ArrayList<>();
        json.get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("provider", "model", "outcome", "latency_ms");
        assertThat(json.get(0).get("provider").asText()).isEqualTo("openai");
        assertThat(json.get(0).get("model").asText()).isEqualTo("local-model");
        assertThat(json.get(0).get("outcome").asText()).isEqualTo("ok");
    }

    @Test
    void anAsyncPlanIsAJobToWaitFor() throws Exception {
        answer(PLAN);
        JsonNode job = cli.run("plan", "--ai", "--async", "--days", "1", "--meals", "lunch,dinner", "--json").ok().json();
        long id = job.get("id").asLong();
        assertThat(job.get("status").asText()).isEqualTo("QUEUED");
        String waited = cli.run("jobs", "wait", Long.toString(id)).ok().out();
        assertThat(waited).contains("done").contains("Chicken with rice");
        assertThat(cli.run("jobs", "--json").ok().json().get(0).get("status").asText()).isEqualTo("DONE");
        assertThat(cli.run("jobs", "cancel", Long.toString(id)).exit(1).err()).contains("already done");
        assertThat(cli.run("plan", "--async").exit(2).err()).contains("--async goes with --ai");
    }
}
