package dev.fridgechef.cli.chat;

import dev.fridgechef.chat.Conversation;
import dev.fridgechef.chat.ConversationChat;
import dev.fridgechef.cli.CliContext;
import dev.fridgechef.i18n.UserException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;

/**
 * {@code fridge chat "question"}: asks in the latest conversation (or a new one with --new, or the
 * one given with --conversation), streaming the answer; --no-cache asks the model even when the same
 * opening question about the same data has an answer today, or the app answers it itself. Without a
 * question: the chat REPL.
 */
@Command(name = "chat", mixinStandardHelpOptions = true,
        subcommands = {ChatListCommand.class, ChatShowCommand.class, ChatRemoveCommand.class, ChatExportCommand.class})
public final class ChatCommand implements Runnable {
    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "QUESTION", arity = "0..*", descriptionKey = "chat.question")
    List<String> question;

    @Option(names = "--new", descriptionKey = "chat.new")
    boolean startNew;

    @Option(names = {"-c", "--conversation"}, paramLabel = "ID", descriptionKey = "chat.conversation")
    Long conversation;

    @Option(names = "--no-cache", descriptionKey = "chat.nocache")
    boolean noCache;

    public ChatCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        if (startNew && conversation != null) throw new CommandLine.ParameterException(spec.commandLine(), context.text("cli.chat.new.conflict"));
        dev.fridgechef.llm.HttpWarmUp.start(); // beside reading the store and building the question's context
        ConversationChat chat = context.aiApp().chat();
        if (conversation != null) context.app().conversations().get(conversation);
        boolean asking = question != null && !question.isEmpty();
        // with no provider, only a question the app answers itself can be asked
        if (!chat.configured() && !(asking && !noCache && chat.answersItself(String.join(" ", question)))) {
            throw new UserException("error.chat.noprovider");
        }
        if (!asking) {
            new ChatRepl(context, chat, conversation).run();
            return;
        }
        Long target = conversation != null ? conversation
                : startNew ? null : context.app().conversations().latest().map(Conversation::id).orElse(null);
        ask(context, chat, target, String.join(" ", question), noCache);
    }

    static ConversationChat.Reply ask(CliContext context, ConversationChat chat, Long conversationId, String text) {
        return ask(context, chat, conversationId, text, false);
    }

    /** Asks and streams the answer to standard output; says where it went and who answered on standard error. */
    static ConversationChat.Reply ask(CliContext context, ConversationChat chat, Long conversationId, String text, boolean fresh) {
        var out = context.out();
        var reply = chat.ask(conversationId, text, context.russian(), fresh, token -> {
            out.print(token);
            out.flush();
        });
        out.println();
        out.flush();
        if (reply.answeredLocally()) context.err().println(context.text("cli.chat.local", reply.conversation().id(), reply.conversation().title()));
        else if (reply.cached()) context.err().println(context.text(reply.general() ? "cli.chat.cached.general" : "cli.chat.cached",
                reply.conversation().id(), reply.conversation().title(), reply.cachedFrom()));
        else context.err().println(context.text("cli.chat.by", reply.conversation().id(), reply.conversation().title(),
                reply.call().provider() + "/" + reply.call().model()));
        if (reply.general() && !reply.cached()) context.err().println(context.text("cli.chat.general"));
        return reply;
    }
}
