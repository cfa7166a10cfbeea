package dev.fridgechef.cli.store;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.store.Backups;
import dev.fridgechef.store.StoreCheck;
import dev.fridgechef.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** {@code fridge store check}: opens the store and reads every row; says what is wrong and how to go back. */
@Command(name = "check", mixinStandardHelpOptions = true)
public final class StoreCheckCommand implements java.util.concurrent.Callable<Integer> {
    private final CliContext context;

    @Mixin
    JsonOption json;

    record CheckView(String file, long bytes, boolean ok, String problem, Map<String, Long> rows, String newestBackup) {
    }

    public StoreCheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Path file = StoreLocation.databaseFile(context.databasePath());
        if (!Files.exists(file)) throw new UserException("error.store.missing", file);
        StoreCheck.Result result;
        try {
            result = StoreCheck.check(context.app().store());
        } catch (UserException e) {
            result = new StoreCheck.Result(Map.of(), java.util.Optional.of(e.localizedMessage(context.messages())));
        }
        String newest = Backups.of(context.databasePath(), context.clock()).list().stream().findFirst()
                .map(Backups.Backup::label).orElse(null);
        long bytes = size(file);
        if (json.enabled()) {
            context.printJson(new CheckView(file.toString(), bytes, result.ok(), result.problem().orElse(null), result.rows(), newest));
        } else {
            context.out().println(context.text("cli.store.check.file", file, StoreBackupsCommand.size(bytes, context)));
            result.rows().forEach((table, rows) -> context.out().println("  " + table + ": " + rows));
            context.out().println(result.ok() ? context.text("cli.store.check.ok") : context.text("cli.store.check.bad", result.problem().get()));
            context.out().println(newest == null ? context.text("cli.store.check.nobackup") : context.text("cli.store.check.backup", newest));
        }
        return result.ok() ? 0 : 1;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
