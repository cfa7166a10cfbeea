package dev.fridgechef.cli.store;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.store.StoreMaintenance;
import picocli.CommandLine.Command;

/** {@code fridge store compact}: rewrites the store file without its free space. */
@Command(name = "compact", mixinStandardHelpOptions = true)
public final class StoreCompactCommand implements Runnable {
    private final CliContext context;

    public StoreCompactCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        StoreMaintenance.Compacted c = StoreMaintenance.compact(context.app().store());
        context.out().println(context.text("cli.store.compacted", StoreBackupsCommand.size(c.bytesBefore(), context), StoreBackupsCommand.size(c.bytesAfter(), context)));
    }
}
