package dev.fridgechef.cli.inventory;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.StockEntry;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "edit", mixinStandardHelpOptions = true)
public final class EditCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "ID", descriptionKey = "edit.id")
    long id;

    @Option(names = "--name", paramLabel = "NAME", descriptionKey = "edit.name")
    String name;

    @Option(names = {"--qty", "--quantity"}, paramLabel = "QTY", descriptionKey = "edit.qty")
    String quantity;

    @Option(names = "--unit", paramLabel = "UNIT", descriptionKey = "edit.unit")
    String unit;

    @ArgGroup(exclusive = true)
    Expiry expiry;

    static final class Expiry {
        @Option(names = "--expires", paramLabel = "DATE", descriptionKey = "expires")
        String date;

        @Option(names = "--no-expiry", descriptionKey = "edit.noexpiry")
        boolean none;
    }

    @Option(names = "--in", paramLabel = "fridge|freezer|pantry", descriptionKey = "in")
    String location;

    @ArgGroup(exclusive = true)
    Opened opened;

    static final class Opened {
        @Option(names = "--opened", descriptionKey = "opened")
        boolean opened;

        @Option(names = "--closed", descriptionKey = "edit.closed")
        boolean closed;
    }

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "note")
    String note;

    @Option(names = "--food", paramLabel = "ID", descriptionKey = "food")
    String foodId;

    @Option(names = "--force", descriptionKey = "force")
    boolean force;

    @Mixin
    JsonOption json;

    public EditCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        String openedText = opened == null ? null : Boolean.toString(opened.opened);
        ItemDraft changes = new ItemDraft(name, quantity, unit, location, expiry == null ? null : expiry.date, openedText, note, foodId);
        StockEntry edited = context.app().inventory().edit(id, changes, expiry != null && expiry.none, force);
        if (json.enabled()) {
            context.printJson(ItemView.of(edited, context.app().inventory().today(), context.russian()));
        } else {
            context.out().println(context.text("cli.edit.done", new StockPrinter(context).describe(edited)));
        }
    }
}
