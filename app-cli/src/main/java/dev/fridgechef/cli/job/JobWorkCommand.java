package dev.fridgechef.cli.job;

import dev.fridgechef.cli.CliContext;
import picocli.CommandLine.Command;

/** The background worker started by "plan --ai --async": runs the queue until it is empty, then exits. */
@Command(name = "work", hidden = true, mixinStandardHelpOptions = true)
public final class JobWorkCommand implements Runnable {
    private final CliContext context;

    public JobWorkCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        int ran = context.aiApp().jobRunner("pid-" + ProcessHandle.current().pid()).drain();
        context.out().println(context.text("cli.jobs.worked", ran));
    }
}
