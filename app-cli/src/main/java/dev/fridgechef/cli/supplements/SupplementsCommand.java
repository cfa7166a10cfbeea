package dev.fridgechef.cli.supplements;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.supplements.Advice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code fridge supplements}: food first, then supplements for the profile and health record, then those left out. */
@Command(name = "supplements", mixinStandardHelpOptions = true)
public final class SupplementsCommand implements Runnable {
    private final CliContext context;

    @Mixin
    JsonOption json;

    public SupplementsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        Advice advice = context.app().supplements().advise();
        var missing = context.app().profiles().get().missingForTargets();
        SupplementsPrinter printer = new SupplementsPrinter(context);
        if (json.enabled()) context.printJson(printer.view(advice, missing));
        else printer.print(advice, missing);
    }
}
