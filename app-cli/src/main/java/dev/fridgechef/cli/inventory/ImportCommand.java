package dev.fridgechef.cli.inventory;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.InventoryFiles;
import dev.fridgechef.inventory.StockEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

@Command(name = "import", mixinStandardHelpOptions = true)
public final class ImportCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "FILE", descriptionKey = "import.file")
    Path file;

    @Option(names = "--format", paramLabel = "csv|json", descriptionKey = "import.format")
    String format;

    @Mixin
    JsonOption json;

    public ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        InventoryFiles.Format f = format != null ? InventoryFiles.Format.parse(format) : InventoryFiles.Format.ofFileName(file.getFileName().toString());
        if (f == null) throw new UserException("error.file.format", file);
        InventoryFiles.Rows rows;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = context.app().inventoryFiles().read(in, f);
        } catch (IOException e) {
            throw new UserException("error.file.read", file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        List<StockEntry> added = context.app().inventory().addAll(rows.drafts(), rows.lines());
        if (json.enabled()) {
            var today = context.app().inventory().today();
            context.printJson(added.stream().map(e -> ItemView.of(e, today, context.russian())).toList());
            return;
        }
        long unresolved = added.stream().filter(e -> e.food() == null).count();
        context.out().println(context.text("cli.import.done", added.size(), file));
        if (unresolved > 0) context.out().println(context.text("cli.list.unresolved", unresolved));
    }
}
