package dev.fridgechef.cli.llm;

import dev.fridgechef.cli.CliContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "chat", mixinStandardHelpOptions = true)
public final class ChatCommand implements Runnable {
    private final CliContext context;

    @Parameters(paramLabel = "QUESTION", arity = "1..*", descriptionKey = "chat.question")
    List<String> question;

    public ChatCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        var out = context.out();
        var answer = StderrProgress.showing(context, () -> context.aiApp().chat().ask(String.join(" ", question), context.russian(), token -> {
            out.print(token);
            out.flush();
        }));
        out.println();
        context.err().println(context.text("cli.chat.by", answer.provider() + "/" + answer.model()));
    }
}
