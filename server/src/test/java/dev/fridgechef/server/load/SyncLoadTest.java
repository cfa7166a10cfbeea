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

/** The sync load itself, small: 2 households, 6 devices for 5 s against an in-process server; no timing is checked. */
class SyncLoadTest {
    private static ServerApp server;

    @BeforeAll
    static void start() throws IOException {
        Path folder = Path.of("target", "test-server", "sync-load").toAbsolutePath();
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
    void devicesPushAndPullWithoutAnErrorAndNoneMissesAnOperation() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        SyncLoad load = new SyncLoad(new PrintStream(printed, true, StandardCharsets.UTF_8));
        new CommandLine(load).parseArgs("--url", "http://127.0.0.1:" + server.port(), "--clients", "6", "--devices", "3",
                "--seconds", "5", "--pull-limit", "50", "--think-ms", "10,50", "--seed-parallel", "2");

        SyncLoad.Report report = load.run();

        String table = printed.toString(StandardCharsets.UTF_8);
        assertThat(report.households()).isEqualTo(2);
        assertThat(report.sound()).as(table).isTrue();
        assertThat(report.all().errors()).as(table).isZero();
        assertThat(report.routes()).as(table).containsKeys(SyncClient.PUSH, SyncClient.PULL);
        assertThat(report.opsStored()).isPositive();
        // each device pulls its household's whole log, its own operations included
        assertThat(report.opsPulled()).isGreaterThanOrEqualTo(report.opsStored());
        assertThat(table).contains("p95 ms", "operations stored", "none missed an operation");
    }
}
