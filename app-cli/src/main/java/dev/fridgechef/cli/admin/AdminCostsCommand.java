package dev.fridgechef.cli.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Locale;

/** {@code fridge admin costs}: the server's AI cost, tokens, cache hit rate and active users in a period. */
@Command(name = "costs", mixinStandardHelpOptions = true)
public final class AdminCostsCommand implements Runnable {
    private final CliContext context;

    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "admin.from")
    String from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "admin.to")
    String to;

    @Mixin
    AdminLogin login;

    @Mixin
    JsonOption json;

    public AdminCostsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        try (AdminClient client = AdminClient.login(context, login)) {
            JsonNode s = client.get("/api/v1/admin/stats" + AdminClient.period(from, to));
            if (json.enabled()) {
                context.printJson(s);
                return;
            }
            context.out().println(context.text("cli.admin.period", AdminClient.seconds(s.path("from").asText()),
                    AdminClient.seconds(s.path("to").asText())));
            context.out().println(context.text("cli.admin.costs.cost", String.format(Locale.ROOT, "$%.4f", s.path("costUsd").asDouble()),
                    s.path("tokens").asLong(), s.path("requests").asLong()));
            context.out().println(context.text("cli.admin.costs.cache", s.path("cacheHits").asLong(), s.path("answers").asLong(),
                    Math.round(s.path("cacheHitRate").asDouble() * 100)));
            context.out().println(context.text("cli.admin.costs.users", s.path("users").asLong(), s.path("activeUsers").asLong(),
                    s.path("aiUsers").asLong(), s.path("tokensGrantedLeft").asLong()));
        }
    }
}
