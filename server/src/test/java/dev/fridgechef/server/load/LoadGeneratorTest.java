package dev.fridgechef.server.load;

import dev.fridgechef.server.ServerApp;
import dev.fridgechef.server.ServerOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load generator itself, small: 5 users, 5 virtual users for 8 s, then 5 in the AI phase,
 * against an in-process server asking a fake model; no timing is checked.
 */
class LoadGeneratorTest {
    private static ServerApp server;
    private static FakeModel model;

    @BeforeAll
    static void start() throws IOException {
        Path folder = Path.of("target", "test-server", "load").toAbsolutePath();
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        model = new FakeModel(50);
        server = ServerApp.start(ServerOptions.embedded(folder).withPort(0).withLoginLimits(LoadTestServer.LOAD_TEST_LIMITS)
                .withAi(LoadTestServer.ai(model.url()).withCallsPerMinute(100))); // the 8 s phase asks at 30 times a person's pace
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        model.close();
    }

    @Test
    void seedsTheUsersAndRunsEveryStepOfTheMixWithoutAnError() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        LoadGenerator generator = new LoadGenerator(new PrintStream(printed, true, StandardCharsets.UTF_8));
        new CommandLine(generator).parseArgs("--url", "http://127.0.0.1:" + server.port(), "--users", "5", "--phases", "5",
                "--seconds", "8", "--think-ms", "50,150", "--seed-parallel", "2", "--ai-phase", "5");

        LoadGenerator.Report report = generator.run();

        String table = printed.toString(StandardCharsets.UTF_8);
        assertThat(report.serverUp()).isTrue();
        report.seeding().forEach((route, s) -> assertThat(s.failures().keySet())
                .as(route + "\n" + table).isSubsetOf(route.startsWith("POST /api/v1/plans") ? java.util.Set.of(503) : java.util.Set.of()));
        assertThat(report.seeding().get("POST /api/v1/auth/register").count()).as("the users and the admin").isEqualTo(6);
        assertThat(report.phases()).hasSize(2);
        LoadGenerator.Phase phase = report.phases().getFirst();
        assertThat(phase.all().errors()).as(table).isZero();
        assertThat(phase.ai().count()).isZero();
        assertThat(phase.all().count()).isEqualTo(phase.routes().values().stream().mapToInt(RouteStats.Summary::count).sum());
        for (Mix.Step step : Mix.STEPS) {
            if (step.weight() >= 20) assertThat(phase.routes()).as(table).containsKey(step.route()); // rarer steps may not come up in 8 s
        }
        assertThat(phase.routes()).containsKey(VirtualUser.USE_ROUTE);
        int bought = phase.routes().get("POST /api/v1/stock").count();
        // each buy is used up as the next step; a user whose time ran out in between uses it up after the phase
        assertThat(phase.routes().get(VirtualUser.USE_ROUTE).count()).isBetween(bought - 5, bought);
        assertThat(phase.counters()).as("every plan asked for under load comes from the cache").isEmpty();
        assertThat(table).contains("p95 ms", "heap used");

        LoadGenerator.Phase ai = report.phases().get(1);
        assertThat(ai.all().errors() + ai.ai().errors()).as(table).isZero();
        assertThat(ai.ai().count()).as(table).isPositive();
        assertThat(ai.routes()).as(table).containsKeys(Mix.AI + "POST /api/v1/plans", Mix.AI + "POST /api/v1/chat/conversations/{id}/messages");
        assertThat(ai.counters()).as(table).containsKey("AI plans the model made").doesNotContainKey("AI plans answered offline: ai_failed");
        assertThat(table).contains("all AI (the model answering)");
    }
}
