package dev.fridgechef.cli.chat;

import dev.fridgechef.chat.Conversation;
import dev.fridgechef.chat.ConversationExport;
import dev.fridgechef.chat.Message;
import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.LocalDateTime;

@Command(name = "show", mixinStandardHelpOptions = true)
public final class ChatShowCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "ID", descriptionKey = "chat.id")
    long id;

    @Mixin
    JsonOption json;

    public ChatShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        Conversation c = context.app().conversations().get(id);
        var messages = context.app().conversations().messages(id);
        if (json.enabled()) {
            context.printJson(ConversationExport.json(c, messages, context.outputJson()));
            return;
        }
        PrintWriter out = context.out();
        out.println(context.text("cli.chat.header", c.id(), c.title(), c.messages(), time(c.updatedAt())));
        for (Message m : messages) print(context, m, out);
    }

    /** One message: who and when on a line, then the text, then a blank line. */
    static void print(CliContext context, Message m, PrintWriter out) {
        out.println();
        out.println(context.text("cli.chat.role." + m.role().key()) + " · " + time(m.at()));
        out.println(m.content());
    }

    static String time(LocalDateTime t) {
        return t.withSecond(0).withNano(0).toString().replace('T', ' ');
    }
}
