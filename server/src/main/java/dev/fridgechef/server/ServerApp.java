package dev.fridgechef.server;

import dev.fridgechef.Lazy;
import dev.fridgechef.diary.DiaryNutrition;
import dev.fridgechef.diary.EntryResolver;
import dev.fridgechef.food.FoodDatabase;
import dev.fridgechef.recipe.RecipeLibrary;
import dev.fridgechef.llm.LlmGateway;
import dev.fridgechef.server.admin.AdminGuard;
import dev.fridgechef.server.admin.AdminReports;
import dev.fridgechef.server.admin.AdminRoutes;
import dev.fridgechef.server.ai.AiBalances;
import dev.fridgechef.server.ai.AiCallLimit;
import dev.fridgechef.server.ai.AiLedger;
import dev.fridgechef.server.ai.ServerAi;
import dev.fridgechef.server.auth.AccessTokens;
import dev.fridgechef.server.auth.Accounts;
import dev.fridgechef.server.auth.AuthRoutes;
import dev.fridgechef.server.auth.AuthService;
import dev.fridgechef.server.auth.Authenticator;
import dev.fridgechef.server.auth.LoginThrottle;
import dev.fridgechef.server.auth.PasswordHasher;
import dev.fridgechef.server.auth.Sessions;
import dev.fridgechef.server.chat.ChatRoutes;
import dev.fridgechef.server.chat.ChatService;
import dev.fridgechef.server.chat.ChatStore;
import dev.fridgechef.server.auth.SigningSecret;
import dev.fridgechef.server.db.Database;
import dev.fridgechef.server.diary.Diary;
import dev.fridgechef.server.diary.DiaryRoutes;
import dev.fridgechef.server.diary.EntryInput;
import dev.fridgechef.server.household.HouseholdRoutes;
import dev.fridgechef.server.household.Households;
import dev.fridgechef.server.http.ApiException;
import dev.fridgechef.server.http.ClientAddress;
import dev.fridgechef.server.http.Replies;
import dev.fridgechef.server.http.RequestIds;
import dev.fridgechef.server.http.Routes;
import dev.fridgechef.server.job.AiPlanJob;
import dev.fridgechef.server.job.JobEvents;
import dev.fridgechef.server.job.JobHandler;
import dev.fridgechef.server.job.JobQueue;
import dev.fridgechef.server.job.JobRoutes;
import dev.fridgechef.server.job.JobWorkers;
import dev.fridgechef.server.job.PlanJob;
import dev.fridgechef.server.ops.Metrics;
import dev.fridgechef.server.ops.OpsRoutes;
import dev.fridgechef.server.plan.AiPlans;
import dev.fridgechef.server.plan.PlanCache;
import dev.fridgechef.server.plan.PlanRoutes;
import dev.fridgechef.server.plan.PlannerSlots;
import dev.fridgechef.server.plan.Plans;
import dev.fridgechef.server.profile.ProfileRoutes;
import dev.fridgechef.server.profile.Profiles;
import dev.fridgechef.server.stock.Stock;
import dev.fridgechef.server.stock.StockRoutes;
import dev.fridgechef.server.sync.SyncLog;
import dev.fridgechef.server.sync.SyncRoutes;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The composition root: opens the database, builds every part by hand (constructor injection, no
 * container) and starts Javalin on Jetty. An instance keeps no state of its own: accounts, sessions,
 * throttling and the token secret are all in PostgreSQL, so several may run on one database.
 */
public final class ServerApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ServerApp.class);

    private final Database database;
    private final Javalin javalin;
    private final List<Routes.Route> routes;
    private final JobWorkers jobWorkers;

    private ServerApp(Database database, Javalin javalin, List<Routes.Route> routes, JobWorkers jobWorkers) {
        this.database = database;
        this.javalin = javalin;
        this.routes = routes;
        this.jobWorkers = jobWorkers;
    }

    public static ServerApp start(ServerOptions options) throws IOException {
        long started = System.nanoTime();
        Database database = options.database()
                .map(db -> Database.external(db.url(), db.user(), db.password()))
                .orElseGet(() -> embedded(options));
        try {
            ServerApp app = wire(database, options);
            LOG.atInfo().addKeyValue("port", app.port()).addKeyValue("bind", options.bind())
                    .addKeyValue("ms", (System.nanoTime() - started) / 1_000_000).log("server_started");
            return app;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static Database embedded(ServerOptions options) {
        try {
            return Database.embedded(options.dataFolder());
        } catch (IOException e) {
            throw new IllegalStateException("The embedded PostgreSQL did not start in " + options.dataFolder() + ": " + e.getMessage(), e);
        }
    }

    private static ServerApp wire(Database database, ServerOptions options) {
        var jdbi = database.jdbi();
        ClientAddress clientAddress = new ClientAddress(options.behindProxy());
        AccessTokens accessTokens = new AccessTokens(SigningSecret.load(jdbi), Clock.systemUTC());
        Accounts accounts = new Accounts(jdbi);
        Sessions sessions = new Sessions(jdbi);
        AuthService auth = new AuthService(accounts, sessions, new PasswordHasher(), new LoginThrottle(jdbi, options.loginLimits()),
                accessTokens);
        Authenticator authenticator = new Authenticator(accessTokens, sessions);
        Metrics metrics = new Metrics(() -> sessions.activeUsers(Metrics.ACTIVE_WINDOW));
        FoodDatabase foods = FoodDatabase.load();
        Lazy<RecipeLibrary> recipes = new Lazy<>(() -> RecipeLibrary.load(foods));
        AiBalances balances = new AiBalances(jdbi);
        ServerAi ai = new ServerAi(options.ai(), balances, new AiCallLimit(jdbi, options.ai().callsPerMinute()), new AiLedger(jdbi),
                g -> metrics.recordAiCall(g.feature(), g.outcome(), g.promptTokens(), g.completionTokens(), g.costUsd(), g.cacheHit()),
                LlmGateway.Sleeper.CANCELLABLE);
        ChatStore chats = new ChatStore(jdbi);
        Profiles profiles = new Profiles(jdbi, Clock.systemUTC());
        Stock stock = new Stock(jdbi, foods, profiles::today);
        PlannerSlots plannerSlots = PlannerSlots.perCore();
        PlanCache planCache = new PlanCache(jdbi);
        Plans plans = new Plans(jdbi, stock, profiles, recipes, planCache, plannerSlots, Clock.systemUTC());
        JobQueue jobs = new JobQueue(jdbi);
        PlanJob planJob = new PlanJob(plans);
        AiPlans aiPlans = new AiPlans(plans, planCache, ai, foods, recipes);
        Optional<AiPlanJob> aiPlanJob = ai.model().map(model -> new AiPlanJob(aiPlans, plans));
        List<JobHandler> handlers = aiPlanJob.<List<JobHandler>>map(a -> List.of(planJob, a)).orElse(List.of(planJob));
        JobWorkers jobWorkers = new JobWorkers(jobs, handlers,
                options.jobWorkers() > 0 ? options.jobWorkers() : plannerSlots.size(), JobWorkers.Settings.DEFAULT);
        metrics.jobQueueDepth(jobs::queued);

        List<List<Routes.Route>> registered = new java.util.ArrayList<>();
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = 1024 * 1024; // for ctx.body(); JsonBody reads the stream with its own caps (64 KiB, 4 MiB a sync push)
            config.router.ignoreTrailingSlashes = true;
            if (options.tls().isPresent()) useTls(config, options);
            config.routes.before(RequestIds::begin);
            config.requestLogger.http((ctx, ms) -> finish(ctx, ms, metrics));
            config.routes.exception(ApiException.class, (e, ctx) -> Replies.error(ctx, e));
            config.routes.exception(HttpResponseException.class, (e, ctx) ->
                    Replies.error(ctx, new ApiException(e.getStatus(), errorCode(e.getStatus()), e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request_failed", e);
                Replies.error(ctx, new ApiException(500, "internal_error", "Internal error (request id " + RequestIds.of(ctx) + ")"));
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    Replies.error(ctx, ApiException.notFound("No route " + ctx.method() + " " + ctx.path() + ";"));
                }
            });
            Routes routes = new Routes(config.routes, authenticator::authenticate);
            new OpsRoutes(metrics, database::reachable, options.metricsToken(), new ClientAddress(options.behindProxy())).register(routes);
            new AuthRoutes(auth, accounts, sessions, clientAddress).register(routes);
            new HouseholdRoutes(new Households(jdbi)).register(routes);
            new ProfileRoutes(profiles).register(routes);
            new StockRoutes(stock).register(routes);
            new PlanRoutes(plans, aiPlans).register(routes);
            new JobRoutes(jobs, planJob, aiPlanJob, jobWorkers, new JobEvents(jobs, Duration.ofMinutes(2), Duration.ofMillis(250))).register(routes);
            new DiaryRoutes(new Diary(jdbi, new DiaryNutrition(foods), profiles::targets, profiles::timeZone, Replies.MAPPER, Clock.systemUTC()),
                    new EntryInput(foods, new EntryResolver(foods, recipes), Clock.systemUTC())).register(routes);
            new ChatRoutes(chats, new ChatService(chats, ai, new ChatPersonData(profiles, stock, plans), Replies.MAPPER)).register(routes);
            new SyncRoutes(new SyncLog(jdbi, Clock.systemUTC(), new SyncLog.Counters() {
                @Override
                public void pushed(int stored, int duplicates) {
                    metrics.recordSyncPush(stored, duplicates);
                }

                @Override
                public void pulled(int ops) {
                    metrics.recordSyncPull(ops);
                }
            }), Clock.systemUTC()).register(routes);
            new AdminRoutes(new AdminGuard(jdbi), new AdminReports(jdbi), balances, Clock.systemUTC()).register(routes);
            registered.add(routes.registered());
        });
        javalin.start(options.bind(), options.port());
        jobWorkers.start();
        return new ServerApp(database, javalin, registered.getFirst(), jobWorkers);
    }

    private static void useTls(JavalinConfig config, ServerOptions options) {
        ServerOptions.Tls tls = options.tls().orElseThrow();
        config.jetty.addConnector((server, httpConfig) -> {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(tls.keystore().toAbsolutePath().toString());
            ssl.setKeyStorePassword(tls.password());
            HttpConfiguration https = new HttpConfiguration(httpConfig);
            https.addCustomizer(new SecureRequestCustomizer());
            ServerConnector connector = new ServerConnector(server, ssl, new HttpConnectionFactory(https));
            connector.setHost(options.bind());
            connector.setPort(options.port());
            return connector;
        });
    }

    /** After each request: the access log line (JSON, with the request id) and the latency metric. */
    private static void finish(Context ctx, Float ms, Metrics metrics) {
        String route = route(ctx);
        metrics.recordRequest(ctx.method().name(), route, ctx.statusCode(), Duration.ofNanos((long) (ms * 1_000_000)));
        LOG.atInfo().addKeyValue("method", ctx.method().name()).addKeyValue("route", route)
                .addKeyValue("status", ctx.statusCode()).addKeyValue("ms", Math.round(ms * 10) / 10.0)
                .log("http_request");
        MDC.remove(RequestIds.MDC_KEY);
    }

    private static String errorCode(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "body_too_large";
            default -> "http_" + status;
        };
    }

    private static String route(Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException noEndpoint) {
            return "unmatched";
        }
    }

    public int port() {
        return javalin.port();
    }

    public Database database() {
        return database;
    }

    /** Every route the feature modules registered (method, path template, whether it needs a user). */
    public List<Routes.Route> routes() {
        return routes;
    }

    /** Every HTTP route Javalin serves, as "METHOD path" (what /openapi.json must describe). */
    public List<String> servedRoutes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.endpoint.method.isHttpMethod())
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
                .toList();
    }

    @Override
    public void close() throws IOException {
        javalin.stop();
        jobWorkers.close();
        database.close();
        LOG.info("server_stopped");
    }
}
