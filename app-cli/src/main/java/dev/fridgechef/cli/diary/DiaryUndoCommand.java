package dev.fridgechef.cli.diary;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.diary.DiaryChange;
import dev.fridgechef.diary.DiaryEntry;
import picocli.CommandLine.Command;

/** {@code fridge diary undo}: reverts the latest add, edit or removal not undone yet. */
@Command(name = "undo", mixinStandardHelpOptions = true)
public final class DiaryUndoCommand implements Runnable {
    private final CliContext context;

    public DiaryUndoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        DiaryChange c = context.app().diary().as("cli").undo();
        DiaryEntry e = c.after() != null ? c.after() : c.before();
        context.out().println(context.text("cli.diary.undone." + c.action().key(), c.entryId(), new DiaryText(context).name(e),
                c.at().format(DiaryText.MINUTE)));
    }
}
