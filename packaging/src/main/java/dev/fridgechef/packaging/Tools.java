package dev.fridgechef.packaging;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.spi.ToolProvider;

/** Runs the JDK's tools (jdeps, jlink, jpackage) of the JDK running this program, and the system's (dpkg-deb). */
final class Tools {
    private Tools() {
    }

    /** Runs a JDK tool in this JVM and returns what it printed; fails with its output when it fails. */
    static String jdk(String tool, List<String> args) {
        ToolProvider provider = ToolProvider.findFirst(tool).orElseThrow(() -> new IllegalStateException(
                tool + " is missing from the JDK at " + System.getProperty("java.home") + " (a full JDK 21+ is needed)"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = provider.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        if (exit != 0) {
            throw new IllegalStateException(tool + " " + String.join(" ", args) + " failed (exit " + exit + "):\n" + out + err);
        }
        return out.toString();
    }

    /** The JDK's own launcher of a tool, for the tools that run other programs and take their environment from ours. */
    static String jdkCommand(String tool) {
        return Path.of(System.getProperty("java.home"), "bin", tool).toString();
    }

    /** Runs a program with extra environment variables and returns its output; fails with the output when it fails. */
    static String run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + exit + "):\n" + output);
        }
        return output;
    }

    /** The programs of {@code names} that are not on the PATH. */
    static List<String> missingPrograms(String... names) {
        List<String> missing = new ArrayList<>();
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : names) {
            boolean found = false;
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    found = true;
                    break;
                }
            }
            if (!found) missing.add(name);
        }
        return missing;
    }
}
