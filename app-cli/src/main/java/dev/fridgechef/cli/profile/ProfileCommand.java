package dev.fridgechef.cli.profile;

import dev.fridgechef.cli.CliContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

@Command(name = "profile", mixinStandardHelpOptions = true, subcommands = {ProfileSetCommand.class, ProfileShowCommand.class})
public final class ProfileCommand implements Runnable {
    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    public ProfileCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        spec.commandLine().usage(context.out());
    }
}
