package dev.fridgechef.cli.store;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.store.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code fridge store backup}: a consistent backup now, kept until deleted. */
@Command(name = "backup", mixinStandardHelpOptions = true)
public final class StoreBackupCommand implements Runnable {
    private final CliContext context;

    @Mixin
    JsonOption json;

    public StoreBackupCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        var store = context.app().store();
        Backups.Backup b = Backups.of(store.path(), context.clock()).take(store, Backups.Kind.MANUAL);
        if (json.enabled()) {
            context.printJson(StoreBackupsCommand.view(b));
            return;
        }
        context.out().println(context.text("cli.store.backup.done", b.file(), StoreBackupsCommand.size(b.bytes(), context)));
    }
}
