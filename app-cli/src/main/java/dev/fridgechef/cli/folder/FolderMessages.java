package dev.fridgechef.cli.folder;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.folder.FolderService;

/** What saving into a folder printed, the same for plans and recipes. */
public final class FolderMessages {
    private FolderMessages() {
    }

    /** "Saved plan 3 in folder "Ideas". (new folder)" or "plan 3 was already in folder "Ideas"." */
    public static void printSaved(CliContext context, FolderService.Saved saved, String what) {
        String name = saved.folder().name();
        String line = saved.alreadyThere() ? context.text("cli.folder.already", what, name) : context.text("cli.folder.saved", what, name);
        if (saved.folderCreated()) line += " " + context.text("cli.folder.created");
        context.out().println(line);
    }
}
