package dev.fridgechef.server;

import dev.fridgechef.config.AppFolders;
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

    public static void main(String[] args) {
        System.exit(new CommandLine(new ServerMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (tlsKeystore != null && behindProxy) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--tls-keystore and --behind-proxy exclude each other");
        }
        JsonLogs.install();
        AppFolders folders = AppFolders.system();
        Path dataFolder = data != null ? data.toAbsolutePath()
                : folders.fixedDataFolder().orElseGet(folders::dataFolder).resolve("server");
        ServerOptions options = new ServerOptions(bind, port, dataFolder,
                Optional.ofNullable(dbUrl).map(url -> new ServerOptions.ExternalDatabase(url, dbUser,
                        firstOf(dbPassword, folders.env().get("FRIDGECHEF_DB_PASSWORD")))),
                Optional.ofNullable(tlsKeystore).map(ks -> new ServerOptions.Tls(ks, firstOf(tlsPassword, folders.env().get("FRIDGECHEF_TLS_PASSWORD")))),
                behindProxy, LoginThrottle.Limits.DEFAULT);
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

    private static String firstOf(String given, String fromEnvironment) {
        return given != null ? given : fromEnvironment == null ? "" : fromEnvironment;
    }
}
