package dev.fridgechef.cli.inventory;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.inventory.InventoryFiles;
import dev.fridgechef.inventory.InventoryItem;
import dev.fridgechef.inventory.StockEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

@Command(name = "export", mixinStandardHelpOptions = true)
public final class ExportCommand implements Runnable {
    private final CliContext context;

    @Option(names = "--format", paramLabel = "csv|json", descriptionKey = "export.format")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "export.output")
    Path output;

    public ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        InventoryFiles.Format f = format != null ? InventoryFiles.Format.parse(format)
                : output != null && InventoryFiles.Format.ofFileName(output.getFileName().toString()) != null
                ? InventoryFiles.Format.ofFileName(output.getFileName().toString()) : InventoryFiles.Format.CSV;
        List<InventoryItem> items = context.app().inventory().list().stream().map(StockEntry::item).toList();
        InventoryFiles files = context.app().inventoryFiles();
        if (output == null) {
            files.write(items, f, context.out());
            context.out().flush();
            return;
        }
        writeAtomically(output, w -> files.write(items, f, w));
        context.err().println(context.text("cli.export.done", items.size(), output));
    }

    /** Writes next to the target and moves into place, so a failure never leaves half a file. */
    private static void writeAtomically(Path target, java.util.function.Consumer<Writer> body) {
        Path absolute = target.toAbsolutePath();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(absolute.getParent(), ".fridge-export", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.accept(w);
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                if (tmp != null) Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the original failure is the one worth reporting
            }
            throw new UserException("error.file.write", target, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
