package dev.fridgechef.cli.chat;

import dev.fridgechef.chat.Conversation;
import dev.fridgechef.chat.ConversationChat;
import dev.fridgechef.chat.Message;
import dev.fridgechef.cli.CliContext;
import dev.fridgechef.i18n.UserException;

import java.io.PrintWriter;
import java.util.List;

/**
 * The chat as a conversation at the keyboard: questions and answers until Ctrl-D or /quit, with
 * /new, /list, /switch ID, /title TEXT and /help. Prompts and notes go to standard error, answers
 * to standard output. It starts a new conversation unless one was given.
 */
final class ChatRepl {
    /** Earlier messages shown on /switch. */
    static final int SHOWN_ON_SWITCH = 4;

    private final CliContext context;
    private final ConversationChat chat;
    private final PrintWriter err;
    private Long current;

    ChatRepl(CliContext context, ConversationChat chat, Long conversation) {
        this.context = context;
        this.chat = chat;
        this.err = context.err();
        this.current = conversation;
    }

    void run() {
        err.println(context.text("cli.chat.repl.start"));
        if (current != null) showConversation(current);
        while (true) {
            err.print((current == null ? context.text("cli.chat.prompt.new") : context.text("cli.chat.prompt", current)) + " ");
            err.flush();
            String line = context.terminal().nextLine();
            if (line == null) {
                err.println();
                return;
            }
            line = line.strip();
            if (line.isEmpty()) continue;
            try {
                if (line.startsWith("/")) {
                    if (!command(line)) return;
                } else {
                    current = ChatCommand.ask(context, chat, current, line).conversation().id();
                }
            } catch (UserException e) {
                err.println(e.localizedMessage(context.messages()));
                if ("error.chat.failed.kept".equals(e.key()) && current == null) {
                    current = context.app().conversations().latest().map(Conversation::id).orElse(null);
                }
            }
        }
    }

    /** Runs one slash command; false to end the chat. */
    private boolean command(String line) {
        int space = line.indexOf(' ');
        String name = (space < 0 ? line : line.substring(0, space)).toLowerCase(java.util.Locale.ROOT);
        String arg = space < 0 ? "" : line.substring(space + 1).strip();
        switch (name) {
            case "/quit", "/exit", "/q" -> {
                return false;
            }
            case "/help", "/?" -> err.println(context.text("cli.chat.repl.help"));
            case "/new" -> {
                current = null;
                err.println(context.text("cli.chat.repl.new"));
            }
            case "/list" -> ChatListCommand.print(context, context.app().conversations().list(), err);
            case "/switch" -> {
                Long id = number(arg);
                if (id == null) {
                    err.println(context.text("cli.chat.repl.switch.usage"));
                } else {
                    context.app().conversations().get(id);
                    current = id;
                    showConversation(id);
                }
            }
            case "/title" -> {
                if (arg.isEmpty()) err.println(context.text("cli.chat.repl.title.usage"));
                else if (current == null) err.println(context.text("cli.chat.repl.notitle"));
                else err.println(context.text("cli.chat.repl.titled", current, context.app().conversations().rename(current, arg).title()));
            }
            default -> err.println(context.text("cli.chat.repl.unknown", name));
        }
        return true;
    }

    private static Long number(String text) {
        try {
            return text.isEmpty() ? null : Long.parseLong(text.startsWith("#") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The conversation's title and its last few messages, so the person sees where they are. */
    private void showConversation(long id) {
        Conversation c = context.app().conversations().get(id);
        err.println(context.text("cli.chat.repl.switched", c.id(), c.title()));
        List<Message> turns = context.app().conversations().messages(id).stream().filter(m -> m.role() != Message.Role.SUMMARY).toList();
        for (Message m : turns.subList(Math.max(0, turns.size() - SHOWN_ON_SWITCH), turns.size())) ChatShowCommand.print(context, m, err);
    }
}
