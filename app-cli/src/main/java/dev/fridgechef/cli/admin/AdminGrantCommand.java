package dev.fridgechef.cli.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.i18n.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.Map;

/** {@code fridge admin grant USER TOKENS}: adds tokens to a user's AI balance (USER: username or id). */
@Command(name = "grant", mixinStandardHelpOptions = true)
public final class AdminGrantCommand implements Runnable {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "USER", descriptionKey = "admin.grant.user")
    String user;

    @Parameters(index = "1", paramLabel = "TOKENS", descriptionKey = "admin.grant.tokens")
    long tokens;

    @Mixin
    AdminLogin login;

    @Mixin
    JsonOption json;

    public AdminGrantCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        try (AdminClient client = AdminClient.login(context, login)) {
            String id = idOf(client.get("/api/v1/admin/users?limit=1000").path("users"));
            JsonNode granted = client.post("/api/v1/admin/users/" + id + "/balance", Map.of("tokens", tokens));
            if (json.enabled()) context.printJson(granted);
            else context.out().println(context.text("cli.admin.granted", tokens, user, granted.path("balance").asLong()));
        }
    }

    private String idOf(JsonNode users) {
        for (JsonNode u : users) {
            if (u.path("id").asText().equalsIgnoreCase(user) || u.path("username").asText().equalsIgnoreCase(user)) return u.path("id").asText();
        }
        throw new UserException("cli.admin.nosuchuser", user);
    }
}
