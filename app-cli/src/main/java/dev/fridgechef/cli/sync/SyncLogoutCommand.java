package dev.fridgechef.cli.sync;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.sync.http.SyncLogin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code fridge sync logout}: ends the session on the server when it can and forgets the refresh token; unsent operations stay in the outbox. */
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
        SyncLogin.LoggedOut done = SyncSupport.service(context).logout();
        int pending = done.pending();
        if (json.enabled()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("logged_out", true);
            out.put("session_revoked", done.session() != SyncLogin.Session.NOT_REVOKED);
            if (done.problem() != null) out.put("revoke_error", done.problem());
            out.put("pending", pending);
            context.printJson(out);
            return;
        }
        if (done.session() == SyncLogin.Session.NOT_REVOKED) context.err().println(context.text("cli.sync.logout.not.revoked", done.problem()));
        context.out().println(context.text("cli.sync.logout.done", pending));
    }
}
