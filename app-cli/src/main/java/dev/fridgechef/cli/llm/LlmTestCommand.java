package dev.fridgechef.cli.llm;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.llm.LlmGateway;
import dev.fridgechef.llm.ProviderSettings;
import dev.fridgechef.llm.UsageLedger;
import dev.langchain4j.data.message.UserMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

@Command(name = "test", mixinStandardHelpOptions = true)
public final class LlmTestCommand implements Runnable {
    private final CliContext context;

    @Mixin
    JsonOption json;

    record Result(String provider, String model, String outcome, long latencyMs) {
    }

    public LlmTestCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        var app = context.app();
        List<Result> results = new ArrayList<>();
        for (ProviderSettings p : app.gateway().chain()) {
            LlmGateway one = new LlmGateway(List.of(p), new LlmGateway.Limits(0, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(20)),
                    d -> { }, 1);
            long start = System.nanoTime();
            String outcome;
            try {
                var answer = one.chat(List.of(UserMessage.from("Reply with the JSON {\"ok\": true} and nothing else.")), 20);
                outcome = "ok";
                app.usage().record(new UsageLedger.Call(p.name(), p.model(), "test", answer.tokensIn(), answer.tokensOut(), answer.costUsd(),
                        answer.latency().toMillis(), false, "ok"));
            } catch (LlmGateway.AllProvidersFailed e) {
                outcome = e.attempts().isEmpty() ? "failed" : e.attempts().get(0).outcome();
                app.usage().record(new UsageLedger.Call(p.name(), p.model(), "test", 0, 0, 0, 0, false, outcome));
            }
            results.add(new Result(p.name(), p.model(), outcome, (System.nanoTime() - start) / 1_000_000));
        }
        if (json.enabled()) {
            context.printJson(results);
            return;
        }
        if (results.isEmpty()) context.out().println(context.text("cli.llm.none"));
        for (Result r : results) context.out().println("  " + r.provider() + " (" + r.model() + "): " + r.outcome() + ", " + r.latencyMs() + " ms");
        if (results.stream().anyMatch(r -> !r.outcome().equals("ok"))) throw new dev.fridgechef.i18n.UserException("error.llm.test");
    }
}
