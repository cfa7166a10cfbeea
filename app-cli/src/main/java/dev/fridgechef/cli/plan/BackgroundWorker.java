package dev.fridgechef.cli.plan;

import dev.fridgechef.cli.CliContext;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Starts "fridge jobs work" as a separate process that outlives this command; its output goes to worker.log beside the store. */
final class BackgroundWorker {
    private BackgroundWorker() {
    }

    static void start(CliContext context) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                dev.fridgechef.cli.FridgeCommand.class.getName(), "--db", context.databasePath().toString(), "jobs", "work"));
        File log = context.databasePath().resolveSibling("worker.log").toFile();
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null").exists() ? new File("/dev/null") : log)).start();
        } catch (IOException e) {
            // the job stays queued: "fridge jobs wait" works the queue itself
            context.err().println(context.text("cli.jobs.noworker", e.getMessage()));
        }
    }
}
