package dev.fridgechef.cli.store;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.cli.TextTable;
import dev.fridgechef.store.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/** {@code fridge store backups}: the backups beside the store, newest first. Works when the store itself will not open. */
@Command(name = "backups", mixinStandardHelpOptions = true)
public final class StoreBackupsCommand implements Runnable {
    private final CliContext context;

    @Mixin
    JsonOption json;

    record BackupView(String label, String kind, LocalDateTime taken, long bytes, String file) {
    }

    public StoreBackupsCommand(CliContext context) {
        this.context = context;
    }

    static BackupView view(Backups.Backup b) {
        return new BackupView(b.label(), b.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), b.taken(), b.bytes(), b.file().toString());
    }

    static String size(long bytes, CliContext context) {
        return bytes < 1024 * 1024 ? context.text("cli.size.kb", (bytes + 1023) / 1024) : context.text("cli.size.mb", context.num(bytes / 1024.0 / 1024, 1));
    }

    @Override
    public void run() {
        Backups backups = Backups.of(context.databasePath(), context.clock());
        List<Backups.Backup> all = backups.list();
        if (json.enabled()) {
            context.printJson(all.stream().map(StoreBackupsCommand::view).toList());
            return;
        }
        if (all.isEmpty()) {
            context.out().println(context.text("cli.store.backups.none", backups.folder()));
            return;
        }
        context.out().println(context.text("cli.store.backups.folder", backups.folder()));
        TextTable table = new TextTable(List.of(context.text("cli.col.backup"), context.text("cli.col.kind"), context.text("cli.col.taken"),
                context.text("cli.col.size")), false, false, false, true);
        for (Backups.Backup b : all) {
            table.row(b.label(), context.text("cli.store.kind." + b.kind().name().toLowerCase(Locale.ROOT)),
                    b.taken().withNano(0).toString().replace('T', ' '), size(b.bytes(), context));
        }
        table.print(context.out());
    }
}
