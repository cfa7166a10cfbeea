package dev.fridgechef.cli.folder;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.folder.Folder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code fridge folders rm NAME}: deletes the folder, never the plans and recipes it held. */
@Command(name = "rm", aliases = "remove", mixinStandardHelpOptions = true)
public final class FolderRemoveCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "NAME", descriptionKey = "folder.name")
    String name;

    public FolderRemoveCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        Folder removed = context.app().folders().remove(name);
        context.out().println(context.text("cli.folder.removed", removed.name(), removed.plans(), removed.recipes()));
    }
}
