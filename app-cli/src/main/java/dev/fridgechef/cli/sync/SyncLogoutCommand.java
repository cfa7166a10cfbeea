package dev.fridgechef.cli.sync;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code fridge sync logout}: forgets the refresh token; unsent operations stay in the outbox. */
@Command(name = "logout", mixinStandardHelpOptions = true)
public final class SyncLogoutCommand implements Runnable {
    private final CliContext context;

    @Mixin
    JsonOption json;

    public SyncLogoutCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        SyncSupport.credentials(context).logOut();
        int pending = context.app().sync().pending();
        if (json.enabled()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("logged_out", true);
            out.put("pending", pending);
            context.printJson(out);
            return;
        }
        context.out().println(context.text("cli.sync.logout.done", pending));
    }
}
