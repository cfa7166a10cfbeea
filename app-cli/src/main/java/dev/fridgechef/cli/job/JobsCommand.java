package dev.fridgechef.cli.job;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.cli.TextTable;
import dev.fridgechef.job.Job;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;

@Command(name = "jobs", mixinStandardHelpOptions = true,
        subcommands = {JobShowCommand.class, JobWaitCommand.class, JobCancelCommand.class, JobWorkCommand.class})
public final class JobsCommand implements Runnable {
    private final CliContext context;

    @Mixin
    JsonOption json;

    public JobsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        List<Job> jobs = context.app().jobs().list(50);
        if (json.enabled()) {
            context.printJson(jobs);
            return;
        }
        if (jobs.isEmpty()) {
            context.out().println(context.text("cli.jobs.none"));
            return;
        }
        TextTable table = new TextTable(List.of(context.text("cli.col.id"), context.text("cli.col.kind"), context.text("cli.col.status"),
                context.text("cli.col.progress"), context.text("cli.col.created"), context.text("cli.col.message")),
                true, false, false, true, false, false);
        for (Job j : jobs) {
            table.row(Long.toString(j.id()), j.kind(), j.status().name().toLowerCase(java.util.Locale.ROOT), j.progress() + " %",
                    j.createdAt().withNano(0).toString().replace('T', ' '), j.message() == null ? "" : j.message());
        }
        table.print(context.out());
    }

    /** Prints one job as a few lines. */
    static void print(CliContext context, Job j) {
        context.out().println(context.text("cli.jobs.line", j.id(), j.kind(), j.status().name().toLowerCase(java.util.Locale.ROOT), j.progress(),
                j.message() == null ? "" : j.message()));
        if (j.resultPlanId() != null) context.out().println(context.text("cli.jobs.plan", j.resultPlanId()));
    }
}
