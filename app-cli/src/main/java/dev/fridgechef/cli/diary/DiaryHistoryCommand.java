package dev.fridgechef.cli.diary;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.ReadsOnly;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.cli.TextTable;
import dev.fridgechef.diary.DiaryChange;
import dev.fridgechef.diary.DiaryEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.LocalDateTime;
import java.util.List;

/** {@code fridge diary history}: the latest changes to the diary, who made them and when. */
@Command(name = "history", mixinStandardHelpOptions = true)
public final class DiaryHistoryCommand implements Runnable, ReadsOnly {
    private final CliContext context;

    @Option(names = {"-n", "--last"}, paramLabel = "N", descriptionKey = "diary.history.last")
    int last = 20;

    @Mixin
    JsonOption json;

    public DiaryHistoryCommand(CliContext context) {
        this.context = context;
    }

    record ChangeJson(long id, long entryId, String action, String by, LocalDateTime at, boolean undone, DiaryEntry before, DiaryEntry after) {
    }

    @Override
    public void run() {
        List<DiaryChange> changes = context.app().diary().history(Math.max(1, Math.min(last, 10_000)));
        if (json.enabled()) {
            context.printJson(changes.stream().map(c -> new ChangeJson(c.id(), c.entryId(), c.action().key(), c.by(), c.at(), c.undone(),
                    c.before(), c.after())).toList());
            return;
        }
        if (changes.isEmpty()) {
            context.out().println(context.text("cli.diary.history.empty"));
            return;
        }
        DiaryText text = new DiaryText(context);
        TextTable table = new TextTable(List.of(context.text("cli.diary.col.change"), context.text("cli.diary.col.at"),
                context.text("cli.diary.col.by"), context.text("cli.diary.col.action"), context.text("cli.diary.col.id"),
                context.text("cli.diary.col.what")), true, false, false, false, true, false);
        for (DiaryChange c : changes) {
            DiaryEntry e = c.after() != null ? c.after() : c.before();
            String action = context.text("cli.diary.action." + c.action().key()) + (c.undone() ? " " + context.text("cli.diary.action.wasundone") : "");
            table.row(Long.toString(c.id()), c.at().format(DiaryText.MINUTE), c.by(), action, Long.toString(c.entryId()),
                    text.name(e) + ", " + text.amount(e));
        }
        table.print(context.out());
    }
}
