package dev.fridgechef.cli.resident;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real {@code fridge} processes (dev.fridgechef.cli.Main on this test's class path) and the resident
 * process they start: the first command that only reads starts it, the next is answered by it, and
 * one killed with SIGKILL is replaced without a command going unanswered or answered twice.
 */
@DisabledOnOs(OS.WINDOWS)
class ResidentProcessTest {
    @TempDir
    Path dir;

    @AfterEach
    void stopTheResidentProcess() {
        socket().ifPresent(s -> ResidentClient.ask(s, Wire.Request.control(Wire.STOP)));
    }

    @Test
    void theSecondCommandIsAnsweredByTheResidentProcessAndAKilledOneIsReplaced() throws Exception {
        assertThat(fridge("add", "chicken breast", "600", "g", "--expires", "+2d").exit).isZero();
        assertThat(fridge("add", "rice", "1", "kg").exit).isZero();
        assertThat(listSockets()).as("a command that writes starts no resident process").isEmpty();

        Run first = fridge("list");
        assertThat(first.exit).isZero();
        assertThat(first.out).contains("chicken breast").contains("rice");
        ResidentSocket socket = awaitResidentProcess();
        long pid = pid(socket);

        Run second = fridge("list");
        assertThat(second).isEqualTo(first);
        assertThat(status(socket)).containsEntry("commands", "1");

        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        assertThat(socket.path()).as("SIGKILL leaves the socket file behind").exists();
        Run afterKill = fridge("list");
        assertThat(afterKill).as("answered here, once").isEqualTo(first);
        long replacement = pid(awaitResidentProcess());
        assertThat(replacement).isNotEqualTo(pid);
        assertThat(fridge("list")).isEqualTo(first);

        assertThat(fridge("add", "eggs", "10", "pcs").exit).as("declined there, run here").isZero();
        Run withEggs = fridge("list");
        assertThat(withEggs.out).contains("eggs");

        assertThat(fridge("resident", "status").out).contains("Resident process " + replacement + ", running since");
        ProcessHandle.of(replacement).orElseThrow().destroy(); // SIGTERM
        ProcessHandle.of(replacement).ifPresent(p -> p.onExit().join());
        assertThat(listSockets()).as("SIGTERM takes the socket along").isEmpty();

        assertThat(fridge("list")).isEqualTo(withEggs);
        long third = pid(awaitResidentProcess());
        assertThat(fridge("resident", "stop").out).contains("Resident process " + third + " stopped");
        ProcessHandle.of(third).ifPresent(p -> p.onExit().join());
        assertThat(listSockets()).isEmpty();
        assertThat(fridge("resident", "status").out).contains("No resident process is running");
    }

    @Test
    void switchedOffItIsNeitherStartedNorAsked() throws Exception {
        fridge("add", "rice", "1", "kg");
        for (int i = 0; i < 2; i++) assertThat(fridge(Map.of("FRIDGECHEF_RESIDENT", "off"), "list").out).contains("rice");
        Thread.sleep(1000);
        assertThat(listSockets()).isEmpty();
    }

    private ResidentSocket awaitResidentProcess() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Optional<ResidentSocket> s = socket();
            // warmed up: a command that came during the warm-up could wait too long and run by itself
            if (s.isPresent() && ResidentStatusCommand.status(s.get()).map(f -> f.get("warm")).filter("true"::equals).isPresent()) {
                return s.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no resident process answered in 30 s");
    }

    private Optional<ResidentSocket> socket() {
        return listSockets().stream().findFirst().map(ResidentSocket::new);
    }

    private List<Path> listSockets() {
        Path folder = dir.resolve("run/fridgechef");
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".sock")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> status(ResidentSocket socket) {
        return ResidentStatusCommand.status(socket).orElseThrow(() -> new AssertionError("no resident process answered"));
    }

    private static long pid(ResidentSocket socket) {
        return Long.parseLong(status(socket).get("pid"));
    }

    private Run fridge(String... args) throws IOException, InterruptedException {
        return fridge(Map.of(), args);
    }

    private Run fridge(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("run"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), dev.fridgechef.cli.Main.class.getName(),
                "--db", dir.resolve("store").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("FRIDGECHEF_") || k.startsWith("XDG_") || k.startsWith("LC_"));
        env.putAll(Map.of("XDG_RUNTIME_DIR", dir.resolve("run").toString(), "XDG_CONFIG_HOME", dir.resolve("config").toString(),
                "XDG_STATE_HOME", dir.resolve("state").toString(), "LANG", "en_US.UTF-8", "FRIDGECHEF_RESIDENT_MINUTES", "2"));
        env.putAll(extraEnv);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("fridge %s ended", List.of(args)).isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    record Run(int exit, String out, String err) {
    }
}
