package dev.fridgechef.cli.inventory;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.inventory.InventoryFiles;
import dev.fridgechef.inventory.InventoryItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

@Command(name = "import", mixinStandardHelpOptions = true)
public final class ImportCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "FILE", descriptionKey = "import.file")
    Path file;

    @Option(names = "--format", paramLabel = "csv|json", descriptionKey = "import.format")
    String format;

    @Option(names = "--force", descriptionKey = "force")
    boolean force;

    @Mixin
    JsonOption json;

    public ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        InventoryFiles.Rows rows = context.app().inventoryFiles().readFile(file, format != null ? InventoryFiles.Format.parse(format) : null);
        if (!rows.charset().equals(StandardCharsets.UTF_8)) context.err().println(context.text("cli.import.charset", file, rows.charset().name()));
        var inventory = context.app().inventory();
        List<InventoryItem> added = inventory.importRows(rows.drafts(), rows.lines(), force);
        if (json.enabled()) {
            var today = inventory.today();
            context.printJson(added.stream().map(i -> ItemView.of(inventory.describe(i), today, context.russian())).toList());
            return;
        }
        long unresolved = added.stream().filter(i -> !i.resolved()).count();
        context.out().println(context.text("cli.import.done", added.size(), file));
        if (unresolved > 0) context.out().println(context.text("cli.list.unresolved", unresolved));
    }
}
