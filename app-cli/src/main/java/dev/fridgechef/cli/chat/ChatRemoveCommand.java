package dev.fridgechef.cli.chat;

import dev.fridgechef.cli.CliContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rm", aliases = "remove", mixinStandardHelpOptions = true)
public final class ChatRemoveCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "ID", descriptionKey = "chat.id")
    long id;

    public ChatRemoveCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        var removed = context.app().conversations().delete(id);
        context.out().println(context.text("cli.chat.deleted", removed.id(), removed.title()));
    }
}
