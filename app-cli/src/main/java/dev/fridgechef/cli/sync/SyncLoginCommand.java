package dev.fridgechef.cli.sync;

import dev.fridgechef.cli.CliContext;
import dev.fridgechef.cli.JsonOption;
import dev.fridgechef.i18n.UserException;
import dev.fridgechef.sync.http.HttpSyncTransport;
import dev.fridgechef.sync.http.SyncCredentials;
import dev.fridgechef.sync.store.SyncStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@code fridge sync login URL --user NAME}: logs in (password from FRIDGECHEF_SYNC_PASSWORD or typed
 * without echo), checks the account is in a household, links the store (today's stock becomes this
 * device's first operations) and keeps the refresh token in the config folder, owner-only.
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
        SyncStore sync = context.app().sync();
        var existing = sync.link();
        if (existing.isPresent() && !SyncStore.sameServer(existing.get().serverUrl(), server)) {
            throw new UserException("error.sync.other.server", existing.get().serverUrl(), server);
        }
        HttpSyncTransport.Tokens tokens;
        try {
            tokens = HttpSyncTransport.login(server, user, password, SyncSupport.DEVICE_NAME, SyncSupport.timeout(context));
        } catch (HttpSyncTransport.ServerException e) {
            if (e.status() == 401) throw new UserException("error.sync.login.refused", user, server);
            throw new UserException("error.sync.server", server, e.getMessage());
        } catch (IOException e) {
            throw new UserException("error.sync.server", server, e.getMessage());
        }
        // the account must be in a household before anything is linked or recorded
        UUID probe = existing.map(SyncStore.Link::deviceId).orElseGet(() -> sync.ids().next());
        try {
            new HttpSyncTransport(server, SyncSupport.credentials(context), probe, SyncSupport.DEVICE_NAME, SyncSupport.timeout(context))
                    .withAccessToken(tokens.accessToken()).status();
        } catch (HttpSyncTransport.ServerException e) {
            if ("no_household".equals(e.code())) throw new UserException("error.sync.no.household", user, server);
            throw new UserException("error.sync.server", server, e.getMessage());
        } catch (IOException e) {
            throw new UserException("error.sync.server", server, e.getMessage());
        }
        SyncStore.Linked linked = sync.linkTo(server, user);
        SyncSupport.credentials(context).save(new SyncCredentials.Login(server, user, linked.link().deviceId().toString(), tokens.refreshToken()));
        int pending = sync.pending();
        if (json.enabled()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("server", server);
            out.put("account", user);
            out.put("device_id", linked.link().deviceId().toString());
            out.put("first_link", linked.first());
            out.put("pending", pending);
            context.printJson(out);
            return;
        }
        context.out().println(context.text("cli.sync.login.done", server, user, linked.link().deviceId()));
        if (pending > 0) context.out().println(context.text("cli.sync.login.pending", pending));
    }

    private String checkedUrl(String text) {
        try {
            URI uri = URI.create(text.strip());
            if ((!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) || uri.getHost() == null) throw new IllegalArgumentException();
            String s = uri.toString();
            return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), context.text("cli.sync.url.bad", text));
        }
    }
}
