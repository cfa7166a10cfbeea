package dev.fridgechef.cli.job;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.cli.plan.PlanPrinter;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.job.Job;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.time.Instant;

@Command(name = "wait", mixinStandardHelpOptions = true)
public final class JobWaitCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "ID", descriptionKey = "jobs.id")
    long id;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300", descriptionKey = "jobs.timeout")
    int timeoutSeconds;

    @Mixin
    JsonOption json;

    public JobWaitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        var app = context.aiApp();
        Instant deadline = Instant.now().plusSeconds(timeoutSeconds);
        Job job = app.jobs().get(id);
        int lastProgress = -1;
        String lastMessage = null;
        while (!job.finished()) {
            if (Instant.now().isAfter(deadline)) throw new UserException("error.job.timeout", id, timeoutSeconds);
            // nobody working the queue (no worker started, or it was killed): work it here
            app.jobRunner("wait-" + ProcessHandle.current().pid()).drain();
            job = app.jobs().get(id);
            String message = job.message() == null ? "" : job.message();
            if (!json.enabled() && (job.progress() != lastProgress || !message.equals(lastMessage)) && !job.finished()) {
                context.err().println(context.text("cli.jobs.progress", job.progress(), message));
                lastProgress = job.progress();
                lastMessage = message;
            }
            if (!job.finished()) sleep(Duration.ofMillis(300));
        }
        if (json.enabled()) {
            context.printJson(job);
            return;
        }
        Job finished = job;
        JobsCommand.print(context, finished);
        if (finished.status() == Job.Status.DONE && finished.resultPlanId() != null) {
            app.plans().get(finished.resultPlanId()).ifPresent(p -> new PlanPrinter(context).print(p));
        }
        if (finished.status() == Job.Status.FAILED) throw new UserException("error.job.failed", id, finished.message());
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
