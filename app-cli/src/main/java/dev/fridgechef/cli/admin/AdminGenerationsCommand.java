package dev.fridgechef.cli.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.cli.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.Locale;

/** {@code fridge admin generations}: AI calls, tokens and cost by feature and model in a period. */
@Command(name = "generations", mixinStandardHelpOptions = true)
public final class AdminGenerationsCommand implements Runnable {
    private final CliContext context;

    @Mixin
    AdminPeriod period;

    @Mixin
    AdminLogin login;

    @Mixin
    JsonOption json;

    public AdminGenerationsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        try (AdminClient client = AdminClient.login(context, login)) {
            JsonNode report = client.get("/api/v1/admin/generations" + period.query());
            if (json.enabled()) {
                context.printJson(report);
                return;
            }
            period.print(context, report);
            TextTable table = new TextTable(List.of(context.text("cli.col.feature"), context.text("cli.admin.col.model"),
                    context.text("cli.col.calls"), context.text("cli.col.failed"), context.text("cli.col.hits"), context.text("cli.col.tokens"),
                    context.text("cli.col.cost"), context.text("cli.admin.col.ms")), false, false, true, true, true, true, true, true);
            for (JsonNode r : report.path("byFeatureAndModel")) {
                table.row(r.path("feature").asText(), r.path("model").asText(), Long.toString(r.path("calls").asLong()),
                        Long.toString(r.path("failed").asLong()), Long.toString(r.path("cacheHits").asLong()),
                        r.path("promptTokens").asLong() + " / " + r.path("completionTokens").asLong(),
                        String.format(Locale.ROOT, "$%.4f", r.path("costUsd").asDouble()), Long.toString(r.path("meanLatencyMs").asLong()));
            }
            table.print(context.out());
            context.out().println(context.text("cli.admin.generations.total", report.path("calls").asLong(), report.path("tokens").asLong(),
                    String.format(Locale.ROOT, "$%.4f", report.path("costUsd").asDouble())));
        }
    }
}
