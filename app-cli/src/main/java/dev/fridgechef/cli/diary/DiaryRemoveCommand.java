package dev.fridgechef.cli.diary;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.diary.LoggedEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code fridge diary rm ID}: removes an entry; {@code fridge diary undo} brings it back. */
@Command(name = "rm", aliases = "remove", mixinStandardHelpOptions = true)
public final class DiaryRemoveCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "ID", descriptionKey = "diary.id")
    long id;

    public DiaryRemoveCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        LoggedEntry e = context.app().diary().as("cli").remove(id);
        DiaryText text = new DiaryText(context);
        context.out().println(context.text("cli.diary.removed", e.entry().id(), text.name(e.entry()), e.session().date()));
    }
}
