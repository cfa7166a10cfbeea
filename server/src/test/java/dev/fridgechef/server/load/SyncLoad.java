package dev.fridgechef.server.load;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sync load (issue 14): seeds households of 2 members with {@code --devices} devices each
 * ({@code --clients} devices in all, default 200 = 50 households × 4), then every device loops for
 * {@code --seconds}: push a batch of 1 to 20 operations, pull everything after its cursor. Prints
 * push and pull count, throughput, errors and p50/p95/p99/max, the operations stored and pulled a
 * second, and a check: after a last pull every device's cursor is its household's last number, and no
 * page ever skipped a number. Without {@code --url} it starts the server as its own JVM on loopback
 * (embedded PostgreSQL in a temporary folder, deleted afterwards). Bounded: at most 2000 clients,
 * 600 s, {@code --max-requests}; loopback only. Exits 0, or 1 when the server died, a device missed
 * an operation or a number was skipped. {@code scripts/bench.sh sync-load [CLIENTS] [SECONDS]} runs it.
 */
@Command(name = "sync-load", mixinStandardHelpOptions = true, description = "Sync load test of the Fridge Chef server.")
public final class SyncLoad implements Callable<Integer> {
    static final int MAX_CLIENTS = 2000;

    @Mixin
    ServerUnderLoad target = new ServerUnderLoad();

    @Option(names = "--clients", defaultValue = "200", description = "Devices syncing at once (default ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--devices", defaultValue = "4", description = "Devices a household, shared by its 2 members (default ${DEFAULT-VALUE})")
    int devices;

    @Option(names = "--pull-limit", defaultValue = "500", description = "Operations a pull page (default ${DEFAULT-VALUE})")
    int pullLimit;

    @Option(names = "--think-ms", split = ",", defaultValue = "0,0", description = "Pause after each push and pull, min,max (default ${DEFAULT-VALUE}: none)")
    List<Long> thinkMs;

    @Option(names = "--random-seed", defaultValue = "14", description = "Seed of the operations made up (default ${DEFAULT-VALUE})")
    long randomSeed;

    private final PrintStream out;

    public SyncLoad() {
        this(System.out);
    }

    SyncLoad(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SyncLoad()).execute(args));
    }

    /**
     * The run's figures: by route, all requests, operations stored and pulled, pages that skipped a
     * number, devices whose cursor is short of their household's last number after a final pull.
     */
    record Report(int households, double seconds, Map<String, RouteStats.Summary> routes, RouteStats.Summary all, long opsStored,
                  long opsPulled, long gaps, int behind, boolean serverUp) {
        boolean sound() {
            return serverUp && gaps == 0 && behind == 0;
        }
    }

    @Override
    public Integer call() throws Exception {
        return run().sound() ? 0 : 1;
    }

    Report run() throws Exception {
        check();
        return target.around(out, Optional.empty(), "", this::load);
    }

    private Report load(Http http, Optional<ServerProcess> server) throws Exception {
        out.printf("server %s; machine: %d cores, load average %s%n", http.base(), Runtime.getRuntime().availableProcessors(),
                LoadGenerator.loadAverage());
        int households = (clients + devices - 1) / devices;
        Recorder seeding = new Recorder(Long.MAX_VALUE);
        long t0 = System.nanoTime();
        List<SyncClient> all = seed(http, seeding, households);
        out.printf("seeded %d households of 2 members, %d devices in all, in %.1f s%n", households, all.size(), (System.nanoTime() - t0) / 1e9);

        out.printf("%n=== %d devices syncing for %d s (push 1-20 ops, pull after the cursor, %d a page; think %d-%d ms)%n", all.size(), target.seconds,
                pullLimit, thinkMs.get(0), thinkMs.get(1));
        LoadGenerator.memory(out, http, server, "before");
        Optional<Double> cpuBefore = server.flatMap(ServerProcess::cpuSeconds);
        double ownCpuBefore = LoadGenerator.ownCpuSeconds();
        Recorder recorder = new Recorder(target.maxRequests);
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(target.seconds);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (SyncClient c : all) threads.submit(() -> c.run(recorder, end));
            threads.shutdown();
            if (!threads.awaitTermination(target.seconds + 2L * target.timeoutSeconds + 10, TimeUnit.SECONDS)) threads.shutdownNow();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Optional<Double> cpuAfter = server.flatMap(ServerProcess::cpuSeconds);
        long stored = all.stream().mapToLong(c -> c.opsPushed).sum();
        long pulled = all.stream().mapToLong(c -> c.opsPulled).sum();
        out.printf("%d devices, %.1f s%s, load average after: %s%n", all.size(), elapsed,
                recorder.exhausted() ? " (stopped at the request cap)" : "", LoadGenerator.loadAverage());
        recorder.print(out, elapsed);
        out.printf("operations stored %d (%.0f/s), pulled %d (%.0f/s)%n", stored, stored / elapsed, pulled, pulled / elapsed);
        if (cpuBefore.isPresent() && cpuAfter.isPresent()) {
            out.printf("server JVM CPU: %.1f s in %.1f s (%.2f cores of %d)%n", cpuAfter.get() - cpuBefore.get(), elapsed,
                    (cpuAfter.get() - cpuBefore.get()) / elapsed, Runtime.getRuntime().availableProcessors());
        }
        out.printf("load generator CPU: %.2f cores (same machine)%n", (LoadGenerator.ownCpuSeconds() - ownCpuBefore) / elapsed);
        LoadGenerator.memory(out, http, server, "after");

        // the check: a last pull brings every device to its household's last number (as the server's status
        // tells it), no page skipped a number, and no household's log is shorter than what its pushes stored
        Recorder settle = new Recorder(Long.MAX_VALUE);
        long far = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        List<Boolean> sound = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<Boolean>> done = new ArrayList<>();
            for (SyncClient c : all) done.add(threads.submit(() -> {
                boolean caughtUp = false;
                for (int i = 0; i < 50 && !caughtUp && System.nanoTime() < far; i++) caughtUp = c.pullAll(settle, far);
                Http.Reply status = c.status(settle);
                long lastSeq = status.json().path("lastSeq").asLong(-1);
                return caughtUp && status.ok() && c.cursor() == lastSeq && lastSeq >= c.householdStored.get()
                        && status.json().path("device").path("pending").asLong(-1) == 0;
            }));
            for (Future<Boolean> f : done) sound.add(f.get());
        }
        int behind = (int) sound.stream().filter(ok -> !ok).count();
        long gaps = all.stream().mapToLong(c -> c.gaps).sum();
        boolean up = LoadGenerator.serverUp(http, server);
        out.printf("check: pages that skipped a number %d; devices short of their household's log after a last pull %d of %d%s%n",
                gaps, behind, all.size(), gaps == 0 && behind == 0 ? " (none missed an operation)" : "");
        if (!up) {
            out.println("THE SERVER IS DOWN after the run");
            server.ifPresent(s -> out.println(s.logTail(40)));
        }
        return new Report(households, elapsed, recorder.summaries(), recorder.total(), stored, pulled, gaps, behind, up);
    }

    /** Households of 2 members (the owner invites the other), their devices handed out in turn. */
    private List<SyncClient> seed(Http http, Recorder recorder, int households) throws Exception {
        String runId = UUID.randomUUID().toString().substring(0, 6);
        List<SyncClient> all = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(target.seedParallel)) {
            List<Future<List<SyncClient>>> made = new ArrayList<>();
            for (int h = 0; h < households; h++) {
                int number = h;
                int count = Math.min(devices, clients - h * devices);
                made.add(pool.submit(() -> household(http, recorder, runId, number, count)));
            }
            for (Future<List<SyncClient>> f : made) all.addAll(f.get());
        }
        return all;
    }

    private List<SyncClient> household(Http http, Recorder recorder, String runId, int number, int count) {
        Household household = new Household("sync-" + number);
        Member owner = register(http, recorder, "sync_" + runId + "_" + number + "a", household);
        Http.Reply created = Seeder.expect(http.send(recorder, "POST /api/v1/households", "POST", "/api/v1/households", owner.token(http, recorder),
                Map.of("name", "Sync home " + number)), "create a household");
        Http.Reply invite = Seeder.expect(http.send(recorder, "POST /api/v1/households/{id}/invites", "POST",
                "/api/v1/households/" + created.text("id") + "/invites", owner.token(http, recorder), Map.of("maxUses", 1)), "invite");
        Member other = register(http, recorder, "sync_" + runId + "_" + number + "b", household);
        Seeder.expect(http.send(recorder, "POST /api/v1/households/join", "POST", "/api/v1/households/join", other.token(http, recorder),
                Map.of("code", invite.text("code"))), "join a household");
        AtomicLong stored = new AtomicLong();
        List<SyncClient> clientsHere = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            clientsHere.add(new SyncClient(d % 2 == 0 ? owner : other, stored, http, randomSeed * 1_000_003 + number * 16L + d, pullLimit,
                    thinkMs.get(0), thinkMs.get(1)));
        }
        return clientsHere;
    }

    private static Member register(Http http, Recorder recorder, String name, Household household) {
        Seeder.Login login = Seeder.register(http, recorder, name, "sync load password");
        return new Member(name, login.userId(), login.password(), household, login.access(), login.refresh());
    }

    private void check() {
        target.check();
        if (clients < 1 || clients > MAX_CLIENTS) throw new IllegalArgumentException("--clients: 1 to " + MAX_CLIENTS);
        if (devices < 1 || devices > 16) throw new IllegalArgumentException("--devices: 1 to 16");
        if (pullLimit < 1 || pullLimit > 1000) throw new IllegalArgumentException("--pull-limit: 1 to 1000");
        ServerUnderLoad.checkThinkTime(thinkMs);
    }
}
