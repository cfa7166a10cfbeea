package dev.fridgechef.cli.store;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.store.Backups;
import dev.fridgechef.store.StoreMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.time.Duration;

/**
 * {@code fridge store restore [BACKUP]}: replaces the store with a backup (the newest good one by
 * default), after checking it and saving the store as it is. Works when the store will not open.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
public final class StoreRestoreCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "BACKUP", arity = "0..1", descriptionKey = "store.restore.backup")
    String backup;

    public StoreRestoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        Backups backups = Backups.of(context.databasePath(), context.clock());
        Backups.Backup chosen = backups.resolve(backup);
        StoreMaintenance.Restored r = StoreMaintenance.restore(context.databasePath(), chosen, context.clock(), Duration.ofSeconds(60));
        context.out().println(context.text("cli.store.restored", chosen.label()));
        r.previousSavedAs().ifPresent(p -> context.out().println(context.text("cli.store.restored.saved", p.label())));
    }
}
