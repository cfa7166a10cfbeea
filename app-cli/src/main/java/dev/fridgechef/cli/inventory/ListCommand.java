package dev.fridgechef.cli.inventory;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.ReadsOnly;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.inventory.DateSpec;
import dev.fridgechef.inventory.InventoryService;
import dev.fridgechef.inventory.Location;
import dev.fridgechef.inventory.StockEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

@Command(name = "list", aliases = "ls", mixinStandardHelpOptions = true)
public final class ListCommand implements Runnable, ReadsOnly {
    private final CliContext context;

    @Option(names = "--expiring", paramLabel = "PERIOD", descriptionKey = "expiring")
    String expiring;

    @Option(names = "--in", paramLabel = "fridge|freezer|pantry", descriptionKey = "list.in")
    String location;

    @Mixin
    JsonOption json;

    public ListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        InventoryService inventory = context.app().inventory();
        Predicate<StockEntry> filter = e -> true;
        if (expiring != null) filter = filter.and(inventory.expiringWithin(DateSpec.parsePeriodDays(expiring)));
        if (location != null) {
            Location where = Location.parse(location);
            filter = filter.and(e -> e.item().location() == where);
        }
        List<StockEntry> stock = inventory.list(filter);
        LocalDate today = inventory.today();
        if (json.enabled()) {
            context.printJson(stock.stream().map(e -> ItemView.of(e, today, context.russian())).toList());
        } else {
            new StockPrinter(context).print(stock, today);
        }
    }
}
