package dev.fridgechef.cli.sync;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.sync.http.SyncLogin;
import dev.fridgechef.sync.store.SyncStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code fridge sync login URL --user NAME}: logs in (password from FRIDGECHEF_SYNC_PASSWORD or typed
 * without echo) through core's {@link SyncLogin}: checks the account is in a household, links the store
 * (today's stock becomes this device's first operations) and keeps the refresh token in the config
 * folder, owner-only.
 */
@Command(name = "login", mixinStandardHelpOptions = true)
public final class SyncLoginCommand implements Runnable {
    private final CliContext context;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "URL", descriptionKey = "sync.url")
    String url;

    @Option(names = "--user", required = true, paramLabel = "NAME", descriptionKey = "sync.user")
    String user;

    @Option(names = "--local-stock", paramLabel = "add|set-aside", descriptionKey = "sync.local.stock")
    String localStock;

    @Mixin
    JsonOption json;

    public SyncLoginCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        String server = checkedUrl(url);
        String password = context.env().get(SyncSupport.PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) password = context.terminal().readPassword(context.text("cli.sync.password.prompt", user, server));
        if (password == null || password.isEmpty()) throw new CommandLine.ParameterException(spec.commandLine(), context.text("cli.sync.password.none"));
        SyncLogin.LocalStock choice = localStockChoice();
        Path setAsideFile = context.databasePath().toAbsolutePath().getParent()
                .resolve("stock-set-aside-" + SyncSupport.time(context.clock().instant()).replace(' ', '-').replace(":", "") + ".csv");
        SyncLogin.LoggedIn done;
        try {
            done = SyncSupport.service(context).login(server, user, password, choice, setAsideFile);
        } catch (UserException e) {
            if (e.key().equals("error.sync.local.stock")) context.err().println(context.text("cli.sync.local.stock.choose"));
            throw e;
        }
        int pending = done.pending();
        SyncStore.Link link = done.link();
        if (json.enabled()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("server", server);
            out.put("account", user);
            out.put("device_id", link.deviceId().toString());
            out.put("first_link", done.firstLink());
            out.put("pending", pending);
            out.put("set_aside", done.setAside());
            out.put("set_aside_file", done.setAsideFile() == null ? null : done.setAsideFile().toString());
            context.printJson(out);
            return;
        }
        context.out().println(context.text("cli.sync.login.done", server, user, link.deviceId()));
        if (done.setAside() > 0) context.out().println(context.text("cli.sync.set.aside", done.setAside(), done.setAsideFile()));
        if (pending > 0) context.out().println(context.text("cli.sync.login.pending", pending));
    }

    private SyncLogin.LocalStock localStockChoice() {
        if (localStock == null) return SyncLogin.LocalStock.ASK;
        return switch (localStock.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "add" -> SyncLogin.LocalStock.ADD;
            case "set-aside" -> SyncLogin.LocalStock.SET_ASIDE;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), context.text("cli.sync.local.stock.bad", localStock));
        };
    }

    private String checkedUrl(String text) {
        return SyncLogin.serverUrl(text)
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), context.text("cli.sync.url.bad", text)));
    }
}
