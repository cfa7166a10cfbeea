package dev.fridgechef.cli.profile;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.GroupCommand;
import picocli.CommandLine.Command;

@Command(name = "profile", mixinStandardHelpOptions = true, subcommands = {ProfileSetCommand.class, ProfileShowCommand.class})
public final class ProfileCommand extends GroupCommand {
    public ProfileCommand(CliContext context) {
        super(context);
    }
}
