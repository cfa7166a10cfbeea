package dev.fridgechef.cli.inventory;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.inventory.InventoryFiles;
import dev.fridgechef.inventory.InventoryItem;
import dev.fridgechef.inventory.StockEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code fridge export}: the stock as CSV or JSON, everything as JSON with {@code --all}; and with a
 * subcommand a plan, shopping list, recipe or diary as PDF, calendar or Markdown (package cli.export).
 */
@Command(name = "export", mixinStandardHelpOptions = true, subcommands = {dev.fridgechef.cli.export.ExportPlanCommand.class,
        dev.fridgechef.cli.export.ExportShoppingCommand.class, dev.fridgechef.cli.export.ExportRecipeCommand.class,
        dev.fridgechef.cli.export.ExportDiaryCommand.class})
public final class ExportCommand implements Runnable {
    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "csv|json", descriptionKey = "export.format")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "export.output")
    Path output;

    @Option(names = "--all", descriptionKey = "export.all")
    boolean all;

    public ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        InventoryFiles.Format f = format != null ? InventoryFiles.Format.parse(format) : null;
        if (all) {
            if (f != null && f != InventoryFiles.Format.JSON) {
                throw new CommandLine.ParameterException(spec.commandLine(), context.text("cli.export.all.json"));
            }
            exportAll();
            return;
        }
        List<InventoryItem> items = context.app().inventory().list().stream().map(StockEntry::item).toList();
        InventoryFiles files = context.app().inventoryFiles();
        if (output == null) {
            files.write(items, f != null ? f : InventoryFiles.Format.CSV, context.out());
            context.out().flush();
            return;
        }
        files.writeFile(items, output, f);
        context.err().println(context.text("cli.export.done", items.size(), output));
    }

    /** Everything about the person as one JSON document (docs/personal-data-export.md). */
    private void exportAll() {
        if (output == null) {
            context.printJson(context.personalData().export());
            return;
        }
        context.personalData().exportTo(output);
        context.err().println(context.text("cli.export.all.done", output));
    }
}
