package dev.fridgechef.cli.llm;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.llm.ProviderCheck;
import dev.fridgechef.llm.ProviderSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.ArrayList;
import java.util.List;

@Command(name = "test", mixinStandardHelpOptions = true)
public final class LlmTestCommand implements Runnable {
    private final CliContext context;

    @Mixin
    JsonOption json;

    public LlmTestCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        var app = context.aiApp();
        List<ProviderCheck.Result> results = new ArrayList<>();
        for (ProviderSettings p : app.gateway().chain()) results.add(ProviderCheck.check(p, app.usage()));
        if (json.enabled()) {
            context.printJson(results);
            return;
        }
        if (results.isEmpty()) context.out().println(context.text("cli.llm.none"));
        for (ProviderCheck.Result r : results) context.out().println("  " + r.provider() + " (" + r.model() + "): " + r.outcome() + ", " + r.latencyMs() + " ms");
        if (results.stream().anyMatch(r -> !r.ok())) throw new dev.fridgechef.i18n.UserException("error.llm.test");
    }
}
