package dev.fridgechef.server.load;

import dev.fridgechef.llm.ProviderKind;
import dev.fridgechef.llm.ProviderSettings;
import dev.fridgechef.server.ServerApp;
import dev.fridgechef.server.ServerOptions;
import dev.fridgechef.server.ai.AiOptions;
import dev.fridgechef.server.auth.LoginThrottle;
import dev.fridgechef.server.ops.JsonLogs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * The server as {@code ./fridge server --port PORT --data DIR} runs it (same classes, embedded
 * PostgreSQL, JSON logs), except for the registration and per-address login limits: every load-test
 * user registers from loopback, which the default limits (10 registrations an address in 15 minutes)
 * would refuse after the tenth. Failed logins per account stay at the default. Run by
 * {@link ServerProcess} as its own JVM: {@code LoadTestServer PORT DATA_DIR [MODEL_URL]}; with a
 * model URL ({@link FakeModel}) the server's AI asks it, as {@code --llm-provider openai
 * --llm-base-url MODEL_URL} would.
 */
public final class LoadTestServer {
    static final LoginThrottle.Limits LOAD_TEST_LIMITS = new LoginThrottle.Limits(5, 1_000_000, 1_000_000, Duration.ofMinutes(15));

    private LoadTestServer() {
    }

    public static void main(String[] args) throws Exception {
        JsonLogs.install();
        ServerOptions options = ServerOptions.embedded(Path.of(args[1]).toAbsolutePath())
                .withPort(Integer.parseInt(args[0])).withLoginLimits(LOAD_TEST_LIMITS);
        if (args.length > 2) options = options.withAi(ai(args[2]));
        ServerApp app = ServerApp.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                app.close();
            } catch (Exception e) {
                System.err.println("Stopping the server failed: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "server-stop"));
        System.err.println("load-test server on port " + app.port());
        stopped.await();
    }

    static AiOptions ai(String modelUrl) {
        return AiOptions.of(new ProviderSettings("openai", ProviderKind.OPENAI, modelUrl, "fake-model", "sk-load-test-0123456789", 0.15, 0.60));
    }
}
