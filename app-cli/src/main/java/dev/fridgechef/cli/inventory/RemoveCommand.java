package dev.fridgechef.cli.inventory;

import dev.fridgechef.i18n.Quantities;
import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.inventory.InventoryItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "remove", aliases = "rm", mixinStandardHelpOptions = true)
public final class RemoveCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "NAME|ID", arity = "1..*", descriptionKey = "remove.target")
    List<String> target;

    @Option(names = "--all", descriptionKey = "remove.all")
    boolean all;

    @Mixin
    JsonOption json;

    public RemoveCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        List<InventoryItem> removed = context.app().inventory().remove(String.join(" ", target), all);
        if (json.enabled()) {
            var inventory = context.app().inventory();
            context.printJson(removed.stream().map(i -> ItemView.of(inventory.describe(i), inventory.today(), context.russian())).toList());
            return;
        }
        for (InventoryItem i : removed) {
            context.out().println(context.text("cli.remove.done", i.id(), i.name(), Quantities.amount(i.quantity(), context.russian()),
                    Quantities.unit(i.unit(), i.quantity(), context.russian())));
        }
    }
}
