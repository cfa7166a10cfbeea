package dev.fridgechef.cli.chat;

import dev.fridgechef.chat.Conversation;
import dev.fridgechef.chat.ConversationExport;
import dev.fridgechef.cli.CliContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;

/** One conversation as Markdown (the default) or JSON, to standard output or a file written whole, readable by its owner alone. */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class ChatExportCommand implements Runnable {
    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", descriptionKey = "chat.id")
    long id;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "chat.output")
    Path output;

    @Option(names = "--json", descriptionKey = "chat.export.json")
    boolean json;

    @Option(names = "--md", descriptionKey = "chat.export.md")
    boolean markdown;

    public ChatExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        if (json && markdown) throw new CommandLine.ParameterException(spec.commandLine(), context.text("cli.chat.format.conflict"));
        Conversation c = context.app().conversations().get(id);
        var messages = context.app().conversations().messages(id);
        String text;
        try {
            text = json ? context.outputJson().writeValueAsString(ConversationExport.json(c, messages, context.outputJson())) + "\n"
                    : ConversationExport.markdown(c, messages, context.text("cli.chat.role.user"), context.text("cli.chat.role.assistant"),
                    context.text("cli.chat.role.summary"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (context.writeOut(output, text, true)) context.err().println(context.text("cli.chat.exported", c.id(), output));
    }
}
