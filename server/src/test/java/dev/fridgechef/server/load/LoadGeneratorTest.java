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

/** The load generator itself, small: 5 users, 5 virtual users for 8 s against an in-process server; no timing is checked. */
class LoadGeneratorTest {
    private static ServerApp server;

    @BeforeAll
    static void start() throws IOException {
        Path folder = Path.of("target", "test-server", "load").toAbsolutePath();
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        server = ServerApp.start(ServerOptions.embedded(folder).withPort(0).withLoginLimits(LoadTestServer.LOAD_TEST_LIMITS));
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void seedsTheUsersAndRunsEveryStepOfTheMixWithoutAnError() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        LoadGenerator generator = new LoadGenerator(new PrintStream(printed, true, StandardCharsets.UTF_8));
        new CommandLine(generator).parseArgs("--url", "http://127.0.0.1:" + server.port(), "--users", "5", "--phases", "5",
                "--seconds", "8", "--think-ms", "50,150", "--seed-parallel", "2");

        LoadGenerator.Report report = generator.run();

        String table = printed.toString(StandardCharsets.UTF_8);
        assertThat(report.serverUp()).isTrue();
        report.seeding().forEach((route, s) -> assertThat(s.failures().keySet())
                .as(route + "\n" + table).isSubsetOf(route.startsWith("POST /api/v1/plans") ? java.util.Set.of(503) : java.util.Set.of()));
        assertThat(report.seeding().get("POST /api/v1/auth/register").count()).isEqualTo(5);
        assertThat(report.phases()).hasSize(1);
        LoadGenerator.Phase phase = report.phases().getFirst();
        assertThat(phase.all().errors()).as(table).isZero();
        assertThat(phase.all().count()).isEqualTo(phase.routes().values().stream().mapToInt(RouteStats.Summary::count).sum());
        for (Mix.Step step : Mix.STEPS) {
            assertThat(phase.routes()).as(table).containsKey(step.route());
        }
        assertThat(phase.routes()).containsKey(VirtualUser.USE_ROUTE);
        int bought = phase.routes().get("POST /api/v1/stock").count();
        // each buy is used up as the next step; a user whose time ran out in between uses it up after the phase
        assertThat(phase.routes().get(VirtualUser.USE_ROUTE).count()).isBetween(bought - 5, bought);
        assertThat(phase.counters()).as("every plan asked for under load comes from the cache").isEmpty();
        assertThat(table).contains("p95 ms", "heap used");
    }
}
