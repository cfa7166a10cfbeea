package dev.fridgechef.server;

import dev.fridgechef.config.AppFolders;
import dev.fridgechef.llm.LlmSettings;
import dev.fridgechef.llm.ProviderKind;
import dev.fridgechef.llm.ProviderSettings;
import dev.fridgechef.server.ai.AiOptions;
import dev.fridgechef.server.auth.LoginThrottle;
import dev.fridgechef.server.ops.JsonLogs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code ./fridge server [options]}: starts one server instance and runs until stopped (Ctrl-C, SIGTERM). */
@Command(name = "fridge server", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Runs the Fridge Chef server: accounts, households and the REST API under /api/v1, on PostgreSQL.")
public final class ServerMain implements Callable<Integer> {
    static final String AI_KEY_VARIABLE = "FRIDGECHEF_LLM_API_KEY";

    @Option(names = "--port", description = "TCP port (default ${DEFAULT-VALUE})", defaultValue = "8787")
    int port;

    @Option(names = "--bind", description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface)",
            defaultValue = "127.0.0.1")
    String bind;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder; the embedded PostgreSQL keeps its cluster here (default: 'server' in Fridge Chef's data folder)")
    Path data;

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "An external PostgreSQL (jdbc:postgresql://HOST:PORT/DB) instead of the embedded one")
    String dbUrl;

    @Option(names = "--db-user", description = "User of the external PostgreSQL", defaultValue = "postgres")
    String dbUser;

    @Option(names = "--db-password", description = "Password of the external PostgreSQL (or FRIDGECHEF_DB_PASSWORD)")
    String dbPassword;

    @Option(names = "--tls-keystore", paramLabel = "FILE", description = "Serve HTTPS with this keystore (PKCS12 or JKS)")
    Path tlsKeystore;

    @Option(names = "--tls-password", description = "The keystore's password (or FRIDGECHEF_TLS_PASSWORD)")
    String tlsPassword;

    @Option(names = "--behind-proxy",
            description = "Behind a reverse proxy that terminates TLS: trust its X-Forwarded-For and X-Forwarded-Proto")
    boolean behindProxy;

    @Option(names = "--llm-provider", paramLabel = "KIND",
            description = "AI provider for chat: openai (or any OpenAI-compatible endpoint), gemini, anthropic, ollama. "
                    + "Its key comes from the environment variable FRIDGECHEF_LLM_API_KEY. Without it, AI routes answer 503")
    String llmProvider;

    @Option(names = "--llm-base-url", paramLabel = "URL", description = "The provider's API base URL (default: the provider's own)")
    String llmBaseUrl;

    @Option(names = "--llm-model", description = "The model to ask (default: the provider's cheap one)")
    String llmModel;

    @Option(names = "--llm-input-price", paramLabel = "USD", description = "Dollars per million prompt tokens, for cost reports (default 0)",
            defaultValue = "0")
    double llmInputPrice;

    @Option(names = "--llm-output-price", paramLabel = "USD",
            description = "Dollars per million completion tokens, for cost reports (default 0)", defaultValue = "0")
    double llmOutputPrice;

    @Option(names = "--llm-timeout", paramLabel = "SECONDS", description = "Time cap of one AI call, retries included (default ${DEFAULT-VALUE})",
            defaultValue = "60")
    int llmTimeout;

    @Option(names = "--ai-calls-per-minute", paramLabel = "N",
            description = "AI calls each user may make a minute, counted across all instances (default ${DEFAULT-VALUE})", defaultValue = "5")
    int aiCallsPerMinute;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ServerMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (tlsKeystore != null && behindProxy) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--tls-keystore and --behind-proxy exclude each other");
        }
        AppFolders folders = AppFolders.system();
        AiOptions ai = aiOptions(folders.env());
        JsonLogs.install();
        Path dataFolder = data != null ? data.toAbsolutePath()
                : folders.fixedDataFolder().orElseGet(folders::dataFolder).resolve("server");
        ServerOptions options = new ServerOptions(bind, port, dataFolder,
                Optional.ofNullable(dbUrl).map(url -> new ServerOptions.ExternalDatabase(url, dbUser,
                        firstOf(dbPassword, folders.env().get("FRIDGECHEF_DB_PASSWORD")))),
                Optional.ofNullable(tlsKeystore).map(ks -> new ServerOptions.Tls(ks, firstOf(tlsPassword, folders.env().get("FRIDGECHEF_TLS_PASSWORD")))),
                behindProxy, LoginThrottle.Limits.DEFAULT, ai);
        String metricsToken = folders.env().get("FRIDGECHEF_METRICS_TOKEN");
        if (metricsToken != null && !metricsToken.isBlank()) {
            if (metricsToken.strip().length() < 16) {
                throw new CommandLine.ParameterException(new CommandLine(this), "FRIDGECHEF_METRICS_TOKEN must have at least 16 characters");
            }
            options = options.withMetricsToken(metricsToken.strip());
        }
        ServerApp app;
        try {
            app = ServerApp.start(options);
        } catch (IllegalStateException | IOException e) {
            System.err.println("The server did not start: " + e.getMessage());
            return 1;
        }
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
        System.err.printf("Fridge Chef server on %s://%s:%d (data: %s). Ctrl-C stops it.%n",
                options.tls().isPresent() ? "https" : "http", bind, app.port(),
                options.database().isPresent() ? "external PostgreSQL" : dataFolder);
        stopped.await();
        return 0;
    }

    /** The provider named by the options, with its key from FRIDGECHEF_LLM_API_KEY (never an option: it would show in ps). */
    AiOptions aiOptions(java.util.Map<String, String> env) {
        CommandLine cmd = new CommandLine(this);
        if (aiCallsPerMinute < 1) throw new CommandLine.ParameterException(cmd, "--ai-calls-per-minute must be 1 or more");
        if (llmTimeout < 1) throw new CommandLine.ParameterException(cmd, "--llm-timeout must be 1 or more seconds");
        if (llmInputPrice < 0 || llmOutputPrice < 0) throw new CommandLine.ParameterException(cmd, "prices are 0 or more");
        if (llmProvider == null) {
            if (llmBaseUrl != null || llmModel != null) throw new CommandLine.ParameterException(cmd, "--llm-base-url and --llm-model need --llm-provider");
            return AiOptions.none().withCallsPerMinute(aiCallsPerMinute);
        }
        ProviderKind kind;
        try {
            kind = ProviderKind.valueOf(llmProvider.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, "--llm-provider is one of openai, gemini, anthropic, ollama (not '" + llmProvider + "')");
        }
        String key = env.getOrDefault(AI_KEY_VARIABLE, "");
        if (key.isBlank() && kind != ProviderKind.OLLAMA) {
            throw new CommandLine.ParameterException(cmd, "--llm-provider " + kind.key() + " needs its key in the environment variable " + AI_KEY_VARIABLE);
        }
        ProviderSettings provider = new ProviderSettings(kind.key(), kind,
                llmBaseUrl != null ? llmBaseUrl : LlmSettings.defaultUrl(kind, java.util.Map.of()),
                llmModel != null ? llmModel : LlmSettings.defaultModel(kind, java.util.Map.of()), key.strip(), llmInputPrice, llmOutputPrice);
        return AiOptions.of(provider).withCallsPerMinute(aiCallsPerMinute).withTimeout(java.time.Duration.ofSeconds(llmTimeout));
    }

    private static String firstOf(String given, String fromEnvironment) {
        return given != null ? given : fromEnvironment == null ? "" : fromEnvironment;
    }
}
