package dev.fridgechef.cli.diary;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code fridge day close [DATE]}: what the diary says about a day. */
@Command(name = "day", mixinStandardHelpOptions = true, subcommands = {DayCloseCommand.class})
public final class DayCommand extends GroupCommand {
    public DayCommand(CliContext context) {
        super(context);
    }
}
