package dev.fridgechef.cli.folder;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.folder.FolderEntry;
import dev.fridgechef.folder.FolderService;
import dev.fridgechef.folder.SavedKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code fridge folders show NAME}: the plans and recipes in a folder, with their tags; one that is gone is marked. */
@Command(name = "show", mixinStandardHelpOptions = true)
public final class FolderShowCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "NAME", descriptionKey = "folder.name")
    String name;

    @Mixin
    JsonOption json;

    public FolderShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        FolderService.Contents contents = context.app().folders().show(name, context.russian());
        if (json.enabled()) {
            context.printJson(contents);
            return;
        }
        var out = context.out();
        out.println(context.text("cli.folder.header", contents.folder().name(), contents.folder().plans(), contents.folder().recipes()));
        if (contents.entries().isEmpty()) out.println("  " + context.text("cli.folder.empty"));
        for (FolderEntry e : contents.entries()) {
            String what = e.kind() == SavedKind.PLAN ? context.text("cli.folder.plan", e.ref()) : "[" + e.ref() + "]";
            String title = e.missing() ? context.text("cli.folder.missing") : e.title();
            String tags = e.tags().isEmpty() ? "" : "  #" + String.join(" #", e.tags());
            out.println("  " + (e.favourite() ? "★ " : "  ") + title + "  " + what + tags);
        }
    }
}
