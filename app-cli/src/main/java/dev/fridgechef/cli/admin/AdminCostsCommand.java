package dev.fridgechef.cli.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Locale;

/** {@code fridge admin costs}: the server's AI cost, tokens, cache hit rate and active users in a period. */
@Command(name = "costs", mixinStandardHelpOptions = true)
public final class AdminCostsCommand implements Runnable {
    private final CliContext context;

    @Mixin
    AdminPeriod period;

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
            JsonNode s = client.get("/api/v1/admin/stats" + period.query());
            if (json.enabled()) {
                context.printJson(s);
                return;
            }
            period.print(context, s);
            context.out().println(context.text("cli.admin.costs.cost", String.format(Locale.ROOT, "$%.4f", s.path("costUsd").asDouble()),
                    s.path("tokens").asLong(), s.path("requests").asLong()));
            context.out().println(context.text("cli.admin.costs.cache", s.path("cacheHits").asLong(), s.path("answers").asLong(),
                    Math.round(s.path("cacheHitRate").asDouble() * 100)));
            context.out().println(context.text("cli.admin.costs.users", s.path("users").asLong(), s.path("activeUsers").asLong(),
                    s.path("aiUsers").asLong(), s.path("tokensGrantedLeft").asLong()));
        }
    }
}
