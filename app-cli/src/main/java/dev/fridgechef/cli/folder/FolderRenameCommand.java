package dev.fridgechef.cli.folder;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.folder.Folder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code fridge folders rename OLD NEW}. */
@Command(name = "rename", mixinStandardHelpOptions = true)
public final class FolderRenameCommand implements Runnable {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "folder.name")
    String oldName;

    @Parameters(index = "1", paramLabel = "NEW", descriptionKey = "folder.newname")
    String newName;

    public FolderRenameCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        Folder renamed = context.app().folders().rename(oldName, newName);
        context.out().println(context.text("cli.folder.renamed", oldName.strip(), renamed.name()));
    }
}
