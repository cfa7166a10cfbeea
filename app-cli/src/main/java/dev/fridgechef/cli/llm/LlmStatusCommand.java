package dev.fridgechef.cli.llm;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.llm.LlmSettings;
import dev.fridgechef.llm.ProviderSettings;
import dev.fridgechef.llm.UsageLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;

@Command(name = "status", mixinStandardHelpOptions = true)
public final class LlmStatusCommand implements Runnable {
    private final CliContext context;

    @Mixin
    JsonOption json;

    /** Status as printed with --json; keys are never included, only whether one is set. */
    record ProviderView(String name, String kind, String baseUrl, String model, boolean keySet, double inputPrice, double outputPrice,
                        String lastTest) {
    }

    record StatusView(String configFile, List<ProviderView> chain, double monthlyBudgetUsd, double spentThisMonthUsd,
                      int generationsPerMinute, double maxRequestUsd, long requestTimeoutSeconds, int reuseExtraFoods, UsageLedger.Day today) {
    }

    public LlmStatusCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        var app = context.aiApp();
        LlmSettings settings = app.llmSettings();
        List<ProviderView> chain = app.gateway().chain().stream().map(p -> view(p, app.usage().lastTest(p.name()).orElse(null))).toList();
        List<UsageLedger.Day> days = app.usage().days(1);
        StatusView status = new StatusView(context.folders().llmConfigFile().toString(),
                chain, settings.monthlyBudgetUsd(), app.usage().spentThisMonth(), settings.generationsPerMinute(), settings.maxRequestUsd(),
                settings.requestTimeout().toSeconds(), settings.reuseExtraFoods(), days.isEmpty() ? null : days.get(0));
        if (json.enabled()) {
            context.printJson(status);
            return;
        }
        var out = context.out();
        out.println(context.text("cli.llm.config", status.configFile()));
        if (chain.isEmpty()) out.println(context.text("cli.llm.none"));
        for (int i = 0; i < chain.size(); i++) {
            ProviderView p = chain.get(i);
            out.println("  " + context.text("cli.llm.provider", i + 1, p.name(), p.kind(), p.model(), p.baseUrl(),
                    context.text(p.keySet() ? "cli.llm.key.set" : "cli.llm.key.notneeded"), context.num(p.inputPrice(), 2),
                    context.num(p.outputPrice(), 2)));
            out.println("     " + context.text("cli.llm.reachable", p.lastTest() == null ? context.text("cli.llm.untested") : p.lastTest()));
        }
        out.println(context.text("cli.llm.budget", context.num(status.spentThisMonthUsd(), 4),
                context.num(status.monthlyBudgetUsd(), 2), status.generationsPerMinute()));
        out.println(context.text("cli.llm.caps", context.num(status.maxRequestUsd(), 2), status.requestTimeoutSeconds(),
                status.reuseExtraFoods()));
        UsageLedger.Day today = status.today();
        out.println(context.text("cli.llm.today", today == null ? 0 : today.calls(), today == null ? 0 : today.cacheHits(),
                context.num(today == null ? 0 : today.costUsd(), 4)));
    }

    private static ProviderView view(ProviderSettings p, String lastTest) {
        return new ProviderView(p.name(), p.kind().key(), p.baseUrl(), p.model(), p.apiKey() != null && !p.apiKey().isEmpty(),
                p.inputPricePerMillion(), p.outputPricePerMillion(), lastTest);
    }
}
