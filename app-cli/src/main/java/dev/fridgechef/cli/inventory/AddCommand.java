package dev.fridgechef.cli.inventory;

import dev.fridgechef.i18n.Quantities;
import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.inventory.ItemDraft;
import dev.fridgechef.inventory.StockEntry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;

@Command(name = "add", mixinStandardHelpOptions = true)
public final class AddCommand implements Runnable {
    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME QTY UNIT", arity = "1..*", descriptionKey = "item.words")
    List<String> words;

    @Option(names = "--expires", paramLabel = "DATE", descriptionKey = "expires")
    String expires;

    @Option(names = "--in", paramLabel = "fridge|freezer|pantry", descriptionKey = "in")
    String location;

    @Option(names = "--opened", descriptionKey = "opened")
    boolean opened;

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "note")
    String note;

    @Option(names = "--food", paramLabel = "ID", descriptionKey = "food")
    String foodId;

    @Option(names = "--force", descriptionKey = "force")
    boolean force;

    @Mixin
    JsonOption json;

    public AddCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        ItemWords w = ItemWords.parse(words, spec.commandLine(), context);
        StockEntry added = context.app().inventory().add(new ItemDraft(w.name(), w.quantity(), w.unit(), location, expires,
                Boolean.toString(opened), note, foodId), force);
        if (json.enabled()) {
            context.printJson(ItemView.of(added, context.app().inventory().today(), context.russian()));
            return;
        }
        context.out().println(context.text("cli.add.done", new StockPrinter(context).describe(added)));
        if (added.food() == null) context.out().println(context.text("cli.add.unresolved", added.item().id()));
        else if (added.grams() == null) context.out().println(context.text("cli.add.unweighed", Quantities.unit(added.item().unit(), added.item().quantity(), context.russian())));
    }
}
