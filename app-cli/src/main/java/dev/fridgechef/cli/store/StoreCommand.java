package dev.fridgechef.cli.store;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.GroupCommand;
import picocli.CommandLine.Command;

/** {@code fridge store}: backups, restore, check and compaction of the store file. */
@Command(name = "store", mixinStandardHelpOptions = true,
        subcommands = {StoreBackupCommand.class, StoreBackupsCommand.class, StoreRestoreCommand.class, StoreCheckCommand.class,
                StoreCompactCommand.class})
public final class StoreCommand extends GroupCommand {
    public StoreCommand(CliContext context) {
        super(context);
    }
}
