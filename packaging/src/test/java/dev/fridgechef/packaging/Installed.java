package dev.fridgechef.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a program of the built app as a person would: a bare PATH, no JAVA_HOME, a throw-away home. */
final class Installed {
    record Result(int exit, String out) {
    }

    private Installed() {
    }

    /** The build's target folder, passed by failsafe. */
    static Path target() {
        return Path.of(System.getProperty("packaging.target", "target"));
    }

    static Result run(Path home, List<String> command) throws IOException, InterruptedException {
        return run(home, command, Map.of());
    }

    /** The same with variables set (an empty value removes the variable). */
    static Result run(Path home, List<String> command, Map<String, String> extraEnv) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", home.toString());
        env.put("FRIDGECHEF_HOME", home.resolve("fridgechef").toString());
        env.put("XDG_STATE_HOME", home.resolve("state").toString());
        env.put("LANG", "C.UTF-8");
        env.put("FRIDGECHEF_LANG", "en");
        // no resident process unless a test asks for one (FRIDGECHEF_RESIDENT ""); it listens in here then
        env.put("FRIDGECHEF_RESIDENT", "off");
        env.put("XDG_RUNTIME_DIR", home.resolve("run").toString());
        env.put("FRIDGECHEF_RESIDENT_MINUTES", "1");
        extraEnv.forEach((name, value) -> {
            if (value.isEmpty()) env.remove(name);
            else env.put(name, value);
        });
        Files.createDirectories(home.resolve("run"));
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not end in two minutes");
        }
        return new Result(process.exitValue(), out);
    }

    /** JAVA_VERSION from a runtime's release file, e.g. 25.0.3. */
    static String runtimeVersion(Path runtime) throws IOException {
        return Files.readAllLines(runtime.resolve("release")).stream().filter(l -> l.startsWith("JAVA_VERSION="))
                .map(l -> l.substring("JAVA_VERSION=".length()).replace("\"", "")).findFirst().orElseThrow();
    }
}
