package dev.fridgechef.cli.job;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true)
public final class JobShowCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "ID", descriptionKey = "jobs.id")
    long id;

    @Mixin
    JsonOption json;

    public JobShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        var job = context.app().jobs().get(id);
        if (json.enabled()) context.printJson(job);
        else JobsCommand.print(context, job);
    }
}
