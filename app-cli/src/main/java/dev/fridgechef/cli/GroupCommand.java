package dev.fridgechef.cli;

import picocli.CommandLine;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands ("fridge food", "fridge profile" ...): run alone, it prints its usage. */
public abstract class GroupCommand implements Runnable {
    protected final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    protected GroupCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        spec.commandLine().usage(context.out());
    }
}
