package dev.fridgechef.cli.chat;

import dev.fridgechef.chat.Conversation;
import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.cli.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.List;

@Command(name = "list", aliases = "ls", mixinStandardHelpOptions = true)
public final class ChatListCommand implements Runnable {
    private final CliContext context;

    @Mixin
    JsonOption json;

    public ChatListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        List<Conversation> list = context.app().conversations().list();
        if (json.enabled()) context.printJson(list);
        else print(context, list, context.out());
    }

    /** The conversations as a table, newest first. */
    static void print(CliContext context, List<Conversation> list, PrintWriter out) {
        if (list.isEmpty()) {
            out.println(context.text("cli.chat.none"));
            return;
        }
        TextTable table = new TextTable(List.of(context.text("cli.col.id"), context.text("cli.col.title"), context.text("cli.col.messages"),
                context.text("cli.col.updated")), true, false, true, false);
        for (Conversation c : list) {
            table.row(Long.toString(c.id()), c.title(), Integer.toString(c.messages()), ChatShowCommand.time(c.updatedAt()));
        }
        table.print(out);
    }
}
