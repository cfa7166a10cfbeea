package dev.fridgechef.cli.inventory;

import dev.fridgechef.i18n.Quantities;
import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.inventory.UseResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;

@Command(name = "use", mixinStandardHelpOptions = true)
public final class UseCommand implements Runnable {
    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NAME QTY UNIT", arity = "1..*", descriptionKey = "use.words")
    List<String> words;

    @Mixin
    JsonOption json;

    /** What use printed with --json: the item as it was before, how much was taken and what is left (0 = removed). */
    record ChangeView(ItemView item, double taken, double left) {
    }

    record UseView(double quantity, String unit, List<ChangeView> changes) {
    }

    public UseCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        ItemWords w = ItemWords.parse(words, spec.commandLine(), context);
        UseResult result = context.app().inventory().use(w.name(), w.quantity(), w.unit());
        if (json.enabled()) {
            var inventory = context.app().inventory();
            context.printJson(new UseView(result.quantity(), result.unit(), result.changes().stream()
                    .map(c -> new ChangeView(ItemView.of(inventory.describe(c.item()), inventory.today(), context.russian()), c.taken(), c.left()))
                    .toList()));
            return;
        }
        boolean ru = context.russian();
        for (UseResult.Change c : result.changes()) {
            var item = c.item();
            String line = c.left() == 0
                    ? context.text("cli.use.finished", Quantities.amount(c.taken(), ru), Quantities.unit(item.unit(), c.taken(), ru), item.name(), item.id())
                    : context.text("cli.use.left", Quantities.amount(c.taken(), ru), Quantities.unit(item.unit(), c.taken(), ru), item.name(), item.id(),
                    Quantities.amount(c.left(), ru), Quantities.unit(item.unit(), c.left(), ru));
            context.out().println(line);
        }
    }
}
