package dev.fridgechef.cli.resident;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.GroupCommand;
import picocli.CommandLine.Command;

@Command(name = "resident", mixinStandardHelpOptions = true, subcommands = {ResidentStatusCommand.class, ResidentStopCommand.class})
public final class ResidentCommand extends GroupCommand {
    public ResidentCommand(CliContext context) {
        super(context);
    }
}
