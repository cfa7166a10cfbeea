package dev.fridgechef.cli.folder;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.cli.TextTable;
import dev.fridgechef.folder.Folder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;

/** {@code fridge folders}: the folders with how many plans and recipes each holds; subcommands show, rename and rm. */
@Command(name = "folders", mixinStandardHelpOptions = true,
        subcommands = {FolderShowCommand.class, FolderRenameCommand.class, FolderRemoveCommand.class})
public final class FoldersCommand implements Runnable {
    private final CliContext context;

    @Mixin
    JsonOption json;

    public FoldersCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        List<Folder> folders = context.app().folders().folders();
        if (json.enabled()) {
            context.printJson(folders);
            return;
        }
        if (folders.isEmpty()) {
            context.out().println(context.text("cli.folder.none"));
            return;
        }
        TextTable table = new TextTable(List.of(context.text("cli.col.folder"), context.text("cli.col.plans"), context.text("cli.col.recipes")),
                false, true, true);
        for (Folder f : folders) table.row(f.name(), Integer.toString(f.plans()), Integer.toString(f.recipes()));
        table.print(context.out());
    }
}
