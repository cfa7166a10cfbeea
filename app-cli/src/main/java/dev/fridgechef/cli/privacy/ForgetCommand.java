package dev.fridgechef.cli.privacy;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.privacy.PersonalData;
import dev.fridgechef.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code fridge forget}: erases everything about the person, after the word is typed or with --yes. */
@Command(name = "forget", mixinStandardHelpOptions = true)
public final class ForgetCommand implements Callable<Integer> {
    /** Accepted in either language, whatever the messages are in. */
    private static final java.util.Set<String> WORDS = java.util.Set.of("forget", "удалить");

    private final CliContext context;

    @Option(names = "--yes", descriptionKey = "forget.yes")
    boolean yes;

    @Mixin
    JsonOption json;

    /** What was erased, for --json. */
    record ErasedView(Map<String, Integer> rows, java.util.List<String> files) {
    }

    public ForgetCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!yes && !confirmed()) return 1;
        PersonalData.Erased erased = context.personalData().forget();
        if (json.enabled()) {
            context.printJson(new ErasedView(erased.rows(), erased.files().stream().map(Path::toString).toList()));
            return 0;
        }
        context.out().println(context.text("cli.forget.done", erased.totalRows(), erased.files().size()));
        erased.files().forEach(f -> context.out().println("  " + f));
        context.out().println(context.text("cli.forget.compact", StoreLocation.databaseFile(context.databasePath())));
        return 0;
    }

    private boolean confirmed() {
        if (!context.terminal().interactive()) {
            context.err().println(context.text("cli.forget.notty"));
            return false;
        }
        context.err().println(context.text("cli.forget.warning", StoreLocation.databaseFile(context.databasePath()), context.configFolder(),
                context.databasePath().resolveSibling(PersonalData.BACKUP_FOLDER)));
        String answer = context.terminal().readLine(context.text("cli.forget.prompt"));
        if (answer != null && WORDS.contains(answer.strip().toLowerCase(Locale.ROOT))) return true;
        context.err().println(context.text("cli.forget.cancelled"));
        return false;
    }
}
