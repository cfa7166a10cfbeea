package dev.fridgechef.cli.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.cli.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.Locale;

/** {@code fridge admin users}: every account with its role, token balance, last activity and AI use. */
@Command(name = "users", mixinStandardHelpOptions = true)
public final class AdminUsersCommand implements Runnable {
    private final CliContext context;

    @Mixin
    AdminLogin login;

    @Mixin
    JsonOption json;

    public AdminUsersCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        try (AdminClient client = AdminClient.login(context, login)) {
            JsonNode users = client.get("/api/v1/admin/users?limit=1000");
            if (json.enabled()) {
                context.printJson(users);
                return;
            }
            TextTable table = new TextTable(List.of(context.text("cli.admin.col.user"), context.text("cli.admin.col.role"),
                    context.text("cli.admin.col.balance"), context.text("cli.admin.col.active"), context.text("cli.col.calls"),
                    context.text("cli.admin.col.tokens"), context.text("cli.col.cost")), false, false, true, false, true, true, true);
            for (JsonNode u : users.path("users")) {
                table.row(u.path("username").asText(), u.path("role").asText(), Long.toString(u.path("balance").asLong()),
                        u.path("lastActiveAt").isNull() ? "-" : AdminClient.seconds(u.path("lastActiveAt").asText()),
                        Long.toString(u.path("generations").asLong()), Long.toString(u.path("tokensUsed").asLong()),
                        String.format(Locale.ROOT, "$%.4f", u.path("costUsd").asDouble()));
            }
            table.print(context.out());
            context.out().println(context.text("cli.admin.users.total", users.path("total").asLong()));
        }
    }
}
