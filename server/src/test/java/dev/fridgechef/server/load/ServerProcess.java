package dev.fridgechef.server.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The server under load as a JVM of its own ({@link LoadTestServer}, on this JVM's class path), so
 * that its memory and CPU are its own: on a free loopback port, with its embedded PostgreSQL in a
 * temporary folder that is deleted when it stops. Its log goes to a file in that folder.
 */
final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final Path folder;
    private final int port;

    private ServerProcess(Process process, Path folder, int port) {
        this.process = process;
        this.folder = folder;
        this.port = port;
    }

    /** Starts the server; with a model URL its AI asks that model. */
    static ServerProcess start(List<String> jvmOptions, Optional<String> modelUrl) throws IOException {
        Path folder = Files.createTempDirectory("fridge-load-");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LoadTestServer.class.getName(),
                Integer.toString(port), folder.resolve("data").toString()));
        modelUrl.ifPresent(command::add);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("server.log").toFile()).start();
        return new ServerProcess(process, folder, port);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Resident memory of the server JVM, in MiB. */
    Optional<Double> jvmRssMib() {
        return rssMib(process.pid());
    }

    /**
     * Resident memory of the embedded PostgreSQL's processes together (shared buffers counted in
     * each), in MiB. pg_ctl starts the postmaster detached, so its processes are found by the
     * server's data folder in their command line, not as the JVM's children.
     */
    double postgresRssMib() {
        return postgres().mapToDouble(p -> rssMib(p.pid()).orElse(0.0)).sum();
    }

    private Stream<ProcessHandle> postgres() {
        String cluster = folder.resolve("data").toString();
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains(cluster)).orElse(false)
                || p.parent().flatMap(parent -> parent.info().commandLine()).map(c -> c.contains(cluster) && c.contains("postgres")).orElse(false));
    }

    static Optional<Double> rssMib(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024.0);
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }

    /** CPU time the server JVM has used (user + system), in seconds; its PostgreSQL's is not counted. */
    Optional<Double> cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Optional.of((Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0); // utime, stime: fields 14, 15, in 1/100 s
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }

    /** The last lines of the server's log (for when it died). */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(folder.resolve("server.log"));
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the server (SIGTERM: it stops its PostgreSQL; SIGKILL after 60 s) and deletes its folder. */
    @Override
    public void close() throws IOException {
        List<ProcessHandle> postgres = postgres().toList();
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle p : postgres) {
                if (p.isAlive()) p.destroy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
