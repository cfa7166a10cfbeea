package dev.fridgechef.server.load;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The server's load generator (issue 13): seeds users with households, profiles, stock and plans,
 * then runs phases of concurrent virtual users through the {@link Mix} for a fixed time each and
 * prints, per phase, every route's count, throughput, errors (by status) and p50/p95/p99/max
 * latency, with the server's memory before and after. Without {@code --url} it starts the server as
 * a JVM of its own on loopback (embedded PostgreSQL in a temporary folder, deleted afterwards).
 * After those phases, an AI phase ({@code --ai-phase} virtual users, 100 by default) runs the mix
 * with AI plans and chat questions added; the model is {@link FakeModel} on loopback answering after
 * {@code --model-latency-ms}, and the AI routes are reported apart from the rest. The AI phase needs
 * the generator's admin account (registered first, before the users) to grant token balances.
 * Bounded: at most 5000 users and virtual users, 600 s a phase, {@code --max-requests} a phase;
 * it stops by itself. Exits 0, or 1 when the server died or stopped answering.
 * {@code scripts/bench.sh server-load [USERS] [SECONDS]} runs it.
 */
@Command(name = "load-generator", mixinStandardHelpOptions = true, description = "Load test of the Fridge Chef server.")
public final class LoadGenerator implements Callable<Integer> {
    static final int MAX_USERS = 5000;

    @Mixin
    ServerUnderLoad target = new ServerUnderLoad();

    @Option(names = "--users", defaultValue = "1000", description = "Users to seed (default ${DEFAULT-VALUE})")
    int users;

    @Option(names = "--phases", split = ",", defaultValue = "100,1000", description = "Concurrent virtual users of each phase (default ${DEFAULT-VALUE})")
    List<Integer> phases;

    @Option(names = "--think-ms", split = ",", defaultValue = "500,2000", description = "Think time between steps, min,max (default ${DEFAULT-VALUE})")
    List<Long> thinkMs;

    @Option(names = "--ai-phase", defaultValue = "100",
            description = "Virtual users of the AI phase run after the others, 0 for none (default ${DEFAULT-VALUE}); with --url the server must ask a model and be new (the generator's admin account must be its first)")
    int aiPhase;

    @Option(names = "--model-latency-ms", defaultValue = "1000", description = "How long the fake model takes to answer (default ${DEFAULT-VALUE})")
    long modelLatencyMs;

    @Option(names = "--random-seed", defaultValue = "13", description = "Seed of the users' choices (default ${DEFAULT-VALUE})")
    long randomSeed;

    private final PrintStream out;

    public LoadGenerator() {
        this(System.out);
    }

    LoadGenerator(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadGenerator()).execute(args));
    }

    /** A phase's figures. */
    record Phase(int virtualUsers, double seconds, Map<String, RouteStats.Summary> routes, RouteStats.Summary all,
                 RouteStats.Summary ai, Map<String, Long> counters, boolean serverUp) {
    }

    record Report(double seedingSeconds, Map<String, RouteStats.Summary> seeding, List<Phase> phases, boolean serverUp) {
    }

    @Override
    public Integer call() throws Exception {
        return run().serverUp() ? 0 : 1;
    }

    Report run() throws Exception {
        check();
        Optional<FakeModel> model = target.url == null && aiPhase > 0 ? Optional.of(new FakeModel(modelLatencyMs)) : Optional.empty();
        try {
            return target.around(out, model.map(FakeModel::url),
                    model.map(m -> ", asking a fake model on loopback that answers in " + m.latencyMs() + " ms").orElse(""),
                    (http, started) -> load(http, started, model));
        } finally {
            if (model.isPresent()) model.get().close();
        }
    }

    private Report load(Http http, Optional<ServerProcess> server, Optional<FakeModel> model) throws Exception {
        out.printf("server %s; machine: %d cores, load average %s%n", http.base(), Runtime.getRuntime().availableProcessors(), loadAverage());
        memory(http, server, "after start");
        Recorder seeding = new Recorder(Long.MAX_VALUE);
        long t0 = System.nanoTime();
        String runId = UUID.randomUUID().toString().substring(0, 6);
        Optional<Seeder.Login> admin = aiPhase > 0
                ? Optional.of(Seeder.register(http, seeding, "load_" + runId + "_admin", "load test admin password"))
                : Optional.empty();
        List<Household> households = new Seeder(http, seeding, runId).seed(users, target.seedParallel, randomSeed);
        double seedingSeconds = (System.nanoTime() - t0) / 1e9;
        List<Member> members = households.stream().flatMap(h -> h.members.stream()).toList();
        out.printf("%nseeded %d users in %d households (%d of 2-3 members) in %.1f s, %d households at a time%n", members.size(),
                households.size(), households.stream().filter(h -> h.members.size() > 1).count(), seedingSeconds, target.seedParallel);
        seeding.print(out, seedingSeconds);
        List<Phase> results = new ArrayList<>();
        boolean up = true;
        for (int virtualUsers : phases) {
            Phase phase = phase(http, server, members, virtualUsers, Mix.STEPS);
            results.add(phase);
            if (!phase.serverUp()) {
                up = false;
                break;
            }
        }
        if (up && admin.isPresent()) {
            grantBalances(http, admin.get(), members.subList(0, Math.min(aiPhase, members.size())));
            long callsBefore = model.map(FakeModel::calls).orElse(0L);
            out.printf("%n--- AI phase: the mix with AI plans and chat questions%s; AI routes are totalled apart%n",
                    model.map(m -> ", the fake model answering in " + m.latencyMs() + " ms").orElse(""));
            Phase phase = phase(http, server, members, aiPhase, Mix.WITH_AI);
            model.ifPresent(m -> out.printf("model calls the server made: %d%n", m.calls() - callsBefore));
            results.add(phase);
            up = phase.serverUp();
        }
        return new Report(seedingSeconds, seeding.summaries(), results, up);
    }

    /** Gives each member of the AI phase a token balance, as an admin does ({@code fridge admin grant}). */
    private void grantBalances(Http http, Seeder.Login admin, List<Member> members) {
        Recorder granting = new Recorder(Long.MAX_VALUE);
        for (Member m : members) {
            Http.Reply r = http.send(granting, "POST /api/v1/admin/users/{id}/balance", "POST", "/api/v1/admin/users/" + m.userId + "/balance",
                    admin.access(), Map.of("tokens", 10_000_000));
            if (r.status() == 403) {
                throw new IllegalStateException("the AI phase grants token balances as an admin, and the generator's account is not one: "
                        + "the server was not new (its first account is its admin); use --ai-phase 0");
            }
            Seeder.expect(r, "grant a token balance");
        }
    }

    private Phase phase(Http http, Optional<ServerProcess> server, List<Member> members, int virtualUsers, List<Mix.Step> steps) throws Exception {
        out.printf("%n=== %d virtual users for %d s (think %d-%d ms), load average before: %s%n", virtualUsers, target.seconds,
                thinkMs.get(0), thinkMs.get(1), loadAverage());
        memory(http, server, "before");
        Optional<Double> cpuBefore = server.flatMap(ServerProcess::cpuSeconds);
        double ownCpuBefore = ownCpuSeconds();
        Recorder recorder = new Recorder(target.maxRequests);
        List<VirtualUser> vus = new ArrayList<>();
        for (int i = 0; i < virtualUsers; i++) {
            vus.add(new VirtualUser(members.get(i % members.size()), http, randomSeed * 1_000_003 + i, thinkMs.get(0), thinkMs.get(1), steps));
        }
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(target.seconds);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (VirtualUser vu : vus) threads.submit(() -> vu.run(recorder, end));
            threads.shutdown();
            if (!threads.awaitTermination(target.seconds + 2L * target.timeoutSeconds + 10, TimeUnit.SECONDS)) threads.shutdownNow();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Recorder cleanup = new Recorder(Long.MAX_VALUE);
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (VirtualUser vu : vus) threads.submit(() -> vu.settle(cleanup));
        }
        Optional<Double> cpuAfter = server.flatMap(ServerProcess::cpuSeconds);
        boolean up = serverUp(http, server);
        out.printf("%d virtual users, %.1f s%s, load average after: %s%n", virtualUsers, elapsed,
                recorder.exhausted() ? " (stopped at the request cap)" : "", loadAverage());
        recorder.print(out, elapsed);
        recorder.counters().forEach((event, n) -> out.printf("%s: %d%n", event, n));
        if (cpuBefore.isPresent() && cpuAfter.isPresent()) {
            out.printf("server JVM CPU: %.1f s in %.1f s (%.2f cores of %d)%n", cpuAfter.get() - cpuBefore.get(), elapsed,
                    (cpuAfter.get() - cpuBefore.get()) / elapsed, Runtime.getRuntime().availableProcessors());
        }
        out.printf("load generator CPU: %.2f cores (same machine)%n", (ownCpuSeconds() - ownCpuBefore) / elapsed);
        memory(http, server, "after");
        if (!up) {
            out.println("THE SERVER IS DOWN after this phase");
            server.ifPresent(s -> out.println(s.logTail(40)));
        }
        return new Phase(virtualUsers, elapsed, recorder.summaries(), recorder.total(), recorder.aiTotal(), recorder.counters(), up);
    }

    private void check() {
        target.check();
        if (users < 1 || users > MAX_USERS) throw new IllegalArgumentException("--users: 1 to " + MAX_USERS);
        if (phases.stream().anyMatch(c -> c < 1 || c > MAX_USERS)) throw new IllegalArgumentException("--phases: 1 to " + MAX_USERS + " each");
        if (aiPhase < 0 || aiPhase > MAX_USERS) throw new IllegalArgumentException("--ai-phase: 0 to " + MAX_USERS);
        if (modelLatencyMs < 0 || modelLatencyMs > 60_000) throw new IllegalArgumentException("--model-latency-ms: 0 to 60000");
        ServerUnderLoad.checkThinkTime(thinkMs);
    }

    static void awaitReady(Http http, Optional<ServerProcess> server) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (true) {
            try {
                http.getText("/health/ready");
                return;
            } catch (IOException notYet) {
                if (server.isPresent() && !server.get().alive()) {
                    throw new IllegalStateException("the server did not start:\n" + server.get().logTail(40));
                }
                if (System.nanoTime() > deadline) throw new IllegalStateException("the server was not ready within 180 s");
                Thread.sleep(250);
            }
        }
    }

    static boolean serverUp(Http http, Optional<ServerProcess> server) {
        if (server.isPresent() && !server.get().alive()) return false;
        try {
            http.getText("/health/live");
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Prints the server's memory: RSS of its JVM and of its PostgreSQL (when started here), and the heap from /metrics. */
    private void memory(Http http, Optional<ServerProcess> server, String when) {
        memory(out, http, server, when);
    }

    static void memory(PrintStream out, Http http, Optional<ServerProcess> server, String when) {
        StringBuilder line = new StringBuilder("server memory " + when + ":");
        server.ifPresent(s -> line.append(String.format(" JVM RSS %.0f MiB, PostgreSQL RSS %.0f MiB (summed over its processes);",
                s.jvmRssMib().orElse(0.0), s.postgresRssMib())));
        try {
            String metrics = http.getText("/metrics");
            line.append(String.format(" heap used %.0f MiB of %.0f MiB committed", heap(metrics, "jvm_memory_used_bytes"),
                    heap(metrics, "jvm_memory_committed_bytes")));
        } catch (IOException e) {
            line.append(" /metrics did not answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.println(line);
    }

    /** The sum of a JVM memory gauge over the heap's pools, in MiB. */
    static double heap(String metrics, String gauge) {
        return metrics.lines().filter(l -> l.startsWith(gauge + "{") && l.contains("area=\"heap\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum() / (1024 * 1024);
    }

    static double ownCpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
