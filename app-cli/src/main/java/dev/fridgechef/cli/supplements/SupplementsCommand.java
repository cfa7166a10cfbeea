package dev.fridgechef.cli.supplements;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.llm.LlmGateway;
import dev.fridgechef.supplements.Advice;
import dev.fridgechef.supplements.SupplementParaphrase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fridge supplements}: food first, then supplements for the profile and health record, then those left out. */
@Command(name = "supplements", mixinStandardHelpOptions = true)
public final class SupplementsCommand implements Runnable {
    private final CliContext context;

    @Mixin
    JsonOption json;

    @Option(names = "--ai", descriptionKey = "supplements.ai")
    boolean ai;

    public SupplementsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        Advice advice = context.app().supplements().advise();
        var missing = context.app().profiles().get().missingForTargets();
        SupplementsPrinter printer = new SupplementsPrinter(context);
        if (json.enabled()) context.printJson(printer.view(advice, missing));
        else if (ai) printReworded(printer, advice, missing);
        else printer.print(advice, missing);
    }

    /** The offline text when no provider is set, none answers, or the rewording changed a number. */
    private void printReworded(SupplementsPrinter printer, Advice advice, java.util.List<String> missing) {
        String offline = printer.render(advice, missing);
        var paraphrase = context.aiApp().supplementParaphrase();
        if (paraphrase.isEmpty()) {
            context.out().print(offline);
            context.out().println(context.text("cli.supplements.ai.none"));
            return;
        }
        try {
            SupplementParaphrase.Result r = paraphrase.get().paraphrase(offline, printer.doses(advice), context.messages().locale());
            context.out().println(r.text());
            if (!r.paraphrased()) {
                var changed = new java.util.ArrayList<>(r.unknownNumbers());
                changed.addAll(r.missingDoses());
                context.out().println(context.text("cli.supplements.ai.rejected", String.join(", ", changed)));
            }
        } catch (LlmGateway.AllProvidersFailed e) {
            context.out().print(offline);
            context.out().println(context.text("cli.supplements.ai.failed", e.describe()));
        }
    }
}
