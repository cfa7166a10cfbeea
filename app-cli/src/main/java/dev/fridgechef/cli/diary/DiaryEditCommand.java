package dev.fridgechef.cli.diary;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.diary.EatenPercent;
import dev.fridgechef.diary.EntryEdit;
import dev.fridgechef.diary.LoggedEntry;
import dev.fridgechef.diary.MealTimes;
import dev.fridgechef.recipe.MealType;
import dev.fridgechef.unit.QuantityParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fridge diary edit ID --grams 250 --eaten 50%}: changes an entry (undo takes it back). */
@Command(name = "edit", mixinStandardHelpOptions = true)
public final class DiaryEditCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "ID", descriptionKey = "diary.id")
    long id;

    @Option(names = "--grams", paramLabel = "G", descriptionKey = "diary.edit.grams")
    String grams;

    @Option(names = "--servings", paramLabel = "X", descriptionKey = "diary.edit.servings")
    String servings;

    @Option(names = "--eaten", paramLabel = "PERCENT", descriptionKey = "ate.eaten")
    String eaten;

    @Option(names = "--at", paramLabel = "TIME", descriptionKey = "diary.edit.at")
    String at;

    @Option(names = "--meal", paramLabel = "MEAL", descriptionKey = "diary.edit.meal")
    String meal;

    @Mixin
    JsonOption json;

    public DiaryEditCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        var diary = context.app().diary().as("cli");
        EntryEdit edit = new EntryEdit(grams == null ? null : QuantityParser.parse(grams), servings == null ? null : QuantityParser.parse(servings),
                eaten == null ? null : EatenPercent.parse(eaten), at == null ? null : MealTimes.parse(at, diary.now()),
                meal == null ? null : MealType.parse(meal));
        LoggedEntry e = diary.edit(id, edit);
        DiaryText text = new DiaryText(context);
        if (json.enabled()) {
            context.printJson(text.entryJson(e.session(), e.entry(), e.nutrients()));
            return;
        }
        context.out().println(context.text("cli.diary.edited", e.entry().id(), text.name(e.entry()), text.amount(e.entry()),
                context.text("meal." + e.session().meal().key()), e.session().date(), e.session().time()));
        // an entry of unknown weight has no nutrition to show; printUnweighed says why
        if (e.entry().servedGrams() > 0) context.out().println("  " + text.nutrientLine(e.nutrients()));
        text.printUnweighed(e.entry());
    }
}
